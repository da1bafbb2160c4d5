"""The home screen, always ready: scan a badge, or pick what to do with big buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.views import View, big_button, button, label, title_label


class HomeView(View):
    def __init__(self, event_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.event_name = title_label()
        self.event_name.setText(event_name)
        self.event_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = label("scanHint", centred=True, wrap=True)
        self.find_button = big_button("findButton")
        self.visitor_button = big_button("visitorButton")
        self.class_button = big_button("classButton")
        self.language = button("languageButton")
        self.organiser = button("organiserButton")
        grid = QGridLayout()
        grid.addWidget(self.find_button, 0, 0, 1, 2)
        grid.addWidget(self.visitor_button, 1, 0)
        grid.addWidget(self.class_button, 1, 1)
        corner = QHBoxLayout()
        corner.addWidget(self.language)
        corner.addStretch(1)
        corner.addWidget(self.organiser)
        layout = QVBoxLayout(self)
        layout.addWidget(self.event_name)
        layout.addWidget(self.hint, 1)
        layout.addLayout(grid, 2)
        layout.addLayout(corner)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Scannez votre badge ou le code de votre classe"))
        self.find_button.setText(self.tr("Rechercher une personne"))
        self.visitor_button.setText(self.tr("Inscrire un visiteur"))
        self.class_button.setText(self.tr("Inscrire une classe"))
        self.language.setText(self.tr("English"))
        self.organiser.setText(self.tr("Organisateur"))
