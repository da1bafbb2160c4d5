"""Who is on site right now: by class (with the teacher's phone), then visitors by category.

This is the evacuation list, so it reads the presence columns the scan path writes, not a replay of
the scan log: what a kiosk showed green is what this list shows. A class still inside after its time slot
has ended is flagged (`OnSite.overdue`): someone may have been left behind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.clock import day_start, local_day, utc_now, zone
from kiosk.domain.database import Database
from kiosk.domain.events import get_event
from kiosk.domain.kinds import ROLE_ORDER, VisitorCategory
from kiosk.domain.models import EventDay, Group, Person, TimeSlot
from kiosk.domain.text import fold
from kiosk.domain.views import GroupView, PersonView, group_query, group_views, person_query, person_views


@dataclass(frozen=True)
class ClassOnSite:
    group: GroupView
    people: list[PersonView]
    slot_end: dt.datetime | None = None  # when its time slot ends (UTC); None for a class without a slot


@dataclass(frozen=True)
class OnSite:
    at: dt.datetime
    classes: list[ClassOnSite] = field(default_factory=list)
    visitors: dict[VisitorCategory, list[PersonView]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(len(c.people) for c in self.classes) + sum(len(v) for v in self.visitors.values())

    @property
    def overdue(self) -> list[ClassOnSite]:
        """Classes with someone still inside after their slot's end: the dashboard flags them."""
        return [c for c in self.classes if c.slot_end is not None and c.slot_end <= self.at]


def on_site_now(db: Database, now: dt.datetime | None = None) -> OnSite:
    now = now or utc_now()
    zone_name = get_event(db).timezone
    start = day_start(local_day(now, zone_name), zone_name)
    query = (person_query().where(Person.on_site.is_(True), Person.entered_at >= start)
             .order_by(func.lower(Person.last_name), func.lower(Person.first_name), Person.id))
    with db.transaction(write=False) as session:
        people = person_views(session, query)
        group_ids = sorted({p.group_id for p in people if p.group_id is not None})
        groups = group_views(session, group_query().where(Group.id.in_(group_ids))) if group_ids else []
        ends = _slot_ends(session, group_ids, zone_name)
    by_group: dict[int, list[PersonView]] = {}
    visitors: dict[VisitorCategory, list[PersonView]] = {}
    for person in people:
        if person.group_id is not None:
            by_group.setdefault(person.group_id, []).append(person)
        else:
            visitors.setdefault(person.category or VisitorCategory.GENERAL_PUBLIC, []).append(person)
    groups.sort(key=lambda g: (fold(g.school), fold(g.label), g.id))
    ordered = {c: visitors[c] for c in VisitorCategory if c in visitors}
    return OnSite(now, [ClassOnSite(g, _teachers_first(by_group[g.id]), ends.get(g.id)) for g in groups], ordered)


def _slot_ends(session: Session, group_ids: list[int], zone_name: str) -> dict[int, dt.datetime]:
    """Each class's slot end as a UTC instant (the slot's day and end time in the event's zone)."""
    if not group_ids:
        return {}
    rows = session.execute(select(Group.id, EventDay.date, TimeSlot.ends)
                           .join(TimeSlot, Group.slot_id == TimeSlot.id).join(EventDay, TimeSlot.day_id == EventDay.id)
                           .where(Group.id.in_(group_ids)))
    return {group_id: dt.datetime.combine(day, ends, tzinfo=zone(zone_name)).astimezone(dt.UTC)
            for group_id, day, ends in rows}


def _teachers_first(people: list[PersonView]) -> list[PersonView]:
    """Teachers, then companions, then pupils: the teacher's name is what staff look for first."""
    return sorted(people, key=lambda p: (ROLE_ORDER[p.kind], fold(p.last_name), fold(p.first_name), p.id))
