"""Nobody there for a while: the kiosk goes home by itself; someone still typing or tapping keeps the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.ui.screens.keys import Screen


def test_a_screen_in_use_stays_and_an_abandoned_one_goes_home(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    controller.nav.idle.setInterval(400)
    controller.nav.open(Screen.SETTINGS)  # a screen that never says it is in use
    field = controller.screens.settings.view.station
    for _ in range(6):  # 900 ms of someone working on the settings
        qtbot.wait(150)
        QTest.keyClick(field, Qt.Key.Key_End)
    assert window.current_screen() == "settings"
    QTest.mouseClick(controller.screens.settings.view.back, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "organiser"
    qtbot.waitUntil(lambda: window.current_screen() == "home", timeout=3000)  # then nobody: home
