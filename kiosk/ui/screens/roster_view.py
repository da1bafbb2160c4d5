"""The class roster, laid out: the class, the arrival/departure switch, the live count, the table, a done page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QWidget,
)

from kiosk.ui.models.roster_model import STATUS, RosterModel
from kiosk.ui.views import DonePage, View, big_button, button, column, label, page, pages, row, title_label

ROW_HEIGHT = 68  # px: a finger-sized row (≥ 9 mm on the kiosk screens)


class RosterView(View):
    """Layout only: the header, the direction switch, the live count, the table, the buttons; a done page."""

    def __init__(self) -> None:
        super().__init__("roster")
        self.done = DonePage("roster")
        # Not "back to home": it goes back to what the class code interrupted (home, or a search, a form).
        self.worded(self.done.home, lambda: self.tr("Terminé"))
        self.pages = pages(self._roster_page(), self.done)
        column(self.pages, owner=self)

    def _build_switch(self) -> QHBoxLayout:
        self.arrival = self.worded(button("rosterArrival"), lambda: self.tr("Arrivée"))
        self.departure = self.worded(button("rosterDeparture"), lambda: self.tr("Départ"))
        self.directions = QButtonGroup(self)
        for choice in (self.arrival, self.departure):
            choice.setCheckable(True)
            choice.setMinimumHeight(64)
            self.directions.addButton(choice)
        self.hint = label("rosterHint", wrap=True)
        self.all_present = self.worded(button("rosterAllPresent"), lambda: self.tr("Tout cocher"))
        switch = row(self.arrival, self.departure)
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
        return row((column(self.title, self.details), 1), self.count)

    def _roster_page(self) -> QWidget:
        self.wrong_day = label("rosterWrongDay", wrap=True)
        self.wrong_day.hide()
        self.table = self._build_table()
        self.cancel = self.worded(button("rosterCancel"), lambda: self.tr("Annuler"))
        self.confirm = big_button("rosterConfirm")
        self.confirm.setMinimumHeight(80)
        return page(self._build_top(), self.wrong_day, self._build_switch(), (self.table, 1),
                    row(self.cancel, (self.confirm, 1)), margins=False)

    def fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)

    def retranslate(self) -> None:
        super().retranslate()
        model = self.table.model()
        if isinstance(model, RosterModel):
            model.retranslate()
