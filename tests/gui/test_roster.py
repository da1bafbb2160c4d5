"""The class roster: scanned open, absent unticked, one confirmation; departure head count; late pupils."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from scanner_keys import scan

from kiosk.domain.class_visits import checkin_class
from kiosk.domain.database import Database
from kiosk.domain.dates import long_date
from kiosk.domain.directory import get_person, roster
from kiosk.domain.kinds import Direction, PersonKind
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person
from kiosk.domain.views import GroupView
from kiosk.ui.models.roster_model import NAME, STATUS
from kiosk.ui.screens.roster_controller import RosterController

TODAY = dt.date.today()
PUPILS = [("Zoé", "Lefèvre"), ("Léa", "Martin"), ("Hugo", "Bernard"), ("Inès", "Petit"), ("Lucas", "Durand"),
          ("Jade", "Leroy"), ("Adam", "Moreau"), ("Chloé", "Simon"), ("Noah", "Laurent"), ("Emma", "Michel"),
          ("Louis", "Garcia"), ("Alice", "David"), ("Gabriel", "Bertrand"), ("Rose", "Roux"),
          ("Raphaël", "Vincent"), ("Mia", "Fournier"), ("Arthur", "Morel"), ("Lina", "Girard"),
          ("Jules", "André"), ("Anna", "Mercier"), ("Malo", "Dupont"), ("Aïssatou", "N'Diaye"),
          ("Tom", "Blanc"), ("Léon", "Guérin")]


def a_class(db: Database, day: dt.date = TODAY) -> GroupView:
    """A teacher (from the form's teacher name) and 24 pupils: 25 people."""
    group = add_group(db, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", day,
                                     teacher_name="Claire Fontaine", teacher_phone="06 12 34 56 78"))
    for first, last in PUPILS:
        add_person(db, PersonKind.PUPIL, first, last, group_id=group.id)
    return group


def opened(kiosk, qtbot, group: GroupView, people: int = 25) -> RosterController:  # type: ignore[no-untyped-def]
    window, kiosk_controller = kiosk
    scan(window, group.code)
    qtbot.waitUntil(lambda: window.current_screen() == "roster", timeout=5000)
    controller = kiosk_controller.screens.roster
    qtbot.waitUntil(lambda: controller.model.rowCount() == people, timeout=5000)
    return controller


def tap(controller: RosterController, name: str, column: int = NAME) -> None:
    table = controller.view.table
    index = controller.model.index(controller.model.row_of(name), column)
    table.scrollTo(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     table.visualRect(index).center() + QPoint(0, 0))


def inside(db: Database, group_id: int) -> set[str]:
    return {p.full_name for p in roster(db, group_id) if p.on_site}


