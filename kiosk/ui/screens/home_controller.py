"""The home screen, always ready: a scan works from here as from anywhere; the buttons open the other screens."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.ui.context import KioskContext, StationRole
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.home_view import HomeView
from kiosk.ui.screens.keys import Access, Screen, SearchStart


class HomeController(ScreenController[None, HomeView]):
    language_wanted = Signal()  # the language button: the kiosk switches every screen at once

    def __init__(self, key: Screen[None], view: HomeView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        view.event_name.setText(context.desk.event.name)
        view.find_button.clicked.connect(lambda: nav.open(Screen.SEARCH, SearchStart.NEW))
        view.visitor_button.clicked.connect(lambda: nav.open(Screen.VISITOR))
        view.class_button.clicked.connect(lambda: nav.open(Screen.CLASS_FORM))
        view.organiser.clicked.connect(lambda: nav.open(Screen.ORGANISER))
        view.language.clicked.connect(self.language_wanted)
        view.lock.clicked.connect(nav.lock)
        nav.access_changed.connect(lambda _level: self.open(None))

    def open(self, payload: None) -> None:
        settings = self.context.settings
        self.view.show_choices(settings.role is StationRole.DESK, settings.self_registration,
                               self.nav.level > Access.PUBLIC)
