"""The locked kiosk keeps the screen: switching to another application (Alt+Tab, a stray notification
taken by a tap) brings the kiosk straight back, full screen, with the PIN pad.

Closing the window and leaving full screen are guarded in organiser mode's install (screens/organiser.py);
this guard covers the third way out. Only another application counts: the kiosk's own dialogs (print,
save, messages) also take the focus from the window but keep the application active.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from kiosk.ui.main_window import MainWindow


class SwitchGuard(QObject):
    """While the kiosk is locked, losing the screen to another application asks for the PIN."""

    def __init__(self, window: MainWindow, ask_pin: Callable[[], None]) -> None:
        super().__init__(window)
        self.setObjectName("switchGuard")
        self.window, self.ask_pin = window, ask_pin
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.applicationStateChanged.connect(self.state_changed)

    def state_changed(self, state: Qt.ApplicationState) -> None:
        window = self.window
        if state != Qt.ApplicationState.ApplicationInactive or window.allow_close or not window.isVisible():
            return
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
        self.ask_pin()
