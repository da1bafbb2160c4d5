"""Organiser documents: badge batches (progress, cancel), attendance sheets, on-site list, reports.

Everything is drawn off the GUI thread, written whole to the documents folder, then shown in the preview,
which prints it or saves a copy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.documents.attendance import attendance_pdf
from kiosk.documents.onsite import onsite_pdf
from kiosk.documents.output import write_atomically
from kiosk.documents.report import day_report, event_report
from kiosk.domain.attendance import attendance_for
from kiosk.domain.badge_list import BadgeData, badges_for
from kiosk.domain.dates import long_date
from kiosk.domain.directory import list_groups
from kiosk.domain.errors import KioskError
from kiosk.domain.presence import on_site_now
from kiosk.domain.stats import day_stats, event_stats
from kiosk.domain.views import GroupView
from kiosk.ui.context import KioskContext
from kiosk.ui.printing import Document
from kiosk.ui.screens.organiser_badges import CHUNK_BADGES, BadgeBatch
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.views import View, big_button, button, label, orient, title_label

CLASS, DAY, EVERYONE = 0, 1, 2
MAX_CHUNKS = 40  # a whole-event batch in steps of about 1,000 badges: fewer copies of the fonts in the file


def documents_folder() -> Path:
    """Where generated PDFs go: "Kiosk" in the user's documents folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(base) / "Kiosk"


class DocumentsView(View):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents")
        self.title = title_label()
        self.badges_box, self.others_box = QGroupBox(), QGroupBox()
        self.scope = QButtonGroup(self)
        self.scope_buttons = [QRadioButton() for _ in range(3)]
        for index, choice in enumerate(self.scope_buttons):
            self.scope.addButton(choice, index)
        self.scope_buttons[CLASS].setChecked(True)
        self.group, self.day = QComboBox(), QComboBox()
        self.group.setObjectName("groupChoice")
        self.day.setObjectName("dayChoice")
        self.make_badges = big_button("makeBadges")
        self.make_badges.setMaximumHeight(120)
        self.cancel = button("cancelBadges")
        self.progress = QProgressBar()
        self.progress.setObjectName("badgeProgress")
        self.layout_name = label("layoutName", wrap=True)
        for combo in (self.group, self.day):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        badges = QVBoxLayout(self.badges_box)
        for part in (*self.scope_buttons, self.group, self.layout_name, self.make_badges, self.cancel, self.progress):
            badges.addWidget(part)
        badges.addStretch(1)
        self.day_label = label("dayLabel")
        self.attendance, self.onsite = big_button("attendanceButton"), big_button("onsiteButton")
        self.day_report, self.event_report = big_button("dayReportButton"), big_button("eventReportButton")
        others = QGridLayout(self.others_box)
        others.addWidget(self.day_label, 0, 0)
        others.addWidget(self.day, 0, 1)
        for index, part in enumerate((self.attendance, self.onsite, self.day_report, self.event_report)):
            others.addWidget(part, 1 + index, 0, 1, 2)
        others.setColumnStretch(1, 1)
        self.status = label("documentsStatus", wrap=True)
        self.back = button("documentsBack")
        self.sections = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.sections.addWidget(self.badges_box, 1)
        self.sections.addWidget(self.others_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.sections, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.back)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        orient(self.sections, event.size())
        super().resizeEvent(event)

    def generators(self) -> list[QPushButton]:
        return [self.make_badges, self.attendance, self.onsite, self.day_report, self.event_report]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Badges et documents"))
        self.badges_box.setTitle(self.tr("Badges"))
        self.others_box.setTitle(self.tr("Listes et rapports"))
        for choice, text in zip(self.scope_buttons, (self.tr("Une classe"), self.tr("Un jour"),
                                                     self.tr("Tout le monde")), strict=True):
            choice.setText(text)
        self.make_badges.setText(self.tr("Créer les badges"))
        self.cancel.setText(self.tr("Annuler"))
        self.day_label.setText(self.tr("Jour :"))
        self.attendance.setText(self.tr("Feuilles d'émargement"))
        self.onsite.setText(self.tr("Liste des présents"))
        self.day_report.setText(self.tr("Rapport du jour"))
        self.event_report.setText(self.tr("Rapport de l'événement"))
        self.back.setText(self.tr("Retour"))


