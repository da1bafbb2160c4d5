"""The class roster, laid out: the class, the arrival/departure switch, the live count, the table, a done page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.models.roster_model import STATUS, RosterModel
from kiosk.ui.views import View, big_button, button, label, row, title_label

ROW_HEIGHT = 68  # px: a finger-sized row (≥ 9 mm on the kiosk screens)


class RosterView(View):
    """Layout only: the header, the direction switch, the live count, the table, the buttons; a done page."""

    retranslated = Signal()  # texts the controller owns (counts, outcomes) are set again on it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._roster_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate()

    def _build_switch(self) -> QHBoxLayout:
        self.arrival = button("rosterArrival")
        self.departure = button("rosterDeparture")
        self.directions = QButtonGroup(self)
        for choice in (self.arrival, self.departure):
            choice.setCheckable(True)
            choice.setMinimumHeight(64)
            self.directions.addButton(choice)
        self.hint = label("rosterHint", wrap=True)
        self.all_present = button("rosterAllPresent")
        switch = QHBoxLayout()
        switch.addWidget(self.arrival)
        switch.addWidget(self.departure)
        switch.addSpacing(16)
        switch.addWidget(self.hint, 1)
        switch.addWidget(self.all_present)
        return switch

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("rosterTable")
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.setAlternatingRowColors(True)
        return table

    def _build_top(self) -> QHBoxLayout:
        self.title = title_label()
        self.details = label("rosterDetails", wrap=True)
        self.count = label("rosterCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.details)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.count)
        return top

    def _roster_page(self) -> QWidget:
        self.wrong_day = label("rosterWrongDay", wrap=True)
        self.wrong_day.hide()
        self.table = self._build_table()
        self.cancel = button("rosterCancel")
        self.confirm = big_button("rosterConfirm")
        self.confirm.setMinimumHeight(80)
        bottom = row(self.cancel)
        bottom.addWidget(self.confirm, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_top())
        layout.addWidget(self.wrong_day)
        layout.addLayout(self._build_switch())
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        return page

    def _done_page(self) -> QWidget:
        self.done_title = label("rosterDoneTitle", centred=True, wrap=True)
        self.done_details = label("rosterDoneDetails", centred=True, wrap=True)
        self.missing = label("rosterMissing", centred=True, wrap=True)
        self.done_home = big_button("rosterDoneHome")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for part in (self.done_title, self.done_details, self.missing):
            layout.addWidget(part)
        layout.addStretch(1)
        layout.addWidget(self.done_home)
        return page

    def fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)

    def retranslate(self) -> None:
        self.arrival.setText(self.tr("Arrivée"))
        self.departure.setText(self.tr("Départ"))
        self.all_present.setText(self.tr("Tout cocher"))
        self.cancel.setText(self.tr("Annuler"))
        self.done_home.setText(self.tr("Retour à l'accueil"))
        model = self.table.model()
        if isinstance(model, RosterModel):
            model.retranslate()
        self.retranslated.emit()
