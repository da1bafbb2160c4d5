"""A walk-in visitor: registered with a category, badge PDF written and opened, then their scan checks in."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.domain.directory import get_person
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.search import search_people
from kiosk.ui import badge_output

TODAY = dt.date.today()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    monkeypatch.setenv(badge_output.OUTPUT_ENV, str(tmp_path / "out"))
    shown: list[Path] = []
    monkeypatch.setattr(badge_output, "open_document", lambda path: shown.append(path) or True)
    return shown


def scan(window, text: str) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClicks(window.focusWidget() or window, text)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)


def qr_codes(pdf: Path) -> list[str] | None:
    """The QR codes read back from the rendered page; None when pdftoppm or zxing-cpp is missing."""
    try:
        import zxingcpp
        from PIL import Image
    except ImportError:
        return None
    if shutil.which("pdftoppm") is None:
        return None
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(pdf.with_suffix(""))], check=True)
    images = [Image.open(path) for path in sorted(pdf.parent.glob("*.png"))]
    return [found.text for image in images for found in zxingcpp.read_barcodes(image)]


def open_form(window, controller):  # type: ignore[no-untyped-def]
    controller.screens.home.view.visitor_button.click()
    assert window.current_screen() == "visitor"
    return controller.screens.visitor.view


def test_a_walk_in_is_registered_badged_and_can_scan_in(kiosk, fair, opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_form(window, controller)
    assert view.category_buttons[VisitorCategory.GENERAL_PUBLIC].isChecked()
    assert not view.organisation.isVisible()
    view.category_buttons[VisitorCategory.PRESS].click()
    assert view.organisation.isVisible() and not view.postcode.isVisible()
    view.first_name.setText("Chloé")
    view.last_name.setText("Dubois")
    view.organisation.setText("Le Parisien")
    view.save.click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.done_page, timeout=5000)
    assert view.done_name.text() == "Bienvenue, Chloé Dubois !"
    [person] = search_people(fair, "dubois")
    assert (person.kind, person.category, person.organisation) == (
        PersonKind.VISITOR, VisitorCategory.PRESS, "Le Parisien")
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    pdf = opened[0]
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF") and person.code in pdf.name
    qtbot.waitUntil(lambda: view.badge_state.text() == "Votre badge est prêt.", timeout=3000)
    codes = qr_codes(pdf)
    assert codes is None or codes == [person.code]
    scan(window, person.code)
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    assert controller.screens.result.view.name.text() == "Chloé Dubois"
    assert controller.screens.result.view.property("tone") == "green"
    assert get_person(fair, person.id).on_site


def test_missing_names_and_organisation_are_told_next_to_the_form(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_form(window, controller)
    view.category_buttons[VisitorCategory.EXHIBITOR].click()
    view.first_name.setText("Jean")
    view.last_name.setText("Petit")
    view.save.click()
    assert view.error.isVisible() and "organisation" in view.error.text()
    view.category_buttons[VisitorCategory.GENERAL_PUBLIC].click()
    view.last_name.setText("")
    view.save.click()
    qtbot.waitUntil(lambda: view.error.isVisible() and "nom" in view.error.text(), timeout=3000)
    assert view.save.isEnabled()
    assert view.pages.currentWidget() is view.form_page
    assert search_people(fair, "jean") == []


def test_enter_goes_to_the_next_empty_field_then_registers(kiosk, fair, opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_form(window, controller)
    view.first_name.setText("Zoé")
    QTest.keyClick(view.first_name, Qt.Key.Key_Return)  # as the on-screen keyboard's Enter key sends it
    assert window.focusWidget() is view.last_name
    view.last_name.setText("Lefèvre")
    QTest.keyClick(view.last_name, Qt.Key.Key_Return)
    assert window.focusWidget() is view.postcode  # optional, but next: Enter again leaves it empty
    assert search_people(fair, "lefevre") == []
    QTest.keyClick(view.postcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.done_page, timeout=5000)
    assert [p.full_name for p in search_people(fair, "lefevre")] == ["Zoé Lefèvre"]
