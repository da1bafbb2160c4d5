"""A badge scanned at scanner speed, through to the stored check-in and the colour on screen."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from scanner_keys import scan

from kiosk.domain.database import Database, create_database_engine
from kiosk.domain.directory import person_by_code
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person
from kiosk.ui.context import StationRole
from kiosk.ui.pin_hash import hash_pin

TODAY = dt.date.today()


def people(db: Database) -> list[str]:
    group = add_group(db, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", TODAY))
    return [add_person(db, PersonKind.PUPIL, "Zoé", "Lefèvre", group_id=group.id).code,
            add_person(db, PersonKind.PUPIL, "Léa", "Martin", group_id=group.id).code]


def test_a_scan_checks_in_and_shows_green(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    code = people(fair)[0]
    scan(window, code)
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    assert controller.screens.result.view.property("tone") == "green"
    assert controller.screens.result.view.name.text() == "Zoé Lefèvre"
    assert controller.screens.result.view.status.text() == "Bienvenue !"
    assert controller.screens.result.sounds.last_played == "green"
    assert person_by_code(fair, code).on_site  # type: ignore[union-attr]


def test_a_second_scan_during_the_result_is_handled(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    first, second = people(fair)
    scan(window, first)
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    scan(window, first)
    qtbot.waitUntil(lambda: controller.screens.result.view.status.text() == "Entrée déjà enregistrée", timeout=5000)
    assert controller.screens.result.view.property("tone") == "amber"
    assert re.fullmatch(r"à \d{1,2} h \d{2}", controller.screens.result.view.details.text())
    scan(window, second)
    qtbot.waitUntil(lambda: controller.screens.result.view.name.text() == "Léa Martin", timeout=5000)
    assert person_by_code(fair, second).on_site  # type: ignore[union-attr]


def test_garbage_is_red(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    scan(window, "https://example.com/x")
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    assert controller.screens.result.view.property("tone") == "red"
    assert controller.screens.result.sounds.last_played == "red"
    assert controller.screens.result.view.status.text() == "Code non reconnu"  # read well, but not ours
    assert controller.screens.result.view.details.text() == ""  # staff are here: no "ask at the reception"


def test_a_self_service_entrance_sends_the_unknown_to_the_reception(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    controller.context.settings.role = StationRole.SELF_SERVICE
    scan(window, "https://example.com/x")
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    assert controller.screens.result.view.details.text() == "Adressez-vous à l'accueil."


def a_pupil_booked_tomorrow(db: Database) -> str:
    group = add_group(db, GroupInput(SchoolInput("Lycée Hoche", "Versailles", "78000"), "2nde 4",
                                     TODAY + dt.timedelta(days=1)))
    return add_person(db, PersonKind.PUPIL, "Inès", "Muñoz", group_id=group.id).code


def test_a_wrong_day_is_violet_and_staff_accept_it_on_the_result(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    code = a_pupil_booked_tomorrow(fair)
    controller.context.settings.staff_pin_hash = hash_pin("1357")
    controller.nav.lock()
    result = controller.screens.result
    scan(window, code)
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    assert result.view.property("tone") == "violet"
    assert result.view.status.text() == "Visite prévue un autre jour"
    assert not person_by_code(fair, code).on_site  # type: ignore[union-attr]
    qtbot.mouseClick(result.view.accept, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "pin"  # the desk is locked: its PIN first
    for digit in "1357":
        qtbot.mouseClick(controller.screens.pin.view.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(controller.screens.pin.view.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result.view.status.text() == "Bienvenue !", timeout=5000)
    assert window.current_screen() == "result" and result.view.property("tone") == "green"
    assert person_by_code(fair, code).on_site  # type: ignore[union-attr]


def test_a_self_service_entrance_offers_no_override(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    controller.context.settings.role = StationRole.SELF_SERVICE
    scan(window, a_pupil_booked_tomorrow(fair))
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    assert not controller.screens.result.view.accept.isVisible()
    assert controller.screens.result.view.details.text().endswith("Adressez-vous à l'accueil.")


def test_a_scan_read_late_by_a_busy_window_is_still_a_scan(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    scan(window, people(fair)[0], read_late=0.06)  # stamped 5 ms apart, read 60 ms apart
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    assert controller.screens.result.view.property("tone") == "green"


def test_a_person_typing_slowly_is_not_a_scan(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _ = kiosk
    field = QLineEdit(window)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    for letter in "Lefevre":
        QTest.keyClick(field, letter)
        qtbot.wait(90)
    qtbot.wait(100)
    assert field.text() == "Lefevre"
    assert window.current_screen() == "home"



def test_the_status_bar_says_when_the_database_stops_answering(kiosk, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    assert window.database.text().startswith("Base : connectée")
    database = controller.context.db
    database.engine.dispose()
    database.engine = create_database_engine(f"sqlite:///{tmp_path}")  # a folder: SQLite cannot open it
    controller.check_database()
    qtbot.waitUntil(lambda: window.database.text().startswith("Base injoignable"), timeout=5000)
    assert window.printer.text().startswith("Imprimante :")


def test_a_scan_while_a_form_is_being_typed_comes_back_to_the_form_as_it_was(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    code = people(fair)[0]
    controller.screens.result.timer.setInterval(300)
    controller.screens.home.view.visitor_button.click()
    form = controller.screens.visitor.view
    form.first_name.setText("Paul")
    form.last_name.setText("Dubois")
    form.last_name.setFocus()
    scan(window, code)  # someone scans a badge at the same desk
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    assert controller.screens.result.view.name.text() == "Zoé Lefèvre"
    qtbot.waitUntil(lambda: window.current_screen() == "visitor", timeout=5000)
    assert (form.first_name.text(), form.last_name.text()) == ("Paul", "Dubois")
    assert form.last_name.hasFocus()


def test_a_scan_during_a_search_keeps_what_was_typed(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    code = people(fair)[1]
    controller.screens.result.timer.setInterval(300)
    controller.screens.home.view.find_button.click()
    search = controller.screens.search
    search.view.field.setText("lef")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=5000)
    scan(window, code)
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    qtbot.waitUntil(lambda: window.current_screen() == "search", timeout=5000)
    assert search.view.field.text() == "lef" and search.model.rowCount() == 1
