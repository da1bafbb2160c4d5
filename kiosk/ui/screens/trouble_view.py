"""The calm screen for the unexpected: no traceback, a sentence, a way back; the details are in the log."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.views import View, big_button, label, title_label


class TroubleView(View):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trouble")
        self.title = title_label()
        self.message = label("troubleMessage", centred=True, wrap=True)
        self.log = label("troubleLog", centred=True, wrap=True)
        self.back = big_button("troubleBack")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.message, self.log, self.back):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Un souci technique est survenu"))
        self.message.setText(self.tr("Merci d'appeler un membre de l'équipe d'accueil. Le poste reste utilisable."))
        self.back.setText(self.tr("Retour à l'accueil"))