def test_scanning_a_class_code_opens_its_roster(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, _ = kiosk
    group = a_class(fair)
    controller = opened(kiosk, qtbot, group)
    view = controller.view
    assert view.title.text() == "Collège Jean-Moulin — 4e B"
    assert view.count.text() == "25 / 25"
    assert view.arrival.isChecked() and not view.wrong_day.isVisible()
    assert controller.model.data(controller.model.index(0, NAME)) == "FONTAINE Claire"
    assert view.table.verticalHeader().defaultSectionSize() >= 64


def test_teacher_checks_in_with_two_absent(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _ = kiosk
    group = a_class(fair)
    controller = opened(kiosk, qtbot, group)
    tap(controller, "Léa Martin")
    assert controller.view.count.text() == "24 / 25"
    tap(controller, "Léon Guérin")
    assert controller.view.count.text() == "23 / 25"
    assert controller.view.confirm.text() == "Confirmer l'entrée de 23 personnes"
    QTest.mouseClick(controller.view.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.view.pages.currentIndex() == 1, timeout=5000)
    assert controller.view.done.title.text() == "23 entrées enregistrées"
    everyone = {p.full_name for p in roster(fair, group.id)}
    assert inside(fair, group.id) == everyone - {"Léa Martin", "Léon Guérin"}
    assert "Léa Martin" in controller.view.done.details.text()
    assert controller.view.done.home.text() == "Terminé"  # back to what the code interrupted: not always home
    QTest.mouseClick(controller.view.done.home, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "home"


def test_departure_with_one_missing_keeps_them_inside(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, controller_ = kiosk
    group = a_class(fair)
    checkin_class(controller_.context.desk, group.id)
    controller = opened(kiosk, qtbot, group)
    assert controller.view.departure.isChecked()  # the class is inside: departure by default
    tap(controller, "Jade Leroy")
    assert controller.view.count.text() == "24 / 25"
    QTest.mouseClick(controller.view.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.view.pages.currentIndex() == 1, timeout=5000)
    assert inside(fair, group.id) == {"Jade Leroy"}
    jade = next(p for p in roster(fair, group.id) if p.full_name == "Jade Leroy")
    assert get_person(fair, jade.id).on_site
    assert controller.view.done.title.text() == "1 élève encore à l'intérieur : Jade L."
    assert controller.view.done.title.property("tone") == "amber"
    assert controller.view.done.details.text() == "24 sorties enregistrées · Comptage au départ : 24"
    controller_.switch_language()
    qtbot.waitUntil(lambda: controller.view.done.title.text() == "1 pupil still inside: Jade L.", timeout=3000)
    controller_.switch_language()
    row = controller.model.row_of("Jade Leroy")
    assert controller.model.data(controller.model.index(row, STATUS)) == "Encore à l'intérieur"
    assert controller.model.data(controller.model.index(row, NAME), Qt.ItemDataRole.ForegroundRole) is not None


def test_departure_sets_apart_who_never_came_and_who_already_left(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, controller_ = kiosk
    group = a_class(fair)
    people = {p.full_name: p for p in roster(fair, group.id)}
    desk = controller_.context.desk
    checkin_class(desk, group.id, absent=[people["Tom Blanc"].id])
    desk.scan(people["Léa Martin"].code, Direction.OUT)
    controller = opened(kiosk, qtbot, group)
    model, view = controller.model, controller.view
    assert view.departure.isChecked() and view.count.text() == "23 / 23"
    for name, status in (("Tom Blanc", "Pas d'entrée"), ("Léa Martin", "Sortie à ")):
        row = model.row_of(name)
        assert model.data(model.index(row, STATUS)).startswith(status)
        assert model.data(model.index(row, NAME), Qt.ItemDataRole.CheckStateRole) is None  # no tick box
        tap(controller, name)
        assert view.count.text() == "23 / 23"
    QTest.mouseClick(view.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 1, timeout=5000)
    assert view.done.title.text() == "23 sorties enregistrées" and view.done.title.property("tone") == ""
    assert inside(fair, group.id) == set()


def test_each_direction_keeps_its_own_unticks(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, controller_ = kiosk
    group = a_class(fair)
    checkin_class(controller_.context.desk, group.id)
    controller = opened(kiosk, qtbot, group)
    view = controller.view
    tap(controller, "Jade Leroy")
    assert view.count.text() == "24 / 25"
    QTest.mouseClick(view.arrival, Qt.MouseButton.LeftButton)
    assert view.count.text() == "25 / 25"
    QTest.mouseClick(view.departure, Qt.MouseButton.LeftButton)
    assert view.count.text() == "24 / 25"
    assert view.confirm.text() == "Confirmer la sortie de 24 personnes"


def test_a_late_pupil_is_checked_in_alone(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, controller_ = kiosk
    group = a_class(fair)
    late = next(p for p in roster(fair, group.id) if p.full_name == "Tom Blanc")
    checkin_class(controller_.context.desk, group.id, absent=[late.id])
    controller = opened(kiosk, qtbot, group)
    QTest.mouseClick(controller.view.arrival, Qt.MouseButton.LeftButton)
    assert controller.view.count.text() == "24 / 25"
    row = controller.model.row_of("Tom Blanc")
    assert controller.model.data(controller.model.index(row, STATUS)) == "Arrivée ? Touchez ici"
    tap(controller, "Tom Blanc", STATUS)
    qtbot.waitUntil(lambda: get_person(fair, late.id).on_site, timeout=5000)
    qtbot.waitUntil(lambda: controller.view.count.text() == "25 / 25", timeout=5000)
    QTest.mouseClick(controller.view.departure, Qt.MouseButton.LeftButton)
    assert controller.view.count.text() == "25 / 25"  # ticked to leave with the others


def test_a_class_booked_another_day_needs_a_second_confirmation(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, _ = kiosk
    group = a_class(fair, TODAY + dt.timedelta(days=1))
    controller = opened(kiosk, qtbot, group)
    view = controller.view
    assert view.wrong_day.isVisible()
    assert long_date(TODAY + dt.timedelta(days=1)) in view.wrong_day.text()
    QTest.mouseClick(view.confirm, Qt.MouseButton.LeftButton)
    assert view.confirm.text() == "Confirmer quand même l'entrée aujourd'hui"
    assert view.pages.currentIndex() == 0 and not inside(fair, group.id)
    QTest.mouseClick(view.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 1, timeout=5000)
    assert len(inside(fair, group.id)) == 25


def test_a_language_switch_keeps_the_roster_state(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, kiosk_controller = kiosk
    group = a_class(fair)
    controller = opened(kiosk, qtbot, group)
    tap(controller, "Léa Martin")
    kiosk_controller.switch_language()
    qtbot.waitUntil(lambda: controller.view.count.text() == "24 / 25", timeout=2000)
    assert "24" in controller.view.confirm.text()
    kiosk_controller.switch_language()
