"""The answer to a scan, laid out: the whole screen in one colour, the status, the name, the details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.views import View, label, restyle


class ResultView(View):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("result")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.status = label("resultStatus", centred=True)
        self.name = label("resultName", centred=True, wrap=True)
        self.details = label("resultDetails", centred=True, wrap=True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for part in (self.status, self.name, self.details):
            layout.addWidget(part)
        layout.addStretch(1)

    def show_tone(self, tone: str) -> None:
        """Colour the whole screen; the labels are re-polished too, or they keep the previous colours."""
        for widget in (self, self.status, self.name, self.details):
            restyle(widget, "tone", tone)
