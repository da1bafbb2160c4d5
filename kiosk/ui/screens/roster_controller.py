"""The class roster: a teacher's check-in at arrival, the head count at departure, late pupils one by one.

Scanning a class code opens it (payload: the GroupView); a class already inside opens at departure. Everyone
starts ticked; staff untick the absent, watch the live count "23 / 25", and confirm once. A class booked for
another day says so in amber and needs a second, explicit confirmation. At departure only those inside can be
ticked; the unticked are the missing: they stay inside, and the done page says so in amber. Each direction
keeps its own unticks when staff switch back and forth. While the class is inside, a member who is not can be
tapped "Arrivée ?" alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QTimer

from kiosk.domain.checkin import ScanOutcome
from kiosk.domain.class_visits import (
    ClassMovement,
    Presence,
    presence_today,
    short_name,
)
from kiosk.domain.clock import utc_now
from kiosk.domain.dates import long_date
from kiosk.domain.kinds import Direction, PersonKind, ScanResult
from kiosk.domain.offline_classes import class_checkin, class_checkout, class_roster
from kiosk.domain.views import GroupView, PersonView
from kiosk.ui.context import KioskContext
from kiosk.ui.i18n import current_language
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
        self.ticks: dict[Direction, set[int]] = {}  # each direction's ticks, kept while staff switch
        self.armed = False  # the second confirmation of a class booked another day
        self.movement: ClassMovement | None = None  # what the done page tells
        self.home_timer = QTimer(self, singleShot=True, interval=DONE_HOME_MS)
        self.home_timer.timeout.connect(self._home)
        view.table.clicked.connect(self.tapped)
        view.arrival.clicked.connect(lambda: self.set_direction(Direction.IN))
        view.departure.clicked.connect(lambda: self.set_direction(Direction.OUT))
        view.all_present.clicked.connect(self.tick_all)
        view.cancel.clicked.connect(self._home)
        view.done.home.clicked.connect(self._home)
        view.confirm.clicked.connect(self.confirm)
        view.retranslated.connect(self._retranslated)

    # ---- opening ---------------------------------------------------------------------------------------
    def open(self, payload: GroupView) -> None:
        self.home_timer.stop()
        self.group, self.armed, self.busy = payload, False, False
        self.ticks, self.movement = {}, None
        self.model.set_people([], {})
        self.view.pages.setCurrentIndex(0)
        self.refresh()
        station, group_id = self.context.station, payload.id
        self.run(lambda: class_roster(station, group_id), self._loaded)  # from the station's copy when offline

    def leave(self) -> None:
        self.home_timer.stop()

    def _loaded(self, people: list[PersonView]) -> None:
        start = self.context.desk.today(utc_now())[1]
        self.model.set_people(people, {p.id: presence_today(p, start) for p in people})
        class_inside = bool(self.model.ids_with(Presence.INSIDE))
        self.ticks = {}
        self._show(Direction.OUT if self.context.settings.direction is Direction.OUT or class_inside
                   else Direction.IN)

    # ---- behaviour -------------------------------------------------------------------------------------
    def set_direction(self, direction: Direction) -> None:
        """The arrival/departure switch: each direction keeps its own ticks, so switching back loses none."""
        self.ticks[self.direction] = set(self.model.ticked)
        self._show(direction)

    def _show(self, direction: Direction) -> None:
        self.direction, self.armed = direction, False
        inside = self.model.ids_with(Presence.INSIDE)
        self.model.set_mode(departure=direction is Direction.OUT,
                            late_allowed=direction is Direction.IN and bool(inside))  # "Arrivée ?" once inside
        default = inside if direction is Direction.OUT or inside else {p.id for p in self.model.people}
        self.model.set_ticked(self.ticks.get(direction, default))
        self.refresh()

    def tapped(self, index: QModelIndex) -> None:
        self._touched()
        if self.busy or not index.isValid():
            return
        if index.column() == STATUS and self.model.can_arrive_late(index.row()):
            self.arrive_late(index.row())
            return
        if self.model.toggle(index.row()):
            self.armed = False
            self.refresh()

    def tick_all(self) -> None:
        self._touched()
        self.model.tick_all()
        self.refresh()

    def arrive_late(self, row: int) -> None:
        """One late member checked in alone, as if their badge had been scanned (the class is inside)."""
        person, station = self.model.person(row), self.context.station
        self.run(lambda: station.scan(person.code, Direction.IN, override_day=True), self._late_done)

    def _late_done(self, outcome: ScanOutcome) -> None:
        if outcome.person is not None and outcome.result in (ScanResult.CHECKED_IN, ScanResult.RE_ENTERED,
                                                             ScanResult.ALREADY_IN):
            self.model.mark_inside(outcome.person)
            self.ticks.get(Direction.OUT, set()).add(outcome.person.id)  # leaves with the class, like the others
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
        station, group, unticked = self.context.station, self.group, self.model.unticked_ids()
        shown = list(self.model.people)  # offline, the class as loaded (it may be newer than the station's copy)
        if self.direction is Direction.OUT:
            count = self.model.ticked_count()
            self._run(lambda: class_checkout(station, group, unticked, head_count=count, shown=shown))
            return
        if self.wrong_day() is not None and not self.armed:
            self.armed = True
            self.refresh()
            return
        override = self.armed
        self._run(lambda: class_checkin(station, group, unticked, override_day=override, shown=shown))

    def _run(self, work: Callable[[], ClassMovement]) -> None:
        self.run(work, self._moved)

    def show_busy(self, busy: bool) -> None:
        self.refresh()

    def _moved(self, movement: ClassMovement) -> None:
        if movement.wrong_day is not None:
            self.armed = True
            self.refresh()
            return
        self.model.mark_still_inside(p.id for p in movement.still_inside)
        self.movement = movement
        self._show_done()
        if movement.direction is Direction.IN or not movement.still_inside:
            self.home_timer.start()
        self.view.pages.setCurrentIndex(1)

    def _retranslated(self) -> None:
        self.refresh()
        if self.view.pages.currentIndex() == 1:
            self._show_done()

    def _show_done(self) -> None:
        if self.movement is None:
            return
        if self.movement.direction is Direction.IN:
            self._arrived(self.movement)
        else:
            self._left(self.movement)

    def _arrived(self, movement: ClassMovement) -> None:
        restyle(self.view.done.title, "tone", "")
        self.view.done.title.setText(self.tr("%n entrée(s) enregistrée(s)", "", len(movement.moved)))
        details = [self.tr("Déjà sur place : %1").replace("%1", str(len(movement.unchanged)))
                   ] if movement.unchanged else []
        if movement.left_aside:
            details.append(self.tr("Absences : %1").replace("%1", ", ".join(p.full_name for p in movement.left_aside)))
        if movement.offline:
            details.append(self.tr("Hors ligne : la base confirmera à son retour."))
        self.view.done.details.setText("\n".join(details))

    def _left(self, movement: ClassMovement) -> None:
        """All out: green. Someone still inside: amber, and who it is comes first."""
        missing, view = movement.still_inside, self.view
        recorded = self.tr("%n sortie(s) enregistrée(s)", "", len(movement.moved))
        counted = self.tr("Comptage au départ : %1").replace("%1", str(movement.head_count))
        if movement.offline:
            counted += "\n" + self.tr("Hors ligne : la base confirmera à son retour.")
        restyle(view.done.title, "tone", "amber" if missing else "")
        if not missing:
            view.done.title.setText(recorded)
            view.done.details.setText(counted)
            return
        names = ", ".join(short_name(p) for p in missing)
        headline = (self.tr("%n élève(s) encore à l'intérieur : %1", "", len(missing))
                    if all(p.kind is PersonKind.PUPIL for p in missing)
                    else self.tr("%n personne(s) encore à l'intérieur : %1", "", len(missing)))
        view.done.title.setText(headline.replace("%1", names))
        view.done.details.setText(f"{recorded} · {counted}")

    def refresh(self) -> None:
        """Every text that depends on the state: header, count, banner, the confirm button."""
        view, group = self.view, self.group
        if group is not None:
            view.title.setText(f"{group.school} — {group.label}")
            parts = [group.city] if group.city else []
            if group.teacher_name:
                parts.append(self.tr("Responsable : %1").replace("%1", group.teacher_name))
            if group.teacher_phone:
                parts.append(group.teacher_phone)
            view.details.setText(" · ".join(parts))
        view.count.setText(f"{self.model.ticked_count()} / {self.model.countable()}")
        view.arrival.setChecked(self.direction is Direction.IN)
        view.departure.setChecked(self.direction is Direction.OUT)
        booked = self.wrong_day()
        show_banner = booked is not None and self.direction is Direction.IN
        view.wrong_day.setVisible(show_banner)
        if booked is not None:
            view.wrong_day.setText(self.tr("Attention : cette classe est attendue le %1, pas aujourd'hui.")
                                   .replace("%1", long_date(booked, current_language())))
        if self.direction is Direction.IN:
            view.hint.setText(self.tr("Touchez une ligne pour décocher une personne absente."))
            ticked = self.model.ticked_count()
            text = (self.tr("Confirmer quand même l'entrée aujourd'hui") if self.armed
                    else self.tr("Confirmer l'entrée de %n personne(s)", "", ticked))
        else:
            view.hint.setText(self.tr("Décochez qui manque : ces personnes restent comptées à l'intérieur."))
            text = self.tr("Confirmer la sortie de %n personne(s)", "", self.model.ticked_count())
        view.confirm.setText(text)
        restyle(view.confirm, "armed", self.armed)
        view.confirm.setEnabled(not self.busy and group is not None)

    def _touched(self) -> None:
        self.nav.keep_awake()

    def _home(self) -> None:
        """Done or cancelled: back to what the class code interrupted (home, or a form being typed)."""
        self.home_timer.stop()
        self.nav.resume()
