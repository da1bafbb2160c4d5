"""Organiser documents, laid out: the badge batch (scope, class or day, progress, cancel), lists and reports."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from kiosk.ui.views import View, big_button, button, column, combo, label, orient, row, title_label

CLASS, DAY, EVERYONE = 0, 1, 2


class DocumentsView(View):
    def __init__(self) -> None:
        super().__init__("documents")
        self.title = self.worded(title_label(), lambda: self.tr("Badges et documents"))
        self.badges_box, self.others_box = self._build_badges(), self._build_others()
        self.status = label("documentsStatus", wrap=True)
        self.back = self.worded(button("documentsBack"), lambda: self.tr("Retour"))
        self.sections = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.sections.addWidget(self.badges_box, 1)
        self.sections.addWidget(self.others_box, 1)
        column(self.title, (self.sections, 1), self.status, self.back, owner=self)

    def _build_badges(self) -> QGroupBox:
        self.scope = QButtonGroup(self)
        self.scope_buttons = [self.worded(QRadioButton(), text) for text in (
            lambda: self.tr("Une classe"), lambda: self.tr("Un jour"), lambda: self.tr("Tout le monde"))]
        for index, choice in enumerate(self.scope_buttons):
            self.scope.addButton(choice, index)
        self.scope_buttons[CLASS].setChecked(True)
        self.group = combo("groupChoice")
        self.layout_name = label("layoutName", wrap=True)
        self.design_preview = self.worded(button("designPreviewButton"), lambda: self.tr("Aperçu de la présentation"))
        self.make_badges = self.worded(big_button("makeBadges"), lambda: self.tr("Créer les badges"))
        self.make_badges.setMaximumHeight(120)
        self.cancel = self.worded(button("cancelBadges"), lambda: self.tr("Annuler"))
        self.progress = QProgressBar()
        self.progress.setObjectName("badgeProgress")
        box = QGroupBox()
        self.translated(box.setTitle, lambda: self.tr("Badges"))
        badges = QVBoxLayout(box)
        badges.addLayout(row(*self.scope_buttons))  # side by side: the screen fits 1280×800
        for part in (self.group, self.layout_name, self.design_preview, self.make_badges, self.cancel, self.progress):
            badges.addWidget(part)
        badges.addStretch(1)
        return box

    def _build_others(self) -> QGroupBox:
        self.day_label = self.worded(label("dayLabel"), lambda: self.tr("Jour :"))
        self.day = combo("dayChoice")
        self.attendance = self.worded(big_button("attendanceButton"), lambda: self.tr("Feuilles de présence"))
        self.onsite = self.worded(big_button("onsiteButton"), lambda: self.tr("Personnes sur le site"))
        self.day_report = self.worded(big_button("dayReportButton"), lambda: self.tr("Bilan du jour"))
        self.event_report = self.worded(big_button("eventReportButton"), lambda: self.tr("Bilan de l'événement"))
        self.letters = self.worded(big_button("lettersButton"), lambda: self.tr("Lettres aux enseignants"))
        box = QGroupBox()
        self.translated(box.setTitle, lambda: self.tr("Listes et bilans"))
        others = QGridLayout(box)
        others.addWidget(self.day_label, 0, 0)
        others.addWidget(self.day, 0, 1)
        for place, part in enumerate((self.attendance, self.letters, self.onsite, None, self.day_report,
                                      self.event_report)):  # two a row: the screen fits 1280×800
            if part is not None:
                others.addWidget(part, 1 + place // 2, place % 2, 1, 2 if part is self.onsite else 1)
        others.setColumnStretch(1, 1)
        return box

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        orient(self.sections, event.size())
        super().resizeEvent(event)

    def generators(self) -> list[QPushButton]:
        return [self.make_badges, self.design_preview, self.attendance, self.letters, self.onsite, self.day_report,
                self.event_report]