class DocumentsController(QObject):
    """Fills the choices, runs the generators off the GUI thread and hands each finished PDF to `ready`."""

    ready = Signal(object)  # a Document to preview
    failed = Signal(object)  # a KioskError to tell

    def __init__(self, context: KioskContext, view: DocumentsView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsController")
        self.context, self.view = context, view
        self.drawing = TaskRunner(parent=self)  # badges draw beside the scans, never in front of them
        self.folder = documents_folder()
        self.chunk = CHUNK_BADGES
        self.batch: BadgeBatch | None = None
        self.groups: list[GroupView] = []
        self.wanted: int | None = None  # a class to choose once the list is in (after an import)
        self._chosen_day, self._lang = context.desk.event.days[0], "fr"  # fixed for the task when it starts
        view.make_badges.clicked.connect(self.make_badges)
        view.cancel.clicked.connect(self.cancel_badges)
        view.scope.idToggled.connect(lambda _id, _on: self._show_scope())
        view.attendance.clicked.connect(lambda: self.generate("emargement", self._attendance))
        view.onsite.clicked.connect(lambda: self.generate("presents", self._onsite))
        view.day_report.clicked.connect(lambda: self.generate("rapport-jour", self._day_report))
        view.event_report.clicked.connect(lambda: self.generate("rapport-evenement", self._event_report))
        self._set_busy(False)

    def open(self, payload: object = None) -> None:
        """`payload`: a class id to choose at once (after an import), or None."""
        self.wanted = payload if isinstance(payload, int) else None
        if self.wanted is not None:
            self.view.scope_buttons[CLASS].setChecked(True)
        event = self.context.desk.event
        lang = self.context.translations.language
        self.view.day.clear()
        for day in event.days:
            self.view.day.addItem(long_date(day, lang), day)
        today = event.working_day()
        self.view.day.setCurrentIndex(max(0, self.view.day.findData(today)))
        self.view.layout_name.setText(self.tr("Mise en page : %1").replace("%1", self.context.settings.layout))
        db = self.context.db
        self.context.tasks.run(lambda: list_groups(db), self._fill_groups, self.failed.emit)

    def _fill_groups(self, groups: list[GroupView]) -> None:
        self.groups = groups
        self._show_scope()
        if self.wanted is not None:
            self.view.group.setCurrentIndex(max(0, self.view.group.findData(self.wanted)))

    def _show_scope(self) -> None:
        scope, combo = self.view.scope.checkedId(), self.view.group
        combo.clear()
        if scope == CLASS:
            for group in self.groups:
                combo.addItem(f"{group.school} — {group.label}", group.id)
        elif scope == DAY:
            for index in range(self.view.day.count()):
                combo.addItem(self.view.day.itemText(index), self.view.day.itemData(index))
        combo.setEnabled(scope != EVERYONE)

    def day(self) -> dt.date:
        chosen = self.view.day.currentData()
        return chosen if isinstance(chosen, dt.date) else self.context.desk.event.days[0]

    def make_badges(self) -> None:
        scope, chosen = self.view.scope.checkedId(), self.view.group.currentData()
        if scope != EVERYONE and chosen is None:
            self.failed.emit(KioskError("Choisissez d'abord une classe ou un jour.", "Choose a class or a day first."))
            return
        selection: dict[str, object] = ({"group_id": chosen} if scope == CLASS else
                                        {"day": chosen} if scope == DAY else {"everyone": True})
        name = {CLASS: f"badges-classe-{chosen}", DAY: f"badges-{chosen}", EVERYONE: "badges-tous"}[scope]
        db = self.context.db
        self._set_busy(True, self.tr("Préparation des badges…"))
        self.context.tasks.run(lambda: badges_for(db, **selection),  # type: ignore[arg-type]
                               lambda badges: self._start_batch(badges, name), self._failed)

    def _start_batch(self, badges: list[BadgeData], name: str) -> None:
        settings = self.context.settings
        batch = BadgeBatch(self.drawing, badges, self._path(name), settings.layout,
                           (settings.offset_x, settings.offset_y), self.context.translations.language,
                           chunk=max(self.chunk, len(badges) // MAX_CHUNKS), parent=self)
        batch.progress.connect(self.view.progress.setValue)
        batch.finished.connect(lambda path: self._done(self.tr("Badges (%n)", "", len(badges)), path))
        batch.cancelled.connect(lambda: self._set_busy(False, self.tr("Badges annulés : aucun fichier écrit.")))
        batch.failed.connect(self._failed)
        self.batch = batch
        self.view.cancel.setEnabled(True)
        self.view.progress.setValue(0)
        try:
            batch.start()
        except KioskError as error:
            self._failed(error)

    def cancel_badges(self) -> None:
        if self.batch is not None and self.batch.running:
            self.batch.cancel()
            self.view.cancel.setEnabled(False)

    def generate(self, name: str, make: Callable[[], bytes]) -> None:
        """Draw one document on the task runner, write it, then preview it."""
        path = self._path(name)
        self._set_busy(True, self.tr("Préparation du document…"))
        self.context.tasks.run(lambda: write_atomically(path, make()),
                               lambda written: self._done(self._title(name), written), self._failed)

    def _title(self, name: str) -> str:
        return {"emargement": self.tr("Feuilles d'émargement"), "presents": self.tr("Liste des présents"),
                "rapport-jour": self.tr("Rapport du jour"),
                "rapport-evenement": self.tr("Rapport de l'événement")}.get(name, name)

    def _attendance(self) -> bytes:
        return attendance_pdf(attendance_for(self.context.db, day=self._chosen_day), lang=self._lang)

    def _onsite(self) -> bytes:
        event = self.context.desk.event
        return onsite_pdf(on_site_now(self.context.db), event_name=event.name, timezone=event.timezone,
                          lang=self._lang)

    def _day_report(self) -> bytes:
        return day_report(day_stats(self.context.db, self._chosen_day), self._lang)

    def _event_report(self) -> bytes:
        return event_report(event_stats(self.context.db), self._lang)

    def _path(self, name: str) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._chosen_day, self._lang = self.day(), self.context.translations.language
        return self.folder / f"{name}-{dt.datetime.now():%Y%m%d-%H%M%S}.pdf"

    def _done(self, title: str, path: Path) -> None:
        self._set_busy(False, self.tr("Document prêt : %1").replace("%1", str(path)))
        self.ready.emit(Document(title, path))

    def _failed(self, error: KioskError) -> None:
        self._set_busy(False, str(error))
        self.failed.emit(error)

    def _set_busy(self, busy: bool, status: str = "") -> None:
        for part in self.view.generators():
            part.setEnabled(not busy)
        if not busy:
            self.view.cancel.setEnabled(False)
        self.view.status.setText(status)
