"""The kiosk window: one screen at a time in a stack, and a status bar (station, database, printer)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from kiosk.ui.views import label


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kioskWindow")
        self.setWindowTitle("Kiosk")
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.station = label("stationStatus")
        self.database = label("databaseStatus")
        self.printer = label("printerStatus")
        for part in (self.station, self.database, self.printer):
            self.statusBar().addPermanentWidget(part, 1)
        self.screens: dict[str, QWidget] = {}
        self.allow_close = False

    def add_screen(self, name: str, view: QWidget) -> None:
        self.screens[name] = view
        self.stack.addWidget(view)

    def show_screen(self, name: str) -> None:
        self.stack.setCurrentWidget(self.screens[name])

    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, view in self.screens.items() if view is current)

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Closing the locked kiosk needs the organiser PIN: the controller sets allow_close."""
        if self.allow_close:
            event.accept()
        else:
            event.ignore()
