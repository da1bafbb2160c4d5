"""Plain, read-only pictures of people and classes that services hand to the screens, the CLI and PDFs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import Session

from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.models import Group, Person, School, TimeSlot
from kiosk.domain.text import fold


@dataclass(frozen=True)
class PersonView:
    id: int
    kind: PersonKind
    first_name: str
    last_name: str
    group_id: int | None
    category: VisitorCategory | None
    organisation: str
    postcode: str
    code: str
    on_site: bool
    entered_at: dt.datetime | None
    left_at: dt.datetime | None
    class_label: str
    school: str
    day: dt.date | None
    duplicate: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "first_name": self.first_name, "last_name": self.last_name,
                "kind": self.kind.value, "group_id": self.group_id, "code": self.code,
                "category": self.category.value if self.category else None,
                "organisation": self.organisation, "postcode": self.postcode, "class": self.class_label,
                "school": self.school, "day": self.day.isoformat() if self.day else None,
                "on_site": self.on_site,
                "entered_at": self.entered_at.isoformat() if self.entered_at else None,
                "duplicate": self.duplicate}


@dataclass(frozen=True)
class GroupView:
    id: int
    school: str
    city: str
    postcode: str
    label: str
    level: str
    day: dt.date | None
    slot: str
    teacher_name: str
    teacher_phone: str
    expected: int | None
    notes: str
    code: str
    registered: int

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "school": self.school, "city": self.city, "postcode": self.postcode,
                "class": self.label, "level": self.level, "day": self.day.isoformat() if self.day else None,
                "slot": self.slot, "teacher": self.teacher_name, "phone": self.teacher_phone,
                "expected": self.expected, "registered": self.registered, "code": self.code}


_PERSON = Person.__table__.c
_GROUP = Group.__table__.c
_SCHOOL = School.__table__.c
_PERSON_FROM = (Person.__table__.outerjoin(Group.__table__, _PERSON.group_id == _GROUP.id)
                .outerjoin(School.__table__, _GROUP.school_id == _SCHOOL.id))


def person_query() -> Select[*tuple[Any, ...]]:
    """The columns of a PersonView, as plain table columns: no ORM objects are built for lists and scans."""
    return select(_PERSON.id, _PERSON.kind, _PERSON.first_name, _PERSON.last_name, _PERSON.group_id,
                  _PERSON.category, _PERSON.organisation, _PERSON.postcode, _PERSON.code, _PERSON.on_site,
                  _PERSON.entered_at, _PERSON.left_at, _GROUP.label, _SCHOOL.name, _GROUP.day).select_from(_PERSON_FROM)


def person_views(executor: Session | Connection, query: Select[*tuple[Any, ...]],
                 params: dict[str, Any] | None = None) -> list[PersonView]:
    """Run a `person_query()` (possibly filtered) and picture its rows."""
    return [person_view(row) for row in executor.execute(query, params)]


def person_view(row: Sequence[Any]) -> PersonView:
    (person_id, kind, first_name, last_name, group_id, category, organisation, postcode, code, on_site,
     entered_at, left_at, label, school, day) = row
    return PersonView(person_id, kind, first_name, last_name, group_id, category, organisation, postcode, code,
                      on_site, entered_at, left_at, label or "", school or "", day)


def flag_duplicates(people: list[PersonView]) -> list[PersonView]:
    """Mark people of one class who share a first and last name: flagged for staff, never merged."""
    seen: dict[tuple[int | None, str, str], int] = {}
    for person in people:
        key = (person.group_id, fold(person.first_name), fold(person.last_name))
        seen[key] = seen.get(key, 0) + 1
    return [replace(p, duplicate=p.group_id is not None
                    and seen[(p.group_id, fold(p.first_name), fold(p.last_name))] > 1)
            for p in people]


def group_query() -> Select[*tuple[Any, ...]]:
    registered = (select(func.count(Person.id)).where(Person.group_id == Group.id)
                  .correlate(Group).scalar_subquery())
    return (select(Group, School, TimeSlot, registered).join(School, Group.school_id == School.id)
            .outerjoin(TimeSlot, Group.slot_id == TimeSlot.id))


def group_views(session: Session, query: Select[*tuple[Any, ...]]) -> list[GroupView]:
    return [GroupView(g.id, school.name, school.city, school.postcode, g.label, g.level, g.day,
                      f"{slot.starts:%H:%M}–{slot.ends:%H:%M}" if slot else "", g.teacher_name,
                      g.teacher_phone, g.expected, g.notes, g.code, count)
            for g, school, slot, count in session.execute(query)]
