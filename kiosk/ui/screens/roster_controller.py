"""The class roster: a teacher's check-in at arrival, the head count at departure, late pupils one by one.

Scanning a class code opens it (payload: the GroupView). Everyone starts ticked; staff untick the absent,
watch the live count "23 / 25", and confirm once. A class booked for another day says so in amber and
needs a second, explicit confirmation. At departure the unticked are the missing: they stay inside and are
listed in red. While the class is inside, a member who is not can be tapped "Arrivé ?" alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QTimer

from kiosk.domain.checkin import ScanOutcome
from kiosk.domain.class_visits import ClassMovement, checkin_class, checkout_class
from kiosk.domain.clock import utc_now
from kiosk.domain.directory import roster
from kiosk.domain.kinds import Direction, ScanResult
from kiosk.domain.views import GroupView, PersonView
from kiosk.ui.context import KioskContext
from kiosk.ui.models.roster_model import STATUS, RosterModel
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.roster_view import RosterView
from kiosk.ui.views import restyle

DONE_HOME_MS = 6000


class RosterController(ScreenController[GroupView, RosterView]):
    """Behaviour of the roster screen: loading, ticking, the direction, confirming, late arrivals."""

    def __init__(self, key: Screen[GroupView], view: RosterView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.model = RosterModel(context.desk.event.timezone, self)
        view.table.setModel(self.model)
        view.fit_columns()
        self.group: GroupView | None = None
        self.direction = Direction.IN
        self.inside: set[int] = set()
        self.armed = False  # the second confirmation of a class booked another day
        self.home_timer = QTimer(self, singleShot=True, interval=DONE_HOME_MS)
        self.home_timer.timeout.connect(self._home)
        view.table.clicked.connect(self.tapped)
        view.arrival.clicked.connect(lambda: self.set_direction(Direction.IN))
        view.departure.clicked.connect(lambda: self.set_direction(Direction.OUT))
        view.all_present.clicked.connect(self.tick_all)
        view.cancel.clicked.connect(self._home)
        view.done_home.clicked.connect(self._home)
        view.confirm.clicked.connect(self.confirm)
        view.retranslated.connect(self.refresh)

    # ---- opening ---------------------------------------------------------------------------------------
    def open(self, payload: GroupView) -> None:
        self.home_timer.stop()
        self.group, self.armed, self.busy = payload, False, False
        self.model.set_people([], [], [])
        self.view.pages.setCurrentIndex(0)
        self.refresh()
        db, group_id = self.context.db, payload.id
        self.run(lambda: roster(db, group_id), self._loaded)

    def leave(self) -> None:
        self.home_timer.stop()

    def _loaded(self, people: list[PersonView]) -> None:
        start = self.context.desk.today(utc_now())[1]
        self.inside = {p.id for p in people if p.on_site and p.entered_at is not None and p.entered_at >= start}
        class_inside = bool(self.inside)
        self.direction = (Direction.OUT if self.context.settings.direction is Direction.OUT or class_inside
                          else Direction.IN)
        self.model.set_people(people, (), self.inside)
        self.set_direction(self.direction)

    # ---- behaviour -------------------------------------------------------------------------------------
    def set_direction(self, direction: Direction) -> None:
        self.direction, self.armed = direction, False
        self.model.set_ticked(self.inside or [p.id for p in self.model.people])
        self.model.set_late_allowed(direction is Direction.IN and bool(self.inside))  # "Arrivé ?" once inside
        self.refresh()

    def tapped(self, index: QModelIndex) -> None:
        self._touched()
        if self.busy or not index.isValid():
            return
        if index.column() == STATUS and self.model.can_arrive_late(index.row()):
            self.arrive_late(index.row())
            return
        self.model.toggle(index.row())
        self.armed = False
        self.refresh()

    def tick_all(self) -> None:
        self._touched()
        self.model.set_ticked(p.id for p in self.model.people)
        self.refresh()

    def arrive_late(self, row: int) -> None:
        """One late member checked in alone, as if their badge had been scanned (the class is inside)."""
        person, desk = self.model.person(row), self.context.desk
        self.run(lambda: desk.scan(person.code, Direction.IN, override_day=True), self._late_done)

    def _late_done(self, outcome: ScanOutcome) -> None:
        if outcome.person is not None and outcome.result in (ScanResult.CHECKED_IN, ScanResult.RE_ENTERED,
                                                             ScanResult.ALREADY_IN):
            self.inside.add(outcome.person.id)
            self.model.mark_inside(outcome.person)
        self.refresh()

    def wrong_day(self) -> dt.date | None:
        if self.group is None or self.group.day is None:
            return None
        today = self.context.desk.today(utc_now())[0]
        return self.group.day if self.group.day != today else None

    def confirm(self) -> None:
        self._touched()
        if self.group is None or self.busy:
            return
        desk, group_id = self.context.desk, self.group.id
        unticked = self.model.unticked_ids()
        if self.direction is Direction.OUT:
            count = self.model.ticked_count()
            self._run(lambda: checkout_class(desk, group_id, unticked, head_count=count))
            return
        if self.wrong_day() is not None and not self.armed:
            self.armed = True
            self.refresh()
            return
        override = self.armed
        self._run(lambda: checkin_class(desk, group_id, unticked, override_day=override))

    def _run(self, work: Callable[[], ClassMovement]) -> None:
        self.run(work, self._moved)

    def show_busy(self, busy: bool) -> None:
        self.refresh()

    def _moved(self, movement: ClassMovement) -> None:
        if movement.wrong_day is not None:
            self.armed = True
            self.refresh()
            return
        view = self.view
        moved = len(movement.moved)
        if movement.direction is Direction.IN:
            view.done_title.setText(self.tr("%1 entrée(s) enregistrée(s)").replace("%1", str(moved)))
            details = [self.tr("Déjà sur place : %1").replace("%1", str(len(movement.unchanged)))
                       ] if movement.unchanged else []
            if movement.left_aside:
                details.append(self.tr("Absents : %1").replace(
                    "%1", ", ".join(p.full_name for p in movement.left_aside)))
            view.done_details.setText("\n".join(details))
            view.missing.setText("")
            self.home_timer.start()
        else:
            view.done_title.setText(self.tr("%1 sortie(s) enregistrée(s)").replace("%1", str(moved)))
            view.done_details.setText(self.tr("Compté au départ : %1").replace("%1", str(movement.head_count)))
            missing = movement.still_inside
            self.model.mark_still_inside(p.id for p in missing)
            view.missing.setText(self.tr("Encore à l'intérieur : %1").replace(
                "%1", ", ".join(p.full_name for p in missing)) if missing else "")
            if not missing:
                self.home_timer.start()
        view.missing.setVisible(bool(view.missing.text()))
        view.pages.setCurrentIndex(1)

    def refresh(self) -> None:
        """Every text that depends on the state: header, count, banner, the confirm button."""
        view, group = self.view, self.group
        if group is not None:
            view.title.setText(f"{group.school} — {group.label}")
            parts = [group.city] if group.city else []
            if group.teacher_name:
                parts.append(self.tr("Enseignant : %1").replace("%1", group.teacher_name))
            if group.teacher_phone:
                parts.append(group.teacher_phone)
            view.details.setText(" · ".join(parts))
        view.count.setText(f"{self.model.ticked_count()} / {len(self.model.people)}")
        view.arrival.setChecked(self.direction is Direction.IN)
        view.departure.setChecked(self.direction is Direction.OUT)
        booked = self.wrong_day()
        show_banner = booked is not None and self.direction is Direction.IN
        view.wrong_day.setVisible(show_banner)
        if booked is not None:
            view.wrong_day.setText(self.tr("Attention : cette classe est attendue le %1, pas aujourd'hui.")
                                   .replace("%1", booked.strftime("%d/%m/%Y")))
        if self.direction is Direction.IN:
            view.hint.setText(self.tr("Touchez une ligne pour décocher un absent."))
            text = (self.tr("Confirmer quand même l'entrée aujourd'hui") if self.armed
                    else self.tr("Confirmer l'entrée de %1 personne(s)"))
        else:
            view.hint.setText(self.tr("Décochez qui manque : ils restent comptés à l'intérieur."))
            text = self.tr("Confirmer la sortie de %1 personne(s)")
        view.confirm.setText(text.replace("%1", str(self.model.ticked_count())))
        restyle(view.confirm, "armed", self.armed)
        view.confirm.setEnabled(not self.busy and group is not None)

    def _touched(self) -> None:
        self.nav.keep_awake()

    def _home(self) -> None:
        """Done or cancelled: back to what the class code interrupted (home, or a form being typed)."""
        self.home_timer.stop()
        self.nav.resume()
