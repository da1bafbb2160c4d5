"""A class arriving or leaving together: the teacher's roster check-in and the head count at departure.

Each is one transaction: everyone ticked moves at once, or nobody does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.checkin import ScanDesk, move_people
from kiosk.domain.clock import utc_now
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import Direction
from kiosk.domain.lookup import class_not_found
from kiosk.domain.models import Group, Person
from kiosk.domain.views import GroupView, PersonView, group_query, group_views, person_query, person_views


class Presence(Enum):
    """Where a class member stands today: the roster shows the three apart at departure."""

    NOT_COME = "not-come"
    INSIDE = "inside"
    LEFT = "left"


def presence_today(person: PersonView, start: dt.datetime) -> Presence:
    """`start` is the instant today began (ScanDesk.today): an entry before it belongs to another day."""
    if person.entered_at is None or person.entered_at < start:
        return Presence.NOT_COME
    return Presence.INSIDE if person.on_site else Presence.LEFT


def short_name(person: PersonView) -> str:
    """"Kevin C.": enough for a teacher to know whom to look for, on a screen others may see."""
    initial = person.last_name.strip()[:1].upper()
    return f"{person.first_name} {initial}." if initial else person.first_name


@dataclass(frozen=True)
class ClassMovement:
    """What happened to each member of a class; `moved` are those who came in (or went out) now."""

    group: GroupView
    direction: Direction
    moved: list[PersonView] = field(default_factory=list)
    unchanged: list[PersonView] = field(default_factory=list)
    left_aside: list[PersonView] = field(default_factory=list)
    still_inside: list[PersonView] = field(default_factory=list)
    wrong_day: dt.date | None = None
    head_count: int | None = None
    offline: bool = False  # done at the station alone (the database was away): the journal replays it

    @property
    def head_count_matches(self) -> bool | None:
        return None if self.head_count is None else self.head_count == len(self.moved)


def checkin_class(desk: ScanDesk, group_id: int, absent: Iterable[int] = (), *, now: dt.datetime | None = None,
                  override_day: bool = False, answer_within: float | None = None) -> ClassMovement:
    """Check in every member of the class except `absent`; those already inside stay as they are.
    `answer_within` (seconds): give up rather than commit later (a station answering offline meanwhile)."""
    now = now or utc_now()
    today, start = desk.today(now)
    with desk.db.transaction(answer_within=answer_within) as session:
        group, members = _class_and_members(session, group_id)
        left_aside = validated_absent(members, absent)
        if group.day is not None and group.day != today and not override_day:
            return ClassMovement(group, Direction.IN, left_aside=members, wrong_day=group.day)
        targets = [m for m in members if m.id not in left_aside]
        moved_ids = move_people(session, [m.id for m in targets], start, inside=True, at=now)
        moved = [m for m in targets if m.id in moved_ids]
        desk.record_moves(session, moved, Direction.IN, start, now)
        return ClassMovement(group, Direction.IN,
                             moved=[replace(m, on_site=True, entered_at=now) for m in moved],
                             unchanged=[m for m in targets if m.id not in moved_ids],
                             left_aside=[m for m in members if m.id in left_aside])


def checkout_class(desk: ScanDesk, group_id: int, missing: Iterable[int] = (), *, head_count: int | None = None,
                   now: dt.datetime | None = None, answer_within: float | None = None) -> ClassMovement:
    """Check out everyone of the class who is inside, except `missing`, who stay inside and are listed."""
    now = now or utc_now()
    _, start = desk.today(now)
    with desk.db.transaction(answer_within=answer_within) as session:
        group, members = _class_and_members(session, group_id)
        left_aside = validated_absent(members, missing)
        targets = [m for m in members if m.id not in left_aside]
        moved_ids = move_people(session, [m.id for m in targets], start, inside=False, at=now)
        moved = [m for m in targets if m.id in moved_ids]
        desk.record_moves(session, moved, Direction.OUT, start, now)
        inside_ids = set(session.scalars(select(Person.id).where(
            Person.group_id == group_id, Person.on_site.is_(True), Person.entered_at >= start)))
        return ClassMovement(group, Direction.OUT,
                             moved=[replace(m, on_site=False, left_at=now) for m in moved],
                             unchanged=[m for m in targets if m.id not in moved_ids],
                             left_aside=[m for m in members if m.id in left_aside],
                             still_inside=[m for m in members if m.id in inside_ids], head_count=head_count)


def _class_and_members(session: Session, group_id: int) -> tuple[GroupView, list[PersonView]]:
    found = group_views(session, group_query().where(Group.id == group_id))
    if not found:
        raise class_not_found(group_id)
    members = person_views(session, person_query().where(Person.group_id == group_id)
                           .order_by(func.lower(Person.last_name), func.lower(Person.first_name), Person.id))
    return found[0], members


def validated_absent(members: list[PersonView], chosen: Iterable[int]) -> set[int]:
    ids = set(chosen)
    strangers = ids - {m.id for m in members}
    if strangers:
        listed = ", ".join(str(i) for i in sorted(strangers))
        raise KioskError(f"Pas dans cette classe : n° {listed}. Vérifiez les numéros.",
                         f"Not in this class: #{listed}. Check the numbers.")
    return ids
