"""The PIN pad: three wrong tries lock it with a countdown; the factory PINs are replaced at the first
organiser login; leaving the kiosk needs the organiser PIN and a second tap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from kiosk.ui.context import StationSettings
from kiosk.ui.pin_hash import hash_pin, pin_matches
from kiosk.ui.screens.catalogue import Screens

TODAY = dt.date.today()


def type_pin(qtbot, screens: Screens, digits: str) -> None:  # type: ignore[no-untyped-def]
    for digit in digits:
        qtbot.mouseClick(screens.pin.view.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screens.pin.view.ok, Qt.MouseButton.LeftButton)


def set_pins(controller, organiser: str = "4826", staff: str = "1357") -> None:  # type: ignore[no-untyped-def]
    """PINs already chosen (not the factory ones), as on a kiosk set up before the fair."""
    controller.context.settings.pin_hash = hash_pin(organiser)
    controller.context.settings.staff_pin_hash = hash_pin(staff)


def test_three_wrong_pins_lock_the_pad_with_a_countdown(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    set_pins(controller)
    controller.nav.lock()
    screens = controller.screens
    screens.pin.lock_ms = 2500
    qtbot.mouseClick(screens.home.view.organiser, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "pin"
    assert screens.pin.view.title.text() == "Code organisateur"
    type_pin(qtbot, screens, "9999")
    assert screens.pin.view.message.text() == "Code faux. Essais restants : 2"
    for _ in range(2):
        type_pin(qtbot, screens, "9999")
    assert screens.pin.locked
    assert not any(key.isEnabled() for key in (*screens.pin.view.digits.values(), screens.pin.view.ok))
    assert screens.pin.view.message.text() == "Trois codes faux : clavier bloqué encore 3 s."
    qtbot.waitUntil(lambda: "encore 2 s" in screens.pin.view.message.text(), timeout=3000)  # counting down
    screens.pin.press("1")  # ignored while locked
    assert screens.pin.entered == ""
    qtbot.waitUntil(lambda: not screens.pin.locked and screens.pin.view.ok.isEnabled(), timeout=5000)
    type_pin(qtbot, screens, "4826")
    assert window.current_screen() == "organiser"


def test_the_factory_pins_are_replaced_at_the_first_organiser_login(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    controller.nav.lock()
    screens, settings = controller.screens, controller.context.settings
    controller.nav.open(screens.organiser.key)
    type_pin(qtbot, screens, "1234")  # the factory PIN opens, once
    assert window.current_screen() == "pin"
    assert screens.pin.view.title.text() == "Nouveau code organisateur"
    type_pin(qtbot, screens, "1234")  # the factory PIN again will not do
    assert "autres que le code d'origine" in screens.pin.view.message.text()
    type_pin(qtbot, screens, "4826")
    assert screens.pin.view.message.text() == "Tapez le nouveau code une seconde fois."
    type_pin(qtbot, screens, "4827")
    assert screens.pin.view.message.text() == "Les deux codes diffèrent : choisissez-le à nouveau."
    type_pin(qtbot, screens, "4826")
    type_pin(qtbot, screens, "4826")
    assert screens.pin.view.title.text() == "Nouveau code de l'accueil"  # then the desk's, still 0000
    type_pin(qtbot, screens, "1357")
    type_pin(qtbot, screens, "1357")
    assert window.current_screen() == "organiser"
    assert pin_matches("4826", settings.pin_hash) and pin_matches("1357", settings.staff_pin_hash)
    saved = StationSettings.load(controller.context.store)
    assert pin_matches("4826", saved.pin_hash) and pin_matches("1357", saved.staff_pin_hash)


def test_keys_are_big_enough_for_a_finger(kiosk) -> None:  # type: ignore[no-untyped-def]
    _, controller = kiosk
    pad = controller.screens.pin.view
    dpi = pad.logicalDpiX()
    for key in pad.findChildren(QPushButton):
        if key.property("role") == "pinKey":
            assert key.minimumWidth() / dpi * 25.4 >= 9


def test_closing_needs_the_pin_and_quitting_a_second_tap(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    set_pins(controller)
    controller.nav.lock()
    screens = controller.screens
    window.allow_close = False
    assert not window.close()
    assert window.isVisible()
    assert window.current_screen() == "pin"
    type_pin(qtbot, screens, "4826")
    assert window.current_screen() == "organiser"
    quit_button = screens.organiser.view.quit
    qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and not window.allow_close  # a first tap only asks
    assert quit_button.text() == "Touchez encore pour quitter"
    qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    assert window.allow_close
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_a_first_tap_on_quit_is_forgotten_after_a_moment(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    organiser = controller.screens.organiser
    organiser.confirm_ms = 200
    controller.nav.open(organiser.key)
    qtbot.mouseClick(organiser.view.quit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: organiser.view.quit.text() == "Quitter le mode kiosque", timeout=2000)
    qtbot.mouseClick(organiser.view.quit, Qt.MouseButton.LeftButton)
    assert window.isVisible() and window.current_screen() == "organiser"


def test_switching_to_another_application_brings_the_kiosk_back_with_the_pin(kiosk, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    controller.nav.lock()
    window.allow_close = False
    window.showNormal()
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
