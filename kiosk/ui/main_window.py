"""The kiosk window: one screen at a time in a stack, the on-screen keyboard below it, and a status bar.

Each screen sits in a ScreenFrame: when the keyboard takes the bottom of the window, a screen taller than
the room left scrolls (to the field being typed) instead of being squeezed or pushed off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.keyboard import KeyboardPanel
from kiosk.ui.screen_frame import ScreenFrame
from kiosk.ui.views import label


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kioskWindow")
        self.setWindowTitle("Kiosk")
        self.stack = QStackedWidget()
        self.keyboard = KeyboardPanel()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        column.addWidget(self.keyboard)
        self.setCentralWidget(central)
        self.station = label("stationStatus")
        self.database = label("databaseStatus")
        self.printer = label("printerStatus")
        self.statusBar().setSizeGripEnabled(False)  # full screen: nothing to resize, and it showed as a white box
        for part, stretch in ((self.station, 0), (self.database, 1), (self.printer, 0)):
            self.statusBar().addPermanentWidget(part, stretch)
        self.screens: dict[str, QWidget] = {}
        self.frames: dict[str, ScreenFrame] = {}
        self.allow_close = False

    def add_screen(self, name: str, view: QWidget) -> None:
        self.screens[name] = view
        self.frames[name] = ScreenFrame(view, name)
        self.stack.addWidget(self.frames[name])

    def show_screen(self, name: str) -> None:
        self.stack.setCurrentWidget(self.frames[name])

    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, frame in self.frames.items() if frame is current)

    def current_view(self) -> QWidget:
        return self.screens[self.current_screen()]

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Closing the locked kiosk needs the organiser PIN: the controller sets allow_close."""
        if self.allow_close:
            event.accept()
        else:
            event.ignore()
