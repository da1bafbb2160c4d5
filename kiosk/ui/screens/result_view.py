"""The answer to a scan, laid out: the whole screen in one colour, the status, the name, the details."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.views import STRETCH, View, column, label, restyle


class ResultView(View):
    def __init__(self) -> None:
        super().__init__("result")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.status = label("resultStatus", centred=True)
        self.name = label("resultName", centred=True, wrap=True)
        self.details = label("resultDetails", centred=True, wrap=True)
        column(STRETCH, self.status, self.name, self.details, STRETCH, owner=self)

    def show_tone(self, tone: str) -> None:
        """Colour the whole screen; the labels are re-polished too, or they keep the previous colours."""
        for widget in (self, self.status, self.name, self.details):
            restyle(widget, "tone", tone)
