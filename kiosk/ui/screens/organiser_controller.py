"""Organiser mode behind the PIN: a menu to the dashboard, imports, documents and settings, and leaving the kiosk.

Leaving takes a second tap on the same button within a few seconds: a stray touch never ends the kiosk.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from kiosk.ui.context import KioskContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.organiser_view import OrganiserView

CONFIRM_MS = 4000


class OrganiserController(ScreenController[None, OrganiserView]):
    def __init__(self, key: Screen[None], view: OrganiserView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.confirm_ms = CONFIRM_MS
        self.armed = QTimer(self, singleShot=True)
        self.armed.timeout.connect(lambda: view.arm_quit(False))
        view.dashboard.clicked.connect(lambda: nav.open(Screen.DASHBOARD))
        view.imports.clicked.connect(lambda: nav.open(Screen.IMPORTS))
        view.documents.clicked.connect(lambda: nav.open(Screen.DOCUMENTS, None))
        view.settings.clicked.connect(lambda: nav.open(Screen.SETTINGS))
        view.home.clicked.connect(nav.home)
        view.quit.clicked.connect(self.quit)

    def open(self, payload: None) -> None:
        self.armed.stop()
        self.view.arm_quit(False)

    def quit(self) -> None:
        """The first tap asks for a second; the second, while asked, ends the kiosk."""
        if self.armed.isActive():
            self.nav.quit()
            return
        self.armed.start(self.confirm_ms)
        self.view.arm_quit(True)
