"""Opened with the log file of an unexpected error: shows where the details are, and leads home."""

from __future__ import annotations

from kiosk.ui.context import KioskContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.trouble_view import TroubleView


class TroubleController(ScreenController[str, TroubleView]):
    def __init__(self, key: Screen[str], view: TroubleView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        view.back.clicked.connect(nav.home)

    def open(self, payload: str) -> None:
        self.view.log.setText(payload)
