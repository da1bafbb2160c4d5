"""The dashboard, laid out: three big figures, today's arrivals by category, classes by time slot."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
)

from kiosk.ui.views import STRETCH, View, button, column, label, row, title_label


def _table() -> QTableView:
    table = QTableView()
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return table


class DashboardView(View):
    def __init__(self) -> None:
        super().__init__("dashboard")
        self.title = title_label()
        self.updated = label("dashboardUpdated")
        self.back = button("dashboardBack")
        self.refresh = button("dashboardRefresh")
        column(row(self.title, STRETCH, self.updated), self._build_figures(), (self._build_lists(), 1),
               row(self.back, STRETCH, self.refresh), owner=self)
        self.retranslate()

    def _build_figures(self) -> QGridLayout:
        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        tiles = QGridLayout()
        for place, name in enumerate(("total", "classes", "visitors")):
            number, caption = label(f"onsite_{name}", centred=True), label("figureCaption", centred=True, wrap=True)
            self.figures[name] = (number, caption)
            tiles.addWidget(number, 0, place)
            tiles.addWidget(caption, 1, place)
        return tiles

    def _build_lists(self) -> QGridLayout:
        self.arrivals_title, self.slots_title = label("arrivalsTitle"), label("slotsTitle")
        self.arrivals, self.slots = _table(), _table()
        lists = QGridLayout()
        lists.addWidget(self.arrivals_title, 0, 0)
        lists.addWidget(self.arrivals, 1, 0)
        lists.addWidget(self.slots_title, 0, 1)
        lists.addWidget(self.slots, 1, 1)
        lists.setColumnStretch(0, 2)
        lists.setColumnStretch(1, 3)
        return lists

    def use(self, arrivals: QAbstractItemModel, slots: QAbstractItemModel) -> None:
        for table, model in ((self.arrivals, arrivals), (self.slots, slots)):
            table.setModel(model)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    def number(self, name: str) -> str:
        return self.figures[name][0].text()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Tableau de bord"))
        for name, text in (("total", self.tr("personnes sur le site")), ("classes", self.tr("élèves et adultes "
                           "des classes")), ("visitors", self.tr("visiteurs individuels"))):
            self.figures[name][1].setText(text)
        self.arrivals_title.setText(self.tr("Arrivés aujourd'hui, par catégorie"))
        self.slots_title.setText(self.tr("Classes et élèves par créneau"))
        self.back.setText(self.tr("Retour"))
        self.refresh.setText(self.tr("Actualiser"))
