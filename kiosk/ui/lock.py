"""The locked kiosk keeps the screen: leaving it asks for the organiser PIN.

Three ways out are guarded: closing the window, leaving full screen, and switching to another application
(Alt+Tab, a stray notification taken by a tap), which brings the kiosk straight back, full screen. Only
another application counts: the kiosk's own dialogs (print, save, messages) also take the focus from the
window but keep the application active. Once the PIN has been given, `Navigator.quit` lets the window close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QWindowStateChangeEvent

from kiosk.ui.main_window import MainWindow


class WindowGuard(QObject):
    """While the kiosk is locked, any way out of the window brings up the PIN pad (`ask_pin`)."""

    def __init__(self, window: MainWindow, ask_pin: Callable[[], None]) -> None:
        super().__init__(window)
        self.setObjectName("windowGuard")
        self.window, self.ask_pin = window, ask_pin
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.applicationStateChanged.connect(self.state_changed)
        window.installEventFilter(self)

    def state_changed(self, state: Qt.ApplicationState) -> None:
        window = self.window
        if state != Qt.ApplicationState.ApplicationInactive or window.allow_close or not window.isVisible():
            return
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
        self.ask_pin()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Closing the window or leaving full screen asks for the PIN instead."""
        window = self.window
        if watched is not window or window.allow_close:
            return False
        if event.type() == QEvent.Type.Close:
            self.ask_pin()
        elif (isinstance(event, QWindowStateChangeEvent) and not window.isFullScreen()
              and event.oldState() & Qt.WindowState.WindowFullScreen):
            window.showFullScreen()
            self.ask_pin()
        return False
