"""Organiser mode: the dashboard counts who came in, the settings are saved and read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QScroller

from kiosk.domain.class_visits import checkin_class
from kiosk.domain.database import Database
from kiosk.domain.dates import long_date
from kiosk.domain.events import add_slot, get_event, set_retention
from kiosk.domain.kinds import Direction, PersonKind
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person
from kiosk.ui.context import StationRole, StationSettings
from kiosk.ui.pin_hash import pin_matches
from kiosk.ui.screens import dashboard_controller as dashboard_screen
from kiosk.ui.screens.catalogue import Screens
from kiosk.ui.screens.keys import Screen

TODAY = dt.date.today()


def organiser(controller) -> Screens:  # type: ignore[no-untyped-def]
    return controller.screens


def a_class(db: Database, starts: dt.time = dt.time(9), ends: dt.time = dt.time(11), label: str = "4e B") -> int:
    slot = add_slot(db, TODAY, starts, ends, 120)
    group = add_group(db, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), label, TODAY,
                                     slot_id=slot.id, teacher_name="Anne Durand"))
    for first, last in (("Zoé", "Lefèvre"), ("Léa", "Martin"), ("Hugo", "Petit")):
        add_person(db, PersonKind.PUPIL, first, last, group_id=group.id)
    return group.id


def test_the_dashboard_counts_a_class_that_came_in(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, controller = kiosk
    screens = organiser(controller)
    group_id = a_class(fair)
    controller.nav.open(Screen.DASHBOARD)
    qtbot.waitUntil(lambda: screens.dashboard.refreshed == 1, timeout=5000)
    assert screens.dashboard.view.number("total") == "0"
    checkin_class(controller.context.desk, group_id)
    screens.dashboard.refresh()
    qtbot.waitUntil(lambda: screens.dashboard.refreshed == 2, timeout=5000)
    assert screens.dashboard.view.number("total") == "4"  # three pupils and their teacher
    assert screens.dashboard.view.number("classes") == "4"
    assert screens.dashboard.view.number("visitors") == "0"
    assert screens.dashboard.slots.rows[0][:2] == ("09:00–11:00", "1")
    assert ("Élève", "3", "3") in screens.dashboard.arrivals.rows
    assert not screens.dashboard.view.overdue.isVisible()  # its slot runs until 11:00


def test_the_dashboard_says_until_when_the_names_are_kept(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, controller = kiosk
    dashboard = organiser(controller).dashboard
    controller.nav.open(Screen.DASHBOARD)
    qtbot.waitUntil(lambda: dashboard.refreshed == 1, timeout=5000)
    last_day = get_event(fair).days[-1]
    assert dashboard.view.retention.text() == (
        "Données personnelles conservées 30 jours après le dernier jour : à purger le "
        f"{long_date(last_day + dt.timedelta(days=30))} (kiosk-admin purge).")
    set_retention(fair, 7)  # as `kiosk-admin event --retention-days 7` sets it
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.refreshed == 2, timeout=5000)
    assert f"7 jours après le dernier jour : à purger le {long_date(last_day + dt.timedelta(days=7))}" in (
        dashboard.view.retention.text())


def test_the_dashboard_refreshes_by_itself_while_shown(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, controller = kiosk
    dashboard = organiser(controller).dashboard
    controller.nav.open(Screen.DASHBOARD)
    qtbot.waitUntil(lambda: dashboard.refreshed == 1, timeout=5000)
    assert dashboard.timer.isActive()
    checkin_class(controller.context.desk, a_class(fair))
    dashboard.timer.setInterval(20)  # its ten seconds, shortened: the test waits for the timer, not a click
    qtbot.waitUntil(lambda: dashboard.view.number("total") == "4", timeout=5000)
    qtbot.mouseClick(dashboard.view.back, Qt.MouseButton.LeftButton)
    assert not dashboard.timer.isActive()
    controller.context.tasks.wait()
    qtbot.wait(100)  # five ticks' worth, had the timer kept running
    read = dashboard.refreshed
    qtbot.wait(100)
    assert dashboard.refreshed == read
    dashboard.timer.setInterval(dashboard_screen.REFRESH_MS)


def test_the_dashboard_flags_a_class_still_inside_after_its_slot(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    dashboard = organiser(controller).dashboard
    checkin_class(controller.context.desk, a_class(fair, dt.time(0), dt.time(0, 1)))  # a slot over long ago
    controller.nav.open(Screen.DASHBOARD)
    qtbot.waitUntil(lambda: dashboard.refreshed == 1, timeout=5000)
    assert dashboard.view.overdue.isVisible() and dashboard.view.overdue_area.isVisible()
    assert dashboard.view.overdue.text() == ("Collège Jean-Moulin — 4e B : 4 personnes encore à l'intérieur après la "
                                             "fin du créneau 00:00–00:01")
    controller.switch_language()
    qtbot.waitUntil(lambda: dashboard.view.overdue.text().startswith("Collège Jean-Moulin — 4e B: 4 people"),
                    timeout=3000)
    controller.switch_language()
    for minute, label in enumerate(("4e C", "4e D", "4e E"), start=1):
        checkin_class(controller.context.desk, a_class(fair, dt.time(0, minute), dt.time(0, minute + 1), label))
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.refreshed == 2, timeout=5000)
    lines = dashboard.view.overdue.text().splitlines()  # every class, none left out: the flag swipes to the others
    assert [line.split(" : ")[0] for line in lines] == [f"Collège Jean-Moulin — {label}"
                                                        for label in ("4e B", "4e C", "4e D", "4e E")]
    area = dashboard.view.overdue_area
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0 and QScroller.hasScroller(area.viewport())
    assert area.height() < window.height() // 4  # the lists below keep their room


def test_settings_are_saved_and_read_back(kiosk, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    ini = str(tmp_path / "saved.ini")
    controller.context.store = QSettings(ini, QSettings.Format.IniFormat)
    screens = organiser(controller)
    controller.nav.open(Screen.SETTINGS)
    view = screens.settings.view
    assert view.event_info.text().startswith("Salon des métiers — Paris Expo — du ")  # the database's event
    view.station.setText("Sortie B")
    view.direction.setCurrentIndex(view.direction.findData("out"))
    view.layout_choice.setCurrentIndex(view.layout_choice.findData("a6"))
    view.offset_x.setValue(1.5)
    view.offset_y.setValue(-2.0)
    view.database_next.setText("postgresql+psycopg://kiosk@serveur/salon")
    view.role.setCurrentIndex(view.role.findData("self-service"))
    qtbot.mouseClick(view.self_registration, Qt.MouseButton.LeftButton)
    assert view.self_registration.text() == "Oui"
    qtbot.mouseClick(view.checkin_walkins, Qt.MouseButton.LeftButton)  # on by default: now off
    view.files_folder.setText(str(tmp_path / "clé"))
    view.backup_folder.setText(str(tmp_path / "sauvegardes"))
    qtbot.mouseClick(view.backups_kept.parentWidget().findChildren(QPushButton)[1], Qt.MouseButton.LeftButton)  # +
    view.staff_pin.setText("2468")
    view.staff_pin_again.setText("2468")
    view.pin.setText("5678")
    view.pin_again.setText("5679")
    assert not screens.settings.save()
    assert "diffèrent" in view.message.text()
    view.pin_again.setText("5678")
    qtbot.mouseClick(view.save, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Réglages enregistrés."
    reloaded = StationSettings.load(QSettings(ini, QSettings.Format.IniFormat))
    assert (reloaded.station, reloaded.direction, reloaded.layout) == ("Sortie B", Direction.OUT, "a6")
    assert (reloaded.offset_x, reloaded.offset_y) == (1.5, -2.0)
    assert pin_matches("5678", reloaded.pin_hash) and not pin_matches("1234", reloaded.pin_hash)
    assert pin_matches("2468", reloaded.staff_pin_hash) and not pin_matches("0000", reloaded.staff_pin_hash)
    assert (reloaded.role, reloaded.self_registration, reloaded.checkin_walkins) == (StationRole.SELF_SERVICE,
                                                                                    True, False)
    assert (reloaded.files_folder, reloaded.backup_folder) == (str(tmp_path / "clé"), str(tmp_path / "sauvegardes"))
    assert reloaded.backups_kept == 13
    ini_text = Path(ini).read_text(encoding="utf-8")
    assert "5678" not in ini_text and "2468" not in ini_text  # PINs are never written in clear
    assert QSettings(ini, QSettings.Format.IniFormat).value("database") == "postgresql+psycopg://kiosk@serveur/salon"
    assert pin_matches("5678", controller.context.settings.pin_hash)
    assert "Sortie B" in window.station.text()


def test_settings_follow_a_language_switch(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, controller = kiosk
    view = organiser(controller).settings.view
    controller.nav.open(Screen.SETTINGS)
    view.offset_x.setValue(1.5)
    assert view.offset_x.text() == "1,5"
    assert view.layout_choice.itemText(view.layout_choice.findData("a6")) == "A6, un badge par page"  # not "a6"
    controller.switch_language()
    qtbot.waitUntil(lambda: view.offset_x.text() == "1.5", timeout=3000)
    assert view.event_info.text().startswith("Salon des métiers — Paris Expo — from ")
    assert view.printer.itemText(0).startswith("None")
    assert view.layout_choice.itemText(view.layout_choice.findData("a6")) == "A6, one badge per page"
    controller.switch_language()
