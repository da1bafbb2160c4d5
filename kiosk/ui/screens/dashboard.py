"""The organiser's dashboard: who is on site now, today's arrivals by category, classes by time slot.

It refreshes itself every ten seconds while it is shown, on the task runner (never two reads at once).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.clock import local_time_text
from kiosk.domain.errors import KioskError
from kiosk.domain.presence import OnSite, on_site_now
from kiosk.domain.stats import DayStats, day_stats
from kiosk.ui.context import KioskContext
from kiosk.ui.models.dashboard_model import ArrivalsModel, SlotsModel
from kiosk.ui.views import View, button, label, title_label

REFRESH_MS = 10_000


@dataclass(frozen=True)
class Snapshot:
    onsite: OnSite
    stats: DayStats


def _table(model: ArrivalsModel | SlotsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return table


class DashboardView(View):
    def __init__(self, arrivals: ArrivalsModel, slots: SlotsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.title = title_label()
        self.updated = label("dashboardUpdated")
        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        tiles = QGridLayout()
        for column, name in enumerate(("total", "classes", "visitors")):
            number, caption = label(f"onsite_{name}", centred=True), label("figureCaption", centred=True, wrap=True)
            self.figures[name] = (number, caption)
            tiles.addWidget(number, 0, column)
            tiles.addWidget(caption, 1, column)
        self.arrivals_title, self.slots_title = label("arrivalsTitle"), label("slotsTitle")
        self.arrivals, self.slots = _table(arrivals), _table(slots)
        self.back = button("dashboardBack")
        self.refresh = button("dashboardRefresh")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.updated)
        lists = QGridLayout()
        lists.addWidget(self.arrivals_title, 0, 0)
        lists.addWidget(self.arrivals, 1, 0)
        lists.addWidget(self.slots_title, 0, 1)
        lists.addWidget(self.slots, 1, 1)
        lists.setColumnStretch(0, 2)
        lists.setColumnStretch(1, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        bottom.addWidget(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(lists, 1)
        layout.addLayout(bottom)
        self.retranslate()

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


class DashboardController(QObject):
    def __init__(self, context: KioskContext, view: DashboardView, arrivals: ArrivalsModel, slots: SlotsModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardController")
        self.context, self.view, self.arrivals, self.slots = context, view, arrivals, slots
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.busy = False
        self.refreshed = 0
        view.refresh.clicked.connect(self.refresh)

    def open(self, _payload: object = None) -> None:
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        if self.busy:
            return
        self.busy = True
        db, event = self.context.db, self.context.desk.event
        day = event.working_day()
        self.context.tasks.run(lambda: Snapshot(on_site_now(db), day_stats(db, day)), self.show, self._failed)

    def show(self, snapshot: Snapshot) -> None:
        self.busy = False
        onsite = snapshot.onsite
        in_classes = sum(len(c.people) for c in onsite.classes)
        for name, value in (("total", onsite.total), ("classes", in_classes), ("visitors", onsite.total - in_classes)):
            self.view.figures[name][0].setText(str(value))
        self.arrivals.set_tallies(snapshot.stats.figures.audience, self.context.translations.language)
        self.slots.set_slots(snapshot.stats.figures.slots)
        when = local_time_text(onsite.at, self.context.desk.event.timezone)
        self.view.updated.setText(self.tr("Mis à jour à %1").replace("%1", when))
        self.refreshed += 1

    def _failed(self, error: KioskError) -> None:
        self.busy = False
        self.view.updated.setText(str(error))
