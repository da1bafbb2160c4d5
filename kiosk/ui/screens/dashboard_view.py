"""The dashboard, laid out: three big figures, classes still inside after their slot, today's arrivals by
category, classes by time slot. Large type: it is read from a metre away."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
)

from kiosk.ui.views import STRETCH, View, button, column, label, row, title_label

ROW_HEIGHT = 52  # px: rows in the dashboard's large type


def _table() -> QTableView:
    table = QTableView()
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return table


class DashboardView(View):
    def __init__(self) -> None:
        super().__init__("dashboard")
        self.title = self.worded(title_label(), lambda: self.tr("Tableau de bord"))
        self.updated = label("dashboardUpdated")
        self.back = self.worded(button("dashboardBack"), lambda: self.tr("Retour"))
        self.refresh = self.worded(button("dashboardRefresh"), lambda: self.tr("Actualiser"))
        self.overdue = label("dashboardOverdue", wrap=True)
        self.overdue.hide()
        column(row(self.title, STRETCH, self.updated), self._build_figures(), self.overdue, (self._build_lists(), 1),
               row(self.back, STRETCH, self.refresh), owner=self)

    def _build_figures(self) -> QGridLayout:
        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        tiles = QGridLayout()
        # Captions without a noun to agree with the figure above them: "1 sur le site", "25 sur le site".
        for place, (name, text) in enumerate((("total", lambda: self.tr("sur le site")),
                                              ("classes", lambda: self.tr("avec les classes")),
                                              ("visitors", lambda: self.tr("en visite individuelle")))):
            number = label(f"onsite_{name}", centred=True)
            caption = self.worded(label("figureCaption", centred=True, wrap=True), text)
            self.figures[name] = (number, caption)
            tiles.addWidget(number, 0, place)
            tiles.addWidget(caption, 1, place)
        return tiles

    def _build_lists(self) -> QGridLayout:
        self.arrivals_title = self.worded(label("arrivalsTitle"),
                                          lambda: self.tr("Arrivées aujourd'hui, par catégorie"))
        self.slots_title = self.worded(label("slotsTitle"), lambda: self.tr("Classes et élèves par créneau"))
        self.arrivals, self.slots = _table(), _table()
        self.lists = QGridLayout()
        self._place_lists(portrait=False)
        return self.lists

    def _place_lists(self, *, portrait: bool) -> None:
        """Side by side on a landscape screen; one above the other in portrait, where each needs the width."""
        lists = self.lists
        for widget in (self.arrivals_title, self.arrivals, self.slots_title, self.slots):
            lists.removeWidget(widget)
        second_row, second_column = (2, 0) if portrait else (0, 1)
        lists.addWidget(self.arrivals_title, 0, 0)
        lists.addWidget(self.arrivals, 1, 0)
        lists.addWidget(self.slots_title, second_row, second_column)
        lists.addWidget(self.slots, second_row + 1, second_column)
        for index, stretch in enumerate((2, 3)):
            lists.setColumnStretch(index, 0 if portrait and index else stretch)
        lists.setRowStretch(1, 1)
        lists.setRowStretch(3, 1 if portrait else 0)
        self.portrait = portrait

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        portrait = event.size().height() > event.size().width()
        if portrait != self.portrait:
            self._place_lists(portrait=portrait)
        super().resizeEvent(event)

    def use(self, arrivals: QAbstractItemModel, slots: QAbstractItemModel) -> None:
        for table, model in ((self.arrivals, arrivals), (self.slots, slots)):
            table.setModel(model)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    def number(self, name: str) -> str:
        return self.figures[name][0].text()
