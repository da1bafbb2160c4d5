"""The calm screen for the unexpected: no traceback, a sentence, a way back; the details are in the log."""

from __future__ import annotations

from kiosk.ui.views import STRETCH, View, big_button, column, label, title_label


class TroubleView(View):
    def __init__(self) -> None:
        super().__init__("trouble")
        self.title = self.worded(title_label(), lambda: self.tr("Un souci technique est survenu"))
        self.message = self.worded(label("troubleMessage", centred=True, wrap=True), lambda: self.tr(
            "Merci d'appeler un membre de l'équipe d'accueil. Le poste reste utilisable."))
        self.log = label("troubleLog", centred=True, wrap=True)
        self.back = self.worded(big_button("troubleBack"), lambda: self.tr("Retour à l'accueil"))
        column(STRETCH, self.title, self.message, self.log, self.back, STRETCH, owner=self)
