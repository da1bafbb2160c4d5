"""The locked kiosk follows its screen: when the screen changes size or turns (a rotated panel), the window
covers it again and stays full screen (so the lock sees no one leaving it); a window that is not full screen is
left alone. The offscreen platform always sizes a full-screen window itself: whether the window covers a bare X
screen is checked end to end on Xvfb (tests/integration/test_kiosk_window.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from kiosk.ui.full_screen import show_full_screen


def test_a_full_screen_window_follows_its_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    show_full_screen(window)
    screen = window.screen()
    qtbot.waitUntil(lambda: window.geometry() == screen.geometry(), timeout=5000)
    screen.geometryChanged.emit(screen.geometry())  # turned or resized: covered again, still full screen
    qtbot.wait(50)
    assert window.isFullScreen() and window.geometry() == screen.geometry()


def test_a_window_that_is_not_full_screen_is_left_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    show_full_screen(window)
    screen = window.screen()
    qtbot.waitUntil(lambda: window.geometry() == screen.geometry(), timeout=5000)
    window.showNormal()
    window.resize(640, 480)  # windowed (the PIN given): its own size
    screen.geometryChanged.emit(screen.geometry())
    qtbot.wait(50)
    assert window.size() == QSize(640, 480) and not window.isFullScreen()
