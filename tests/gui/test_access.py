"""Who may see what: a reception desk opens its screens with the staff PIN and locks again when idle; a
self-service entrance shows nobody's data without the organiser PIN; organiser mode needs its own PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.context import StationRole
from kiosk.ui.pin_hash import hash_pin
from kiosk.ui.screens.keys import Access, Screen, SearchStart


def type_pin(qtbot, controller, digits: str) -> None:  # type: ignore[no-untyped-def]
    for digit in digits:
        qtbot.mouseClick(controller.screens.pin.view.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(controller.screens.pin.view.ok, Qt.MouseButton.LeftButton)


def a_station(controller, role: StationRole, self_registration: bool = False) -> None:  # type: ignore[no-untyped-def]
    settings = controller.context.settings
    settings.role, settings.self_registration = role, self_registration
    settings.pin_hash, settings.staff_pin_hash = hash_pin("4826"), hash_pin("1357")
    controller.nav.lock()


def test_a_desk_opens_its_screens_with_the_staff_pin_until_idle(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    a_station(controller, StationRole.DESK)
    home = controller.screens.home.view
    assert home.find_button.isVisible() and home.class_button.isVisible() and not home.lock.isVisible()
    qtbot.mouseClick(home.find_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "pin"
    assert controller.screens.pin.view.title.text() == "Code de l'accueil"
    type_pin(qtbot, controller, "1357")
    assert window.current_screen() == "search"
    controller.nav.home()  # going home keeps the desk open while staff work
    qtbot.mouseClick(home.class_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "class_form"
    controller.nav.home()
    assert home.lock.isVisible()
    controller.nav.idle.setInterval(200)
    controller.nav.keep_awake()
    qtbot.waitUntil(lambda: controller.nav.level is Access.PUBLIC, timeout=3000)  # nobody there: locked
    assert not home.lock.isVisible()
    qtbot.mouseClick(home.visitor_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "pin"


def test_the_staff_pin_does_not_open_organiser_mode(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    a_station(controller, StationRole.DESK)
    qtbot.mouseClick(controller.screens.home.view.organiser, Qt.MouseButton.LeftButton)
    type_pin(qtbot, controller, "1357")
    assert window.current_screen() == "pin"
    assert controller.screens.pin.view.message.text() == "Code faux. Essais restants : 2"
    type_pin(qtbot, controller, "4826")
    assert window.current_screen() == "organiser"
    controller.nav.home()  # leaving organiser mode: its PIN is asked again, the desk stays open
    assert controller.nav.level is Access.STAFF
    controller.nav.open(Screen.SETTINGS)
    assert window.current_screen() == "pin"


def test_a_self_service_entrance_shows_nobody_without_the_organiser(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    a_station(controller, StationRole.SELF_SERVICE)
    home = controller.screens.home.view
    assert not home.find_button.isVisible() and not home.class_button.isVisible()
    assert not home.visitor_button.isVisible()
    for key, payload in ((Screen.SEARCH, SearchStart.NEW), (Screen.PERSON, 1), (Screen.CLASS_FORM, None)):
        controller.nav.open(key, payload)
        assert window.current_screen() == "pin"
        assert controller.screens.pin.view.title.text() == "Code organisateur"
        type_pin(qtbot, controller, "1357")  # the desk's PIN means nothing here
        assert window.current_screen() == "pin"
        controller.screens.pin.unlock()  # (the tries would lock the pad)
        controller.nav.home()


def test_self_registration_opens_the_walk_in_form_to_the_public(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    a_station(controller, StationRole.SELF_SERVICE, self_registration=True)
    home = controller.screens.home.view
    assert home.visitor_button.isVisible() and not home.find_button.isVisible()
    qtbot.mouseClick(home.visitor_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "visitor"
