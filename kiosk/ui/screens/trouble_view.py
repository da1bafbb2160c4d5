"""The calm screen for the unexpected: no traceback, a sentence, a way back; the details are in the log."""

from __future__ import annotations

from kiosk.ui.views import STRETCH, View, big_button, column, label, title_label


class TroubleView(View):
    def __init__(self) -> None:
        super().__init__("trouble")
        self.title = title_label()
        self.message = label("troubleMessage", centred=True, wrap=True)
        self.log = label("troubleLog", centred=True, wrap=True)
        self.back = big_button("troubleBack")
        column(STRETCH, self.title, self.message, self.log, self.back, STRETCH, owner=self)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Un souci technique est survenu"))
        self.message.setText(self.tr("Merci d'appeler un membre de l'équipe d'accueil. Le poste reste utilisable."))
        self.back.setText(self.tr("Retour à l'accueil"))
