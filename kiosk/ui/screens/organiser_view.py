"""Organiser mode's menu, laid out: four big doors, the way home, and leaving the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from kiosk.ui.views import STRETCH, View, big_button, button, column, restyle, row, title_label


class OrganiserView(View):
    def __init__(self) -> None:
        super().__init__("organiser")
        self.title = self.worded(title_label(), lambda: self.tr("Mode organisateur"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quit_armed = False
        column(self.title, (self._build_doors(), 1), self._build_bottom(), owner=self)

    def _build_doors(self) -> QGridLayout:
        self.dashboard = self.worded(big_button("dashboardButton"), lambda: self.tr("Tableau de bord"))
        self.imports = self.worded(big_button("importsButton"),
                                   lambda: self.tr("Importer des listes\net des réservations"))
        self.documents = self.worded(big_button("documentsButton"), lambda: self.tr("Badges et documents"))
        self.settings = self.worded(big_button("settingsButton"), lambda: self.tr("Réglages du poste"))
        grid = QGridLayout()
        for place, door in enumerate((self.dashboard, self.imports, self.documents, self.settings)):
            grid.addWidget(door, place // 2, place % 2)
        return grid

    def _build_bottom(self) -> QHBoxLayout:
        """Home on the left; on the right, leaving the kiosk, which asks for a second tap (`arm_quit`)."""
        self.home = self.worded(button("organiserHome"), lambda: self.tr("Retour à l'accueil"))
        self.quit = self.worded(button("quitKiosk"), lambda: self.tr("Touchez encore pour quitter")
                                if self.quit_armed else self.tr("Quitter le mode kiosque"))
        self.quit.setProperty("role", "danger")
        return row(self.home, STRETCH, self.quit)

    def arm_quit(self, armed: bool) -> None:
        """"Quitter" asks for a second tap while armed."""
        self.quit_armed = armed
        restyle(self.quit, "armed", armed)
        self.retranslate()
