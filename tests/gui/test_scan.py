"""A badge scanned at scanner speed, through to the stored check-in and the colour on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from kiosk.domain.database import Database, create_database_engine
from kiosk.domain.directory import person_by_code
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person

TODAY = dt.date.today()


def people(db: Database) -> list[str]:
    group = add_group(db, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", TODAY))
    return [add_person(db, PersonKind.PUPIL, "Zoé", "Lefèvre", group_id=group.id).code,
            add_person(db, PersonKind.PUPIL, "Léa", "Martin", group_id=group.id).code]


def scan(window, text: str) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClicks(window.focusWidget() or window, text)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)


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
    qtbot.waitUntil(lambda: controller.screens.result.view.status.text() == "Déjà entré", timeout=5000)
    assert controller.screens.result.view.property("tone") == "amber"
    scan(window, second)
    qtbot.waitUntil(lambda: controller.screens.result.view.name.text() == "Léa Martin", timeout=5000)
    assert person_by_code(fair, second).on_site  # type: ignore[union-attr]


def test_garbage_is_red(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    scan(window, "https://example.com/x")
    qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=5000)
    assert controller.screens.result.view.property("tone") == "red"
    assert controller.screens.result.sounds.last_played == "red"


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
