"""Badge batches with progress and cancel, documents into the preview, and printing to a PDF printer."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from kiosk.domain.database import Database
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person
from kiosk.ui import printing
from kiosk.ui.printing import print_pdf
from kiosk.ui.screens.catalogue import Screens
from kiosk.ui.screens.documents_view import CLASS
from kiosk.ui.screens.keys import Screen

TODAY = dt.date.today()


def a_class(db: Database, pupils: int) -> int:
    group = add_group(db, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", TODAY))
    for number in range(pupils):
        add_person(db, PersonKind.PUPIL, f"Élève{number}", "Martin", group_id=group.id)
    return group.id


@pytest.fixture
def screens(kiosk, tmp_path, qtbot) -> Screens:  # type: ignore[no-untyped-def]
    _, controller = kiosk
    found = controller.screens
    found.documents.folder = tmp_path / "documents"
    return found


def open_documents(kiosk, screens: Screens, qtbot) -> None:  # type: ignore[no-untyped-def]
    kiosk[1].nav.open(Screen.DOCUMENTS, None)
    qtbot.waitUntil(lambda: screens.documents.view.group.count() == 1, timeout=5000)
    assert screens.documents.view.scope.checkedId() == CLASS


def test_a_class_batch_runs_to_100_and_is_previewed(kiosk, fair, screens, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _ = kiosk
    a_class(fair, 20)
    screens.documents.chunk = 8  # one A4 sheet per chunk: several steps of progress
    open_documents(kiosk, screens, qtbot)
    seen: list[int] = []
    screens.documents.view.progress.valueChanged.connect(seen.append)
    qtbot.mouseClick(screens.documents.view.make_badges, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "preview", timeout=20000)
    assert seen[-1] == 100 and len(seen) >= 3
    written = list((screens.documents.folder).glob("badges-classe-*.pdf"))
    assert len(written) == 1
    document = screens.preview.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() == 3  # 20 badges (no teacher named) at 8 a sheet
    assert screens.preview.view.pages.text() == "3 pages"
    assert screens.documents.view.layout_name.text() == "Mise en page : A4, 8 badges 99,1 × 67,7 mm (Avery L7165)"
    window.grab().save("/tmp/shot_preview.png")


def test_cancel_stops_a_batch(kiosk, fair, screens, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _ = kiosk
    a_class(fair, 40)
    screens.documents.chunk = 8
    open_documents(kiosk, screens, qtbot)
    qtbot.mouseClick(screens.documents.view.make_badges, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screens.documents.batch is not None and screens.documents.view.cancel.isEnabled(),
                    timeout=5000)
    qtbot.mouseClick(screens.documents.view.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screens.documents.batch.running, timeout=10000)
    assert screens.documents.view.progress.value() < 100
    assert "annulés" in screens.documents.view.status.text()
    assert not list(screens.documents.folder.glob("*.pdf"))
    assert window.current_screen() == "documents"
    assert screens.documents.view.make_badges.isEnabled()
    window.grab().save("/tmp/shot_documents.png")


def test_a_day_report_is_previewed_and_prints_to_a_pdf_printer(kiosk, fair, screens, qtbot,  # type: ignore[no-untyped-def]
                                                                tmp_path) -> None:
    window, _ = kiosk
    a_class(fair, 3)
    open_documents(kiosk, screens, qtbot)
    qtbot.mouseClick(screens.documents.view.day_report, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "preview", timeout=20000)
    document = screens.preview.document
    assert document.status() == QPdfDocument.Status.Ready
    pages = document.pageCount()
    assert pages >= 1
    title = screens.preview.view.title
    window.resize(1080, 1920)  # portrait: "Personnes sur le site" once took two lines, squeezed to its longest word
    qtbot.waitUntil(lambda: window.height() == 1920, timeout=3000)
    qtbot.wait(50)
    assert title.width() > screens.preview.view.width() // 2  # the room beside the page count is the title's
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(document, printer) == pages
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.status() == QPdfDocument.Status.Ready
    assert printed.pageCount() == pages
    saved = screens.preview.copy_to(tmp_path / "copy.pdf")
    assert saved.read_bytes() == screens.preview.shown.path.read_bytes()  # type: ignore[union-attr]


def test_the_attendance_sheets_and_the_onsite_list_are_made(kiosk, fair, screens, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    a_class(fair, 3)
    open_documents(kiosk, screens, qtbot)
    for make in (screens.documents.view.attendance, screens.documents.view.onsite,
                 screens.documents.view.event_report):
        controller.nav.open(Screen.DOCUMENTS, None)
        qtbot.mouseClick(make, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.current_screen() == "preview", timeout=20000)
        assert screens.preview.document.pageCount() >= 1


def test_no_printer_is_told_in_a_sentence(kiosk, fair, screens, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    a_class(fair, 2)
    open_documents(kiosk, screens, qtbot)
    qtbot.mouseClick(screens.documents.view.onsite, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "preview", timeout=20000)
    told: list[object] = []
    monkeypatch.setattr(controller.nav, "tell", told.append)
    monkeypatch.setattr(printing, "printers_installed", lambda: False)
    qtbot.mouseClick(screens.preview.view.print_button, Qt.MouseButton.LeftButton)
    assert len(told) == 1
    assert str(told[0]).startswith("Aucune imprimante n'est installée")


def test_a_batch_finishing_after_the_kiosk_went_home_opens_nothing(kiosk, fair, screens, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    a_class(fair, 20)
    screens.documents.chunk = 4
    open_documents(kiosk, screens, qtbot)
    qtbot.mouseClick(screens.documents.view.make_badges, Qt.MouseButton.LeftButton)
    controller.nav.home()  # nobody touched the kiosk for a minute
    qtbot.waitUntil(lambda: "Document prêt" in screens.documents.view.status.text(), timeout=20000)
    qtbot.wait(100)
    assert window.current_screen() == "home"  # organiser screens only behind the PIN again


def pdf_words(path) -> str:  # type: ignore[no-untyped-def]
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_letters_to_teachers_are_made_for_the_chosen_day(kiosk, fair, screens, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    a_class(fair, 3)
    settings = controller.context.settings
    settings.groups_entrance, settings.organiser_phone = "Hall 7, porte B", "01 23 45 67 89"
    open_documents(kiosk, screens, qtbot)
    qtbot.mouseClick(screens.documents.view.letters, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "preview", timeout=20000)
    assert screens.preview.view.title.text() == "Lettres aux enseignants"
    words = pdf_words(screens.preview.shown.path)  # type: ignore[union-attr]
    assert "Collège Jean-Moulin" in words and "Hall 7, porte B" in words and "01 23 45 67 89" in words


def test_the_badge_design_is_previewed_and_used_for_the_batch(kiosk, fair, screens, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    a_class(fair, 3)
    design = tmp_path / "design.toml"
    design.write_text('name = "Salon 2026"\n[minors]\nsurname_initial = true\n', encoding="utf-8")
    controller.context.settings.design_file = str(design)
    open_documents(kiosk, screens, qtbot)
    qtbot.mouseClick(screens.documents.view.design_preview, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "preview", timeout=20000)
    assert screens.preview.view.title.text() == "Présentation des badges"
    sample = pdf_words(screens.preview.shown.path)  # type: ignore[union-attr]
    assert "Aïssatou\nN." in sample and "N'Diaye" not in sample  # a pupil: the surname's initial only
    controller.nav.open(Screen.DOCUMENTS, None)
    qtbot.waitUntil(lambda: screens.documents.view.group.count() == 1, timeout=5000)
    qtbot.mouseClick(screens.documents.view.make_badges, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "preview", timeout=20000)
    words = pdf_words(screens.preview.shown.path)  # type: ignore[union-attr]
    assert "Martin" not in words and "M." in words  # the class's pupils, surname initial only


def test_a_broken_design_is_told_in_a_sentence(kiosk, fair, screens, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    a_class(fair, 3)
    (tmp_path / "design.toml").write_text("name = [unclosed", encoding="utf-8")
    controller.context.settings.design_file = str(tmp_path / "design.toml")
    told: list[object] = []
    monkeypatch.setattr(controller.nav, "tell", told.append)
    open_documents(kiosk, screens, qtbot)
    qtbot.mouseClick(screens.documents.view.make_badges, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert "design.toml" in str(told[0]) and window.current_screen() == "documents"
    assert screens.documents.view.make_badges.isEnabled()
