"""Organiser documents: badge batches (progress, cancel), attendance sheets, on-site list, reports.

Everything is drawn off the GUI thread, written whole to the documents folder, then shown in the preview,
which prints it or saves a copy. A document task is given the day and the language chosen when its button
was pressed: nothing it reads on the worker thread can change under it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from kiosk.documents.attendance import attendance_pdf
from kiosk.documents.design import BadgeDesign
from kiosk.documents.design_preview import design_preview_pdf
from kiosk.documents.layouts import LAYOUTS
from kiosk.documents.letters import LetterDetails, letters_pdf
from kiosk.documents.onsite import onsite_pdf
from kiosk.documents.output import write_atomically
from kiosk.documents.report import day_report, event_report
from kiosk.domain.attendance import attendance_for
from kiosk.domain.badge_list import BadgeData, badges_for
from kiosk.domain.database import Database
from kiosk.domain.dates import long_date
from kiosk.domain.directory import list_groups
from kiosk.domain.errors import KioskError
from kiosk.domain.presence import on_site_now
from kiosk.domain.stats import day_stats, event_stats
from kiosk.domain.views import GroupView
from kiosk.ui.badge_output import station_design
from kiosk.ui.context import KioskContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.printing import Document
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.documents_view import CLASS, DAY, EVERYONE, DocumentsView
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.organiser_badges import CHUNK_BADGES, BadgeBatch
from kiosk.ui.tasks import TaskRunner

MAX_CHUNKS = 40  # a whole-event batch in steps of about 1,000 badges: fewer copies of the fonts in the file
Draw = Callable[[Database, dt.date, str], bytes]  # a document from the database, the day and the language


def documents_folder() -> Path:
    """Where generated PDFs go: "Kiosk" in the user's documents folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(base) / "Kiosk"


def _attendance(db: Database, day: dt.date, lang: str) -> bytes:
    return attendance_pdf(attendance_for(db, day=day), lang=lang)


def _day_report(db: Database, day: dt.date, lang: str) -> bytes:
    return day_report(day_stats(db, day), lang)


def _event_report(db: Database, _day: dt.date, lang: str) -> bytes:
    return event_report(event_stats(db), lang)


