"""The home screen, always ready: a scan works from here as from anywhere; the buttons open the other screens."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.ui.context import KioskContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.home_view import HomeView
from kiosk.ui.screens.keys import Screen, SearchStart


class HomeController(ScreenController[None, HomeView]):
    language_wanted = Signal()  # the language button: the kiosk switches every screen at once

    def __init__(self, key: Screen[None], view: HomeView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        view.event_name.setText(context.desk.event.name)
        view.find_button.clicked.connect(lambda: nav.open(Screen.SEARCH, SearchStart.NEW))
        view.visitor_button.clicked.connect(lambda: nav.open(Screen.VISITOR))
        view.class_button.clicked.connect(lambda: nav.open(Screen.CLASS_FORM))
        view.organiser.clicked.connect(lambda: nav.open(Screen.PIN))
        view.language.clicked.connect(self.language_wanted)
