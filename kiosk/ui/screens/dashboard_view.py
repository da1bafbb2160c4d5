"""The dashboard, laid out: three big figures, classes still inside after their slot, today's arrivals by
category, classes by time slot. Large type: it is read from a metre away."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
)

from kiosk.ui.views import STRETCH, View, button, column, label, row, title_label

ROW_HEIGHT = 52  # px: rows in the dashboard's large type
LISTS_GAP_PX = 24  # between the two lists side by side, so their titles never read as one
OVERDUE_LINES = 3  # classes in sight in the flag; a finger swipes it to the others, so the lists keep their room


def _table() -> QTableView:
    table = QTableView()
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    # The width the layout gives (the stretch of its column), not the sum of the columns' wishes.
    table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
    return table


class DashboardView(View):
    def __init__(self) -> None:
        super().__init__("dashboard")
        self.title = self.worded(title_label(), lambda: self.tr("Tableau de bord"))
        self.updated = label("dashboardUpdated")
        self.back = self.worded(button("dashboardBack"), lambda: self.tr("Retour"))
        self.refresh = self.worded(button("dashboardRefresh"), lambda: self.tr("Actualiser"))
        self.overdue = label("dashboardOverdue", wrap=True)
        self.overdue_area = self._build_overdue_area()
        self.retention = label("dashboardRetention", wrap=True)  # minors' data: how long it stays
        column(row(self.title, STRETCH, self.updated), self._build_figures(), self.overdue_area,
               (self._build_lists(), 1), self.retention,
               row(self.back, STRETCH, self.refresh), owner=self)

    def _build_overdue_area(self) -> QScrollArea:
        """The flag's classes, one a line, all of them: as high as `OVERDUE_LINES` of them, swiped for more."""
        area = QScrollArea()
        area.setObjectName("dashboardOverdueArea")
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setWidget(self.overdue)
        area.hide()
        return area

    def show_overdue(self, lines: list[str]) -> None:
        self.overdue.setText("\n".join(lines))
        self.overdue_area.setVisible(bool(lines))
        padding = 2 * 12 + 4  # the stylesheet's padding, and a little air
        self.overdue_area.setMaximumHeight(self.overdue.fontMetrics().lineSpacing() * OVERDUE_LINES + padding)

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
        # Wrapped: a title wider than its list would push the other list aside and run into its title.
        self.arrivals_title = self.worded(label("arrivalsTitle", wrap=True),
                                          lambda: self.tr("Arrivées aujourd'hui, par catégorie"))
        self.slots_title = self.worded(label("slotsTitle", wrap=True), lambda: self.tr("Classes et élèves par créneau"))
        self.arrivals, self.slots = _table(), _table()
        self.lists = QGridLayout()
        self.lists.setHorizontalSpacing(LISTS_GAP_PX)
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
        for index, stretch in enumerate((4, 5)):  # as their columns need at 1280 px: both whole side by side
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
            # Figures as wide as their header (never cut), the names take what is left (and wrap if need be).
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.setWordWrap(True)

    def number(self, name: str) -> str:
        return self.figures[name][0].text()
