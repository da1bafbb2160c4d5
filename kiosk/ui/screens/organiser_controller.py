"""Organiser mode behind the PIN: a menu to the dashboard, imports, documents and settings, and leaving the kiosk."""

from __future__ import annotations

from kiosk.ui.context import KioskContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.organiser_view import OrganiserView


class OrganiserController(ScreenController[None, OrganiserView]):
    def __init__(self, key: Screen[None], view: OrganiserView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        view.dashboard.clicked.connect(lambda: nav.open(Screen.DASHBOARD))
        view.imports.clicked.connect(lambda: nav.open(Screen.IMPORTS))
        view.documents.clicked.connect(lambda: nav.open(Screen.DOCUMENTS, None))
        view.settings.clicked.connect(lambda: nav.open(Screen.SETTINGS))
        view.home.clicked.connect(nav.home)
        view.quit.clicked.connect(nav.quit)
