"""Who gets a badge, as plain data for the badge documents: one person, a class, a day's classes or everyone.

A day means the classes booked that day, pupils and their adults: visitors have no day (their badge is good
for the whole event), so they come with `everyone` or one by one. Badges come sorted as they are handed
out: class by class (school, class, then last and first name), then visitors by category and name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from kiosk.domain.database import Database
from kiosk.domain.dates import long_date
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.events import check_event_day
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.lookup import class_not_found, no_event, person_not_found
from kiosk.domain.models import Event, EventDay, Group, Person, School
from kiosk.domain.text import fold

_CATEGORY_ORDER = {category: rank for rank, category in enumerate(VisitorCategory)}


@dataclass(frozen=True)
class BadgeData:
    """What one badge prints. `days` is the class's day, or every day of the event for a visitor."""

    first_name: str
    last_name: str
    organisation: str
    class_label: str
    kind: PersonKind
    category: VisitorCategory | None
    code: str
    event_name: str
    days: tuple[dt.date, ...]
    teacher_phone: str = ""
    """The class's lead teacher's phone, for a minor's badge to show in an emergency (a design option)."""

    def when(self, lang: str = "fr") -> str:
        """The day written out, or the event's dates ("du 24 au 27 novembre 2026")."""
        return dates_text(self.days, lang)


def dates_text(days: tuple[dt.date, ...], lang: str = "fr") -> str:
    """One day in full; several as a range, without weekdays so that it fits on a badge."""
    if not days:
        return ""
    first, last = min(days), max(days)
    if first == last:
        return long_date(first, lang)
    end = _without_weekday(last, lang)
    start = _without_weekday(first, lang).split(" ")
    if (first.year, first.month) == (last.year, last.month):
        start = start[:1]
    elif first.year == last.year:
        start = start[:2]
    begin = " ".join(start)
    return Msg(f"du {begin} au {end}", f"{begin} to {end}").text(lang)


def _without_weekday(day: dt.date, lang: str) -> str:
    return long_date(day, lang).split(" ", 1)[1]


def badges_for(db: Database, *, person_id: int | None = None, group_id: int | None = None,
               day: dt.date | None = None, everyone: bool = False) -> list[BadgeData]:
    """The badges of exactly one selection, sorted for handing out; one read transaction, one people query."""
    chosen = [person_id is not None, group_id is not None, day is not None, everyone]
    if sum(chosen) != 1:
        raise KioskError("Choisissez une seule sélection : une personne, une classe, un jour ou tout le monde.",
                         "Choose exactly one selection: a person, a class, a day or everyone.")
    with db.transaction(write=False) as session:
        event_name, event_days = _event(session)
        query = _people_query()
        if person_id is not None:
            query = query.where(Person.id == person_id)
        elif group_id is not None:
            _check_group(session, group_id)
            query = query.where(Person.group_id == group_id)
        elif day is not None:
            query = query.where(Group.day == check_event_day(event_days, day))
        rows = list(session.execute(query))
    if person_id is not None and not rows:
        raise person_not_found(person_id)
    rows.sort(key=_handing_out_order)
    return [_badge(row, event_name, event_days) for row in rows]


def _event(session: Session) -> tuple[str, tuple[dt.date, ...]]:
    name = session.scalar(select(Event.name).limit(1))
    if name is None:
        raise no_event()
    return name, tuple(session.scalars(select(EventDay.date).order_by(EventDay.date)))


def _check_group(session: Session, group_id: int) -> None:
    if session.scalar(select(Group.id).where(Group.id == group_id)) is None:
        raise class_not_found(group_id)


def _people_query() -> Select[*tuple[Any, ...]]:
    return (select(Person.first_name, Person.last_name, Person.organisation, Person.kind, Person.category,
                   Person.code, Group.id, Group.label, Group.day, School.name, Group.teacher_phone)
            .select_from(Person)
            .outerjoin(Group, Person.group_id == Group.id)
            .outerjoin(School, Group.school_id == School.id))


def _badge(row: Any, event_name: str, event_days: tuple[dt.date, ...]) -> BadgeData:
    first, last, organisation, kind, category, code, group_id, label, day, school, phone = row
    if group_id is None:
        return BadgeData(first, last, organisation, "", kind, category, code, event_name, event_days)
    return BadgeData(first, last, school or "", label or "", kind, None, code, event_name,
                     (day,) if day else event_days, phone or "")


def _handing_out_order(row: Any) -> tuple[Any, ...]:
    """Class by class (school, class, class number), then visitors by category; by name within each."""
    first, last, _organisation, _kind, category, code, group_id, label, _day, school, _phone = row
    name = (fold(last), fold(first), code)
    if group_id is not None:
        return (0, fold(school or ""), fold(label or ""), group_id, *name)
    return (1, _CATEGORY_ORDER[category or VisitorCategory.GENERAL_PUBLIC], "", 0, *name)
