"""The organiser's dashboard: who is on site now, classes still inside after their slot, today's arrivals by
category, classes by time slot.

It refreshes itself every ten seconds while it is shown, on the task runner (never two reads at once), and
stops when another screen replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer

from kiosk.domain.clock import local_time_text
from kiosk.domain.errors import KioskError
from kiosk.domain.events import EventInfo, get_event
from kiosk.domain.presence import ClassOnSite, OnSite, on_site_now
from kiosk.domain.stats import DayStats, day_stats
from kiosk.ui.context import KioskContext
from kiosk.ui.models.dashboard_model import ArrivalsModel, SlotsModel
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.dashboard_view import DashboardView
from kiosk.ui.screens.keys import Screen

REFRESH_MS = 10_000


@dataclass(frozen=True)
class Snapshot:
    onsite: OnSite
    stats: DayStats
    event: EventInfo


class DashboardController(ScreenController[None, DashboardView]):
    def __init__(self, key: Screen[None], view: DashboardView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.arrivals, self.slots = ArrivalsModel(), SlotsModel()
        view.use(self.arrivals, self.slots)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.refreshed = 0
        self.reading = False  # never two reads at once
        self.snapshot: Snapshot | None = None
        view.retranslated.connect(self._render)
        view.refresh.clicked.connect(self.refresh)
        view.back.clicked.connect(lambda: nav.open(Screen.ORGANISER))

    def open(self, payload: None) -> None:
        self.timer.start()
        self.refresh()

    def leave(self) -> None:
        self.timer.stop()

    def come_back(self) -> None:
        self.open(None)

    def refresh(self) -> None:
        if self.reading:
            return
        self.reading = True
        db, event = self.context.db, self.context.desk.event
        day = event.working_day()
        self.run(lambda: Snapshot(on_site_now(db), day_stats(db, day), get_event(db)), self.show, self._failed,
                 busy=False)

    def show(self, snapshot: Snapshot) -> None:
        self.reading, self.snapshot = False, snapshot
        self._render()
        self.refreshed += 1

    def _render(self) -> None:
        """Every text of the last reading, in the current language (again after a language switch)."""
        if self.snapshot is None:
            return
        snapshot = self.snapshot
        onsite = snapshot.onsite
        in_classes = sum(len(c.people) for c in onsite.classes)
        for name, value in (("total", onsite.total), ("classes", in_classes), ("visitors", onsite.total - in_classes)):
            self.view.figures[name][0].setText(str(value))
        self.arrivals.set_tallies(snapshot.stats.figures.audience, self.context.translations.language)
        self.slots.set_slots(snapshot.stats.figures.slots)
        when = local_time_text(onsite.at, self.context.desk.event.timezone)
        self.view.updated.setText(self.tr("Mis à jour à %1").replace("%1", when))
        self._flag_overdue(onsite.overdue)
        self.view.retention.setText(self.say(snapshot.event.retention_notice()))

    def _flag_overdue(self, classes: list[ClassOnSite]) -> None:
        """Someone may have been left behind: each class still inside after its slot, with the teacher's phone."""
        lines = [self.tr("%1 : %n personne(s) encore à l'intérieur après la fin du créneau %2", "", len(c.people))
                 .replace("%1", f"{c.group.school} — {c.group.label}").replace("%2", c.group.slot)
                 + (f" · {c.group.teacher_phone}" if c.group.teacher_phone else "") for c in classes]
        self.view.show_overdue(lines)

    def _failed(self, error: KioskError) -> None:
        self.reading = False
        self.view.updated.setText(self.say(error))