class DocumentsController(ScreenController[int | None, DocumentsView]):
    """Fills the choices, runs the generators off the GUI thread and previews each finished PDF."""

    def __init__(self, key: Screen[int | None], view: DocumentsView, context: KioskContext,
                 nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.drawing = TaskRunner(parent=self)  # badges draw beside the scans, never in front of them
        self.drawing.bug.connect(lambda log: nav.open(Screen.TROUBLE, log))
        self.folder = documents_folder()
        self.chunk = CHUNK_BADGES
        self.batch: BadgeBatch | None = None
        self.groups: list[GroupView] = []
        self.wanted: int | None = None  # a class to choose once the list is in (after an import)
        view.make_badges.clicked.connect(self.make_badges)
        view.cancel.clicked.connect(self.cancel_badges)
        view.scope.idToggled.connect(lambda _id, _on: self._show_scope())
        view.attendance.clicked.connect(lambda: self.generate("presence", _attendance))
        view.onsite.clicked.connect(lambda: self.generate("sur-le-site", self._onsite))
        view.day_report.clicked.connect(lambda: self.generate("bilan-jour", _day_report))
        view.event_report.clicked.connect(lambda: self.generate("bilan-evenement", _event_report))
        view.letters.clicked.connect(lambda: self.generate("lettres", self._letters))
        view.design_preview.clicked.connect(lambda: self.generate("presentation", self._design_preview))
        view.back.clicked.connect(lambda: nav.open(Screen.ORGANISER))
        view.retranslated.connect(self._retranslated)
        self._show_idle("")

    def open(self, payload: int | None) -> None:
        """`payload`: a class id to choose at once (after an import), or None."""
        self.wanted = payload
        if self.wanted is not None:
            self.view.scope_buttons[CLASS].setChecked(True)
        self._fill_days(self.context.desk.event.working_day())
        self._show_layout()
        db = self.context.db
        self.run(lambda: list_groups(db), self._fill_groups, busy=False)

    def _retranslated(self) -> None:
        """The days and the stock's name in the new language, the choices kept."""
        self._fill_days(self.day())
        self._show_layout()
        self._show_scope()

    def _fill_days(self, chosen: dt.date) -> None:
        lang = self.context.translations.language
        self.view.day.clear()
        for day in self.context.desk.event.days:
            self.view.day.addItem(long_date(day, lang), day)
        self.view.day.setCurrentIndex(max(0, self.view.day.findData(chosen)))

    def _show_layout(self) -> None:
        """The badge stock by its title ("A6, un badge par page"), as the settings list it, not its id."""
        name = self.context.settings.layout
        stock = LAYOUTS.get(name)
        title = stock.title.text(self.context.translations.language) if stock is not None else name
        self.view.layout_name.setText(self.tr("Mise en page : %1").replace("%1", title))

    def _fill_groups(self, groups: list[GroupView]) -> None:
        self.groups = groups
        self._show_scope()
        if self.wanted is not None:
            self.view.group.setCurrentIndex(max(0, self.view.group.findData(self.wanted)))

    def _show_scope(self) -> None:
        scope, choice = self.view.scope.checkedId(), self.view.group
        chosen = choice.currentData()
        choice.clear()
        if scope == CLASS:
            for group in self.groups:
                choice.addItem(f"{group.school} — {group.label}", group.id)
        elif scope == DAY:
            for index in range(self.view.day.count()):
                choice.addItem(self.view.day.itemText(index), self.view.day.itemData(index))
        choice.setEnabled(scope != EVERYONE)
        if chosen is not None:
            choice.setCurrentIndex(max(0, choice.findData(chosen)))

    def day(self) -> dt.date:
        chosen = self.view.day.currentData()
        return chosen if isinstance(chosen, dt.date) else self.context.desk.event.days[0]

    # ---- badges ------------------------------------------------------------------------------------------
    def make_badges(self) -> None:
        scope, chosen = self.view.scope.checkedId(), self.view.group.currentData()
        if scope != EVERYONE and chosen is None:
            self.nav.tell(KioskError("Choisissez d'abord une classe ou un jour.", "Choose a class or a day first."))
            return
        selection: dict[str, object] = ({"group_id": chosen} if scope == CLASS else
                                        {"day": chosen} if scope == DAY else {"everyone": True})
        name = {CLASS: f"badges-classe-{chosen}", DAY: f"badges-{chosen}", EVERYONE: "badges-tous"}[scope]
        db, settings = self.context.db, self.context.settings
        self.view.status.setText(self.tr("Préparation des badges…"))
        self.run(lambda: (badges_for(db, **selection), station_design(settings)),  # type: ignore[arg-type]
                 lambda found: self._start_batch(*found, name), self._failed)

    def _start_batch(self, badges: list[BadgeData], design: BadgeDesign, name: str) -> None:
        settings = self.context.settings
        batch = BadgeBatch(self.drawing, badges, self._path(name), settings.layout,
                           (settings.offset_x, settings.offset_y), self.context.translations.language,
                           chunk=max(self.chunk, len(badges) // MAX_CHUNKS), design=design, parent=self)
        batch.progress.connect(self.view.progress.setValue)
        batch.finished.connect(lambda path: self._done(lambda: self.tr("Badges (%n)", "", len(badges)), path))
        batch.cancelled.connect(lambda: self._show_idle(self.tr("Badges annulés : aucun fichier écrit.")))
        batch.failed.connect(self._failed)
        self.batch = batch
        self.set_busy(True)
        self.view.cancel.setEnabled(True)
        self.view.progress.setValue(0)
        try:
            batch.start()
        except KioskError as error:
            self._failed(error)

    def cancel_badges(self) -> None:
        if self.batch is not None and self.batch.running:
            self.batch.cancel()
            self.view.cancel.setEnabled(False)

    # ---- lists and reports ---------------------------------------------------------------------------------
    def generate(self, name: str, draw: Draw) -> None:
        """Draw one document on the task runner for the day and language chosen now, write it, preview it."""
        path, db, day, lang = self._path(name), self.context.db, self.day(), self.context.translations.language
        self.view.status.setText(self.tr("Préparation du document…"))
        self.run(lambda: write_atomically(path, draw(db, day, lang)),
                 lambda written: self._done(lambda: self._title(name), written), self._failed)

    def _onsite(self, db: Database, _day: dt.date, lang: str) -> bytes:
        event = self.context.desk.event
        return onsite_pdf(on_site_now(db), event_name=event.name, timezone=event.timezone, lang=lang)

    def _letters(self, db: Database, day: dt.date, lang: str) -> bytes:
        settings = self.context.settings
        details = LetterDetails(self.context.desk.event.venue, settings.groups_entrance, settings.organiser_phone)
        return letters_pdf(attendance_for(db, day=day), details, lang=lang)

    def _design_preview(self, _db: Database, day: dt.date, lang: str) -> bytes:
        """One sample badge per audience in the station's design and stock: how every badge will look."""
        settings = self.context.settings
        return design_preview_pdf(station_design(settings), settings.layout, lang=lang,
                                  event_name=self.context.desk.event.name, day=day)

    def _title(self, name: str) -> str:
        return {"presence": self.tr("Feuilles de présence"), "sur-le-site": self.tr("Personnes sur le site"),
                "lettres": self.tr("Lettres aux enseignants"), "presentation": self.tr("Présentation des badges"),
                "bilan-jour": self.tr("Bilan du jour"),
                "bilan-evenement": self.tr("Bilan de l'événement")}.get(name, name)

    def _path(self, name: str) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder / f"{name}-{dt.datetime.now():%Y%m%d-%H%M%S}.pdf"

    # ---- state ---------------------------------------------------------------------------------------------
    def _done(self, title: Callable[[], str], path: Path) -> None:
        """Into the preview only while organiser mode is still open on the documents: once the kiosk has gone
        home by itself, a finished batch must not reopen organiser screens without the PIN (the status line
        keeps the file's path)."""
        self._show_idle(self.tr("Document prêt : %1").replace("%1", str(path)))
        if self.nav.current() is Screen.DOCUMENTS:
            self.nav.open(Screen.PREVIEW, Document(title(), path, title))

    def _failed(self, error: KioskError) -> None:
        self._show_idle(self.say(error))
        self.nav.tell(error)

    def _show_idle(self, status: str) -> None:
        self.set_busy(False)
        self.view.status.setText(status)

    def show_busy(self, busy: bool) -> None:
        for part in self.view.generators():
            part.setEnabled(not busy)
        if not busy:
            self.view.cancel.setEnabled(False)
