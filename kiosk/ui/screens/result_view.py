"""The answer to a scan, laid out: the whole screen in one colour, the status, the name, the details, and for
staff at a desk a way to let in a class member who came on another day."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.views import STRETCH, View, big_button, column, label, restyle, row


class ResultView(View):
    def __init__(self) -> None:
        super().__init__("result")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.status = label("resultStatus", centred=True, wrap=True)
        self.name = label("resultName", centred=True, wrap=True)
        self.details = label("resultDetails", centred=True, wrap=True)
        self.accept = self.worded(big_button("resultAccept"), lambda: self.tr("Accepter quand même"))
        self.accept.setMaximumWidth(640)
        self.accept.hide()
        column(STRETCH, self.status, self.name, self.details, row(STRETCH, self.accept, STRETCH), STRETCH,
               owner=self)

    def show_tone(self, tone: str) -> None:
        """Colour the whole screen; the labels are re-polished too, or they keep the previous colours."""
        for widget in (self, self.status, self.name, self.details):
            restyle(widget, "tone", tone)
