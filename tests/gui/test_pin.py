"""The organiser PIN: three wrong tries lock the pad; the right PIN opens organiser mode; leaving needs it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from kiosk.ui.context import StationSettings
from kiosk.ui.pin_hash import pin_matches
from kiosk.ui.screens.catalogue import Screens

TODAY = dt.date.today()


def organiser(controller) -> Screens:  # type: ignore[no-untyped-def]
    return controller.screens


def type_pin(qtbot, screens: Screens, digits: str) -> None:  # type: ignore[no-untyped-def]
    for digit in digits:
        qtbot.mouseClick(screens.pin.view.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screens.pin.view.ok, Qt.MouseButton.LeftButton)


def test_three_wrong_pins_lock_the_pad_then_the_right_one_opens(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    screens = organiser(controller)
    screens.pin.lock_ms = 300
    qtbot.mouseClick(controller.screens.home.view.organiser, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "pin"
    for _ in range(3):
        type_pin(qtbot, screens, "9999")
    assert screens.pin.locked
    assert not screens.pin.view.ok.isEnabled()
    assert "bloqué" in screens.pin.view.message.text()
    screens.pin.press("1")  # ignored while locked
    assert screens.pin.entered == ""
    qtbot.waitUntil(lambda: not screens.pin.locked and screens.pin.view.ok.isEnabled(), timeout=3000)
    type_pin(qtbot, screens, "1234")
    assert window.current_screen() == "organiser"


def test_keys_are_big_enough_for_a_finger(kiosk) -> None:  # type: ignore[no-untyped-def]
    _, controller = kiosk
    screens = organiser(controller)
    dpi = screens.pin.view.logicalDpiX()
    for key in screens.pin.view.findChildren(QPushButton):
        if key.property("role") == "pinKey":
            assert key.minimumWidth() / dpi * 25.4 >= 9


def test_closing_needs_the_pin(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    screens = organiser(controller)
    window.allow_close = False
    assert not window.close()
    assert window.isVisible()
    assert window.current_screen() == "pin"
    type_pin(qtbot, screens, "1234")
    assert window.current_screen() == "organiser"
    qtbot.mouseClick(screens.organiser.view.quit, Qt.MouseButton.LeftButton)
    assert window.allow_close
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_switching_to_another_application_brings_the_kiosk_back_with_the_pin(kiosk, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    window.allow_close = False
    window.showNormal()
    controller.screens.home.view.visitor_button.click()
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # as Alt+Tab does
    assert window.isFullScreen()
    assert window.current_screen() == "pin"


def test_the_kiosk_dialogs_and_an_unlocked_window_are_left_alone(kiosk, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    controller.screens.home.view.visitor_button.click()
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # allow_close: windowed
    assert window.current_screen() == "visitor"
    window.allow_close = False
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # back from a dialog
    assert window.current_screen() == "visitor"


def test_a_pin_left_in_clear_by_an_older_version_still_opens_and_is_then_hashed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ini = str(tmp_path / "old.ini")
    old = QSettings(ini, QSettings.Format.IniFormat)
    old.setValue("pin", "4321")
    old.sync()
    settings = StationSettings.load(QSettings(ini, QSettings.Format.IniFormat))
    assert pin_matches("4321", settings.pin_hash) and not pin_matches("1234", settings.pin_hash)
    settings.save(QSettings(ini, QSettings.Format.IniFormat))
    assert "4321" not in Path(ini).read_text(encoding="utf-8")
