"""The same layout works at 1280×800, 1920×1080 and in portrait 1080×1920: every main screen, at every size,
has touch targets of 9 mm or more, nothing cut off or overlapping, and no button or label text cut.

What counts as broken, and the pixel minimum for 9 mm, are in layout_checks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from layout_checks import MIN_TARGET_PX, layout_problems, small_targets
from PySide6.QtCore import QSize
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QCommonStyle, QItemDelegate

from kiosk.domain.class_visits import checkin_class
from kiosk.domain.database import Database
from kiosk.domain.directory import list_groups
from kiosk.domain.events import add_slot
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person
from kiosk.domain.search import search_people
from kiosk.ui.file_places import FileKind, FileRequest
from kiosk.ui.printing import Document
from kiosk.ui.screens.keys import Screen, SearchStart

TODAY = dt.date.today()
SIZES = {"1280x800": QSize(1280, 800), "1920x1080": QSize(1920, 1080), "portrait-1080x1920": QSize(1080, 1920)}
LONG_SCHOOL = "Lycée polyvalent Jean-Baptiste-de-La-Salle"


def demo_data(db: Database) -> None:
    """A class today, a class booked for tomorrow (long school name), a visitor with an organisation."""
    slot = add_slot(db, TODAY, dt.time(9), dt.time(11), 120)
    today = add_group(db, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", TODAY,
                                     slot_id=slot.id, teacher_name="Claire Fontaine", teacher_phone="06 12 34 56 78"))
    later = add_group(db, GroupInput(SchoolInput(LONG_SCHOOL, "Saint-Germain-en-Laye", "78100"), "2nde 4",
                                     TODAY + dt.timedelta(days=1), teacher_name="Jean-Christophe Lefèvre-Dumont"))
    for first, last in (("Zoé", "Lefèvre"), ("Marie-Charlotte", "Lefebvre-Desmoulins"), ("Aïssatou", "N'Diaye"),
                        ("Jean-Baptiste", "Lefèvre"), ("Hugo", "Petit")):
        add_person(db, PersonKind.PUPIL, first, last, group_id=today.id)
        add_person(db, PersonKind.PUPIL, first, f"{last}-Martin", group_id=later.id)
    add_person(db, PersonKind.VISITOR, "Jérôme", "Lefebvre", category=VisitorCategory.PRESS,
               organisation="Le Parisien — Édition des Yvelines")


def pupil_code(db: Database, last_name: str) -> str:
    return next(person.code for person in search_people(db, last_name) if person.last_name == last_name)


def a_pdf(folder: Path) -> Document:
    path = folder / "page.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Feuille d'émargement")
    painter.end()
    return Document("Feuilles de présence — 2nde 4", path)


class Tour:
    """Opens one screen of the kiosk in a realistic state and waits until it shows."""

    def __init__(self, kiosk, fair: Database, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
        self.window, self.controller = kiosk
        self.db, self.qtbot, self.tmp_path = fair, qtbot, tmp_path
        self.nav = self.controller.nav
        self.screens = self.controller.screens

    def settled(self) -> None:
        self.controller.context.tasks.wait()
        self.qtbot.wait(20)

    def scan(self, code: str, screen: str = "result") -> None:
        self.controller.on_scan(code)
        self.qtbot.waitUntil(lambda: self.window.current_screen() == screen, timeout=5000)
        self.settled()

    def open(self, name: str) -> None:
        getattr(self, name.replace("-", "_"))()
        self.settled()
        self.keyboard_down()
        self.settled()

    def keyboard_down(self) -> None:
        """The screen as laid out for the window: with the on-screen keyboard up, it scrolls above it."""
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()
        keyboard = getattr(self.window, "keyboard", None)
        if keyboard is not None:
            self.qtbot.waitUntil(lambda: not keyboard.isVisible(), timeout=2000)

    def home(self) -> None:
        self.nav.home()

    def result_green(self) -> None:
        self.scan(pupil_code(self.db, "Lefebvre-Desmoulins"))

    def result_amber(self) -> None:
        self.scan(pupil_code(self.db, "Lefebvre-Desmoulins-Martin"))  # booked tomorrow: the longest answer

    def result_red(self) -> None:
        self.scan("https://example.com/not-a-badge")

    def search(self) -> None:
        self.nav.open(Screen.SEARCH, SearchStart.NEW)
        view = self.controller.screens.search.view
        view.field.setText("lefe")
        self.qtbot.waitUntil(lambda: view.results.model().rowCount() > 0, timeout=5000)

    def person(self) -> None:
        self.nav.open(Screen.PERSON, search_people(self.db, "Lefebvre-Desmoulins-Martin")[0])

    def person_editor(self) -> None:
        self.person()
        self.controller.screens.person.view.fix_name.click()

    def visitor(self) -> None:
        self.nav.open(Screen.VISITOR)
        self.controller.screens.visitor.view.category_buttons[VisitorCategory.PROFESSIONAL].click()  # all four fields

    def class_form(self) -> None:
        self.nav.open(Screen.CLASS_FORM)

    def roster(self) -> None:
        later = next(group for group in list_groups(self.db) if group.school == LONG_SCHOOL)
        self.scan(later.code, "roster")  # booked for tomorrow: the amber banner shows too

    def roster_done(self) -> None:
        """A class leaving with most of its pupils unticked: the done page lists them in red."""
        today = next(group for group in list_groups(self.db) if group.school != LONG_SCHOOL)
        checkin_class(self.controller.context.desk, today.id)
        self.scan(today.code, "roster")
        roster = self.screens.roster
        self.qtbot.waitUntil(lambda: roster.model.rowCount() == 6, timeout=5000)
        roster.model.set_ticked([roster.model.person(0).id])
        roster.confirm()
        self.qtbot.waitUntil(lambda: roster.view.pages.currentIndex() == 1, timeout=5000)

    def pin(self) -> None:
        self.nav.open(Screen.ORGANISER)  # locked: the PIN pad

    def organiser_menu(self) -> None:
        self.nav.open(Screen.ORGANISER)

    def dashboard(self) -> None:
        self.nav.open(Screen.DASHBOARD)
        self.qtbot.waitUntil(lambda: self.screens.dashboard.refreshed > 0, timeout=5000)

    def documents(self) -> None:
        self.nav.open(Screen.DOCUMENTS, None)
        self.qtbot.waitUntil(lambda: self.screens.documents.view.group.count() > 0, timeout=5000)

    def settings(self) -> None:
        self.nav.open(Screen.SETTINGS)

    def about(self) -> None:
        self.nav.open(Screen.ABOUT)
        self.qtbot.waitUntil(lambda: self.screens.about.view.components.count() > 0, timeout=10_000)

    def licence(self) -> None:
        self.about()
        self.screens.about.show_licence(1)  # Qt Virtual Keyboard's GPLv3

    def imports(self) -> None:
        self.nav.open(Screen.IMPORTS)

    def preview(self) -> None:
        self.nav.open(Screen.PREVIEW, a_pdf(self.tmp_path))

    def file_chooser(self) -> None:
        """Saving a PDF in a sub-folder of a USB stick: the rows, the name field and the save button."""
        stick = self.tmp_path / "media" / "CLE_PROF"
        (stick / "Feuilles d'émargement du salon des métiers 2026").mkdir(parents=True, exist_ok=True)
        chooser = self.screens.file_chooser
        chooser.media = lambda: [stick]
        self.nav.open(Screen.FILE_CHOOSER, FileRequest(FileKind.SAVE_PDF, Screen.PREVIEW, print, "feuilles.pdf"))
        chooser.enter(stick)

    def trouble(self) -> None:
        self.controller.show_trouble(str(Path.home() / ".local/state/kiosk/log/kiosk-2026-11-24T09-41-07.log"))


SCREENS = ["home", "result-green", "result-amber", "result-red", "search", "person", "person-editor", "visitor",
           "class-form", "roster", "roster-done", "pin", "organiser-menu", "dashboard", "documents", "settings",
           "about", "licence", "imports", "preview", "file-chooser", "trouble"]


@pytest.fixture
def tour(kiosk, fair: Database, qtbot, tmp_path: Path) -> Tour:  # type: ignore[no-untyped-def]
    demo_data(fair)
    return Tour(kiosk, fair, qtbot, tmp_path)


def resized(tour: Tour, size: QSize) -> None:
    tour.window.resize(size)
    tour.settled()


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
@pytest.mark.parametrize("screen", SCREENS)
def test_every_screen_fits(tour: Tour, screen: str, size: QSize) -> None:
    resized(tour, size)
    tour.open(screen)
    tour.window.grab()  # a full paint: fonts and styles applied, geometry final
    assert tour.window.size() == size, f"the window cannot shrink to {size.toTuple()}"
    problems = layout_problems(tour.window)
    assert not problems, "\n".join(problems)


def test_the_checks_see_a_too_small_button(tour: Tour) -> None:
    """The checks can fail: a fixed tiny button is reported as too small and its text as cut."""
    resized(tour, SIZES["1280x800"])
    tour.open("home")
    tour.controller.screens.home.view.organiser.setFixedSize(MIN_TARGET_PX - 4, MIN_TARGET_PX - 4)
    tour.window.grab()
    problems = [problem for problem in layout_problems(tour.window) if problem.startswith("organiserButton")]
    assert len(problems) == 2
    assert problems[0].endswith("is 40×40 px, under 44 px")
    assert "is 40 px wide, its text needs" in problems[1]




def test_the_status_bar_tells_the_public_no_database_address(kiosk) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    assert window.database.text() == "Base : connectée"
    assert "sqlite" not in window.statusBar().findChild(type(window.database), "databaseStatus").text()
    assert controller.context.db.label not in " ".join(part.text() for part in (window.station, window.database,
                                                                               window.printer))


def test_the_checks_see_small_choices_and_a_small_clear_button(tour: Tour) -> None:
    """A drop-down list as Qt makes it (36 px choices) and a field's clear button at Qt's size (14 px) are
    reported; the kiosk's own are not."""
    resized(tour, SIZES["1280x800"])
    tour.open("settings")
    view = tour.screens.settings.view
    assert not [problem for problem in layout_problems(tour.window) if "choices" in problem]
    view.direction.setItemDelegate(QItemDelegate(view.direction))
    field, plain_style = view.station, QCommonStyle()
    field.setStyle(plain_style)
    field.setClearButtonEnabled(True)
    field.setText("Entrée A")
    tour.window.grab()
    problems = small_targets(tour.window)
    assert any(problem.startswith("QComboBox: its choices are") for problem in problems), problems
    assert any(problem.startswith("QToolButton is") for problem in problems), problems
