"""Full screen that holds without a window manager.

`showFullScreen` only asks the window manager to make the window cover its screen. Many kiosks run X with no
window manager at all (or a bare kiosk compositor): nobody answers, and the window keeps the size it was given,
leaving a black band on a larger screen and cutting off the side of a portrait one. So the window also sets its
own geometry to its screen's, each time it goes full screen, and again whenever the screen changes size or
turns (a rotated panel), or the window moves to another screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget


class ScreenCover(QObject):
    """Keeps `window`, while it is full screen, exactly over the screen it is on."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("screenCover")
        self.window = window
        self.screen: QScreen | None = None
        self.watching_handle = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() in (QEvent.Type.Show, QEvent.Type.WindowStateChange):
            QTimer.singleShot(0, self, self.cover)  # once the platform window exists and knows its state
        return False

    def cover(self) -> None:
        window = self.window
        if not window.isVisible() or not window.isFullScreen():
            return
        handle = window.windowHandle()
        if handle is not None and not self.watching_handle:
            handle.screenChanged.connect(self._screen_changed)
            self.watching_handle = True
        self._follow(window.screen())
        if handle is not None and self.screen is not None and handle.geometry() != self.screen.geometry():
            # On the platform window: QWidget.setGeometry would also drop the full-screen state (and the
            # lock would take that for someone leaving full screen).
            handle.setGeometry(self.screen.geometry())

    def _screen_changed(self, _screen: QScreen | None) -> None:
        self.cover()

    def _follow(self, screen: QScreen | None) -> None:
        if screen is self.screen:
            return
        if self.screen is not None:
            self.screen.geometryChanged.disconnect(self._screen_resized)
        self.screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._screen_resized)

    def _screen_resized(self) -> None:
        self.cover()


def show_full_screen(window: QWidget) -> ScreenCover:
    """Show `window` full screen, covering its whole screen with or without a window manager."""
    cover = ScreenCover(window)
    window.showFullScreen()
    return cover
