"""A walk-in visitor: registered with a category and checked in (a station setting), the badge shown at the desk."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from scanner_keys import scan
from test_keyboard import in_window, open_visitor_form, shown_keyboard, visible_keys

from kiosk.domain.directory import get_person
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.search import search_people

TODAY = dt.date.today()


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


def register(view, qtbot, category: VisitorCategory, first: str, last: str, organisation: str = "") -> None:  # type: ignore[no-untyped-def]
    view.category_buttons[category].click()
    view.first_name.setText(first)
    view.last_name.setText(last)
    view.organisation.setText(organisation)
    view.save.click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.done_page, timeout=5000)


def test_a_walk_in_is_registered_checked_in_and_shown_the_badge(kiosk, fair, badge_folder, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_form(window, controller)
    assert view.category_buttons[VisitorCategory.GENERAL_PUBLIC].isChecked()
    assert not view.organisation.isVisible()
    view.category_buttons[VisitorCategory.PRESS].click()
    assert view.organisation.isVisible() and not view.postcode.isVisible()
    register(view, qtbot, VisitorCategory.PRESS, "Chloé", "Dubois", "Le Parisien")
    assert view.done_name.text() == "Bienvenue, Chloé Dubois !"
    assert view.done_hint.text().startswith("Inscription et entrée enregistrées à ")
    assert view.done_hint.text().endswith(" : inutile de scanner le badge.")
    [person] = search_people(fair, "dubois")
    assert (person.kind, person.category, person.organisation, person.on_site) == (
        PersonKind.VISITOR, VisitorCategory.PRESS, "Le Parisien", True)
    qtbot.waitUntil(lambda: view.show_badge.isVisible(), timeout=10000)
    assert view.badge_state.text().startswith("Ce poste n'a pas d'imprimante : le badge est enregistré sur le poste.")
    view.show_badge.click()
    assert window.current_screen() == "preview"
    pdf = controller.screens.preview.shown.path
    assert pdf.read_bytes().startswith(b"%PDF") and person.code in pdf.name
    codes = qr_codes(pdf)
    assert codes is None or codes == [person.code]
    controller.screens.preview.view.back.click()
    assert window.current_screen() == "visitor" and view.pages.currentWidget() is view.done_page
    assert view.done_name.text() == "Bienvenue, Chloé Dubois !"
    scan(window, person.code)
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    assert controller.screens.result.view.property("tone") != "green"  # already in: no second entry


def test_without_check_in_at_registration_the_badge_is_scanned_in(kiosk, fair, badge_folder, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    controller.context.settings.checkin_walkins = False
    view = open_form(window, controller)
    register(view, qtbot, VisitorCategory.GENERAL_PUBLIC, "Chloé", "Dubois")
    assert view.done_hint.text() == "Inscription enregistrée. Scannez le badge à l'entrée."
    [person] = search_people(fair, "dubois")
    assert not person.on_site
    scan(window, person.code)
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    assert controller.screens.result.view.name.text() == "Chloé Dubois"
    assert controller.screens.result.view.property("tone") == "green"
    assert get_person(fair, person.id).on_site


def test_every_mistake_is_told_at_once_under_its_field(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_form(window, controller)
    save_at = view.save.mapTo(window, view.save.rect().topLeft())
    view.category_buttons[VisitorCategory.EXHIBITOR].click()
    assert view.save.mapTo(window, view.save.rect().topLeft()) == save_at  # the grid does not jump
    view.save.click()
    errors = {field.objectName(): line.text().strip() for field, line in view.field_errors.items()}
    assert errors == {"visitorFirstName": "Il manque le prénom.", "visitorLastName": "Il manque le nom.",
                      "visitorOrganisation": "Indiquez l'organisation (journal, entreprise, stand…).",
                      "visitorPostcode": ""}
    assert view.save.mapTo(window, view.save.rect().topLeft()) == save_at  # nor when errors show
    assert window.focusWidget() is view.first_name
    for field in (view.first_name, view.last_name, view.organisation):
        line = view.field_errors[field]
        assert line.isVisible() and line.mapTo(window, line.rect().topLeft()).y() > \
            field.mapTo(window, field.rect().topLeft()).y()  # under its own field
    view.first_name.setText("Jean")
    assert view.field_errors[view.first_name].text().strip() == ""  # fixed: its error goes
    assert view.field_errors[view.last_name].text().strip() == "Il manque le nom."
    view.last_name.setText("Petit")
    view.save.click()
    assert [line.text().strip() for line in view.field_errors.values()] == ["", "", view.field_errors[
        view.organisation].text().strip(), ""] and view.field_errors[view.organisation].text().startswith("Indiquez")
    assert view.pages.currentWidget() is view.form_page
    assert search_people(fair, "jean") == []


def test_the_staff_category_is_not_called_like_the_organisation_field(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_form(window, controller)
    assert view.category_buttons[VisitorCategory.STAFF].text() == "Équipe du salon"
    assert view.field_labels[view.organisation].text() == "Organisation"


def test_the_postcode_gets_the_digits_keyboard(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_visitor_form(window, controller, qtbot)
    panel = shown_keyboard(window, controller, qtbot)
    assert "a" in [text for text, _ in visible_keys(panel)]
    QTest.mouseClick(view.postcode, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "a" not in [text for text, _ in visible_keys(panel)], timeout=5000)
    assert set("0123456789") <= {text for text, _ in visible_keys(panel)}
    QTest.mouseClick(view.last_name, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "a" in [text for text, _ in visible_keys(panel)], timeout=5000)


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1080, 1920)])
def test_the_error_of_the_field_being_typed_is_not_under_the_keyboard(kiosk, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    window.resize(*size)
    view = open_visitor_form(window, controller, qtbot)
    panel = shown_keyboard(window, controller, qtbot)
    view.save.click()
    qtbot.wait(100)  # the screen above has scrolled to the field
    line = view.field_errors[view.first_name]
    assert line.text() == "Il manque le prénom." and window.focusWidget() is view.first_name
    frame = window.frames[window.current_screen()].viewport()
    assert in_window(frame).contains(in_window(line)), "the error is scrolled out of sight"
    assert not in_window(line).intersects(in_window(panel)), "the keyboard covers the error"


def test_enter_goes_to_the_next_empty_field_then_registers(kiosk, fair, badge_folder, qtbot) -> None:  # type: ignore[no-untyped-def]
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
