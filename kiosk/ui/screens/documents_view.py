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
        self.title = title_label()
        self.badges_box, self.others_box = self._build_badges(), self._build_others()
        self.status = label("documentsStatus", wrap=True)
        self.back = button("documentsBack")
        self.sections = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.sections.addWidget(self.badges_box, 1)
        self.sections.addWidget(self.others_box, 1)
        column(self.title, (self.sections, 1), self.status, self.back, owner=self)
        self.retranslate()

    def _build_badges(self) -> QGroupBox:
        self.scope = QButtonGroup(self)
        self.scope_buttons = [QRadioButton() for _ in range(3)]
        for index, choice in enumerate(self.scope_buttons):
            self.scope.addButton(choice, index)
        self.scope_buttons[CLASS].setChecked(True)
        self.group = combo("groupChoice")
        self.layout_name = label("layoutName", wrap=True)
        self.design_preview = button("designPreviewButton")
        self.make_badges = big_button("makeBadges")
        self.make_badges.setMaximumHeight(120)
        self.cancel = button("cancelBadges")
        self.progress = QProgressBar()
        self.progress.setObjectName("badgeProgress")
        box = QGroupBox()
        badges = QVBoxLayout(box)
        badges.addLayout(row(*self.scope_buttons))  # side by side: the screen fits 1280×800
        for part in (self.group, self.layout_name, self.design_preview, self.make_badges, self.cancel, self.progress):
            badges.addWidget(part)
        badges.addStretch(1)
        return box

    def _build_others(self) -> QGroupBox:
        self.day_label, self.day = label("dayLabel"), combo("dayChoice")
        self.attendance, self.onsite = big_button("attendanceButton"), big_button("onsiteButton")
        self.day_report, self.event_report = big_button("dayReportButton"), big_button("eventReportButton")
        self.letters = big_button("lettersButton")
        box = QGroupBox()
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

    def retranslate(self) -> None:
        self.title.setText(self.tr("Badges et documents"))
        self.badges_box.setTitle(self.tr("Badges"))
        self.others_box.setTitle(self.tr("Listes et bilans"))
        for choice, text in zip(self.scope_buttons, (self.tr("Une classe"), self.tr("Un jour"),
                                                     self.tr("Tout le monde")), strict=True):
            choice.setText(text)
        self.make_badges.setText(self.tr("Créer les badges"))
        self.cancel.setText(self.tr("Annuler"))
        self.day_label.setText(self.tr("Jour :"))
        self.attendance.setText(self.tr("Feuilles de présence"))
        self.onsite.setText(self.tr("Personnes sur le site"))
        self.day_report.setText(self.tr("Bilan du jour"))
        self.event_report.setText(self.tr("Bilan de l'événement"))
        self.letters.setText(self.tr("Lettres aux enseignants"))
        self.design_preview.setText(self.tr("Aperçu de la présentation"))
        self.back.setText(self.tr("Retour"))
