"""The home screen's layout: the event's name, the scan hint, big buttons for what people come to do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from kiosk.ui.views import STRETCH, View, big_button, button, column, label, row, title_label


class HomeView(View):
    def __init__(self) -> None:
        super().__init__("home")
        self.event_name = title_label()
        self.event_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = self.worded(label("scanHint", centred=True, wrap=True),
                                lambda: self.tr("Scannez votre badge ou le code de votre classe"))
        column(self.event_name, (self.hint, 1), (self._build_choices(), 2), self._build_bottom(), owner=self)

    def show_choices(self, desk: bool, walk_ins: bool, unlocked: bool) -> None:
        """A reception desk offers search, walk-ins and classes (behind its PIN); a self-service entrance only
        scanning, and the walk-in form when visitors may register themselves. An open desk can be locked."""
        self.find_button.setVisible(desk)
        self.class_button.setVisible(desk)
        self.visitor_button.setVisible(desk or walk_ins)
        self.lock.setVisible(unlocked)

    def _build_choices(self) -> QGridLayout:
        self.find_button = self.worded(big_button("findButton"), lambda: self.tr("Rechercher une personne"))
        self.visitor_button = self.worded(big_button("visitorButton"), lambda: self.tr("Inscrire un visiteur"))
        self.class_button = self.worded(big_button("classButton"), lambda: self.tr("Inscrire une classe"))
        grid = QGridLayout()
        grid.addWidget(self.find_button, 0, 0, 1, 2)
        grid.addWidget(self.visitor_button, 1, 0)
        grid.addWidget(self.class_button, 1, 1)
        return grid

    def _build_bottom(self) -> QHBoxLayout:
        """The language switch on the left; locking the desk and organiser mode on the right."""
        self.language = self.worded(button("languageButton"), lambda: self.tr("English"))
        self.lock = self.worded(button("lockButton"), lambda: self.tr("Verrouiller"))
        self.organiser = self.worded(button("organiserButton"), lambda: self.tr("Organisateur"))
        return row(self.language, STRETCH, self.lock, self.organiser)
