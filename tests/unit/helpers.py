"""Small builders shared by the domain tests: classes with pupils, visitors, scan rows, statement counting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import event, func, select

from kiosk.domain.database import Database
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.models import Base, Scan
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person
from kiosk.domain.views import GroupView, PersonView

FIRST_NAMES = ("Léa", "Hugo", "Chloé", "Lucas", "Inès", "Nathan", "Manon", "Yanis", "Camille", "Adam",
               "Jade", "Noah", "Zoé", "Rayan", "Louise", "Théo", "Sarah", "Enzo", "Lina", "Mathis")
LAST_NAMES = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
              "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
              "Vincent", "Fournier")

# What a scanner set to US QWERTY shows on a French AZERTY computer, for the characters of a code.
QWERTY_ON_AZERTY = str.maketrans({"A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?", "1": "&", "2": "é",
                                  "3": '"', "4": "'", "5": "(", "6": "-", "7": "è", "8": "_", "9": "ç",
                                  "0": "à"})


def school(name: str = "Collège Jean Moulin", postcode: str = "75011", city: str = "Paris") -> SchoolInput:
    return SchoolInput(name, city=city, postcode=postcode)


def make_group(db: Database, label: str = "4e B", *, day: dt.date | None = None,
               school_input: SchoolInput | None = None, teacher: str = "Mme Durand") -> GroupView:
    return add_group(db, GroupInput(school_input or school(), label, day=day, teacher_name=teacher,
                                    teacher_phone="06 12 34 56 78"))


def make_class(db: Database, pupils: int, *, label: str = "4e B", day: dt.date | None = None,
               school_input: SchoolInput | None = None,
               teacher: bool = True) -> tuple[GroupView, list[PersonView], PersonView | None]:
    """A class booked on `day` with `pupils` pupils of distinct names and, by default, one teacher."""
    group = make_group(db, label, day=day, school_input=school_input)
    members = [add_person(db, PersonKind.PUPIL, FIRST_NAMES[i % 20], f"{LAST_NAMES[i % 20]}{'' if i < 20 else i}",
                          group_id=group.id) for i in range(pupils)]
    lead = add_person(db, PersonKind.TEACHER, "Claire", "Durand", group_id=group.id) if teacher else None
    return group, members, lead


def make_visitor(db: Database, first: str = "Paul", last: str = "Visiteur",
                 category: VisitorCategory = VisitorCategory.GENERAL_PUBLIC, organisation: str = "") -> PersonView:
    return add_person(db, PersonKind.VISITOR, first, last, category=category, organisation=organisation)


def scans(db: Database) -> list[Scan]:
    with db.transaction(write=False) as session:
        return list(session.scalars(select(Scan).order_by(Scan.id)))


def count_rows(db: Database, model: type[Base]) -> int:
    with db.transaction(write=False) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    """Every SQL statement sent to the database while the block runs."""
    seen: list[str] = []

    def listener(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)


@contextmanager
def commits(db: Database) -> Iterator[list[int]]:
    """One entry per transaction committed while the block runs."""
    seen: list[int] = []

    def listener(_conn: Any) -> None:
        seen.append(1)

    event.listen(db.engine, "commit", listener)
    try:
        yield seen
    finally:
        event.remove(db.engine, "commit", listener)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A local (Paris) time on an event day."""
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ZoneInfo("Europe/Paris"))
