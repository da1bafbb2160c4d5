"""Organiser mode's menu, laid out: four big doors, the way home, and leaving the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout

from kiosk.ui.views import STRETCH, View, big_button, button, column, restyle, row, title_label


class OrganiserView(View):
    def __init__(self) -> None:
        super().__init__("organiser")
        self.title = title_label()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dashboard = big_button("dashboardButton")
        self.imports = big_button("importsButton")
        self.documents = big_button("documentsButton")
        self.settings = big_button("settingsButton")
        self.home = button("organiserHome")
        self.quit = button("quitKiosk")
        self.quit.setProperty("role", "danger")
        self.quit_armed = False
        column(self.title, (self._build_doors(), 1), row(self.home, STRETCH, self.quit), owner=self)
        self.retranslate()

    def _build_doors(self) -> QGridLayout:
        grid = QGridLayout()
        for place, door in enumerate((self.dashboard, self.imports, self.documents, self.settings)):
            grid.addWidget(door, place // 2, place % 2)
        return grid

    def arm_quit(self, armed: bool) -> None:
        """"Quitter" asks for a second tap while armed."""
        self.quit_armed = armed
        restyle(self.quit, "armed", armed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Mode organisateur"))
        self.dashboard.setText(self.tr("Tableau de bord"))
        self.imports.setText(self.tr("Importer des listes\net des réservations"))
        self.documents.setText(self.tr("Badges et documents"))
        self.settings.setText(self.tr("Réglages du poste"))
        self.home.setText(self.tr("Retour à l'accueil"))
        self.quit.setText(self.tr("Touchez encore pour quitter") if self.quit_armed
                          else self.tr("Quitter le mode kiosque"))
