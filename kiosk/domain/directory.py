"""Reading who is registered: classes, their rosters, people by id or code."""

from __future__ import annotations

import datetime as dt

from kiosk.domain.codes import CodeKind, parse_code
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.domain.events import get_event
from kiosk.domain.kinds import ROLE_ORDER
from kiosk.domain.lookup import class_not_found, person_not_found
from kiosk.domain.models import Group, Person, School
from kiosk.domain.text import fold
from kiosk.domain.views import GroupView, PersonView, flag_duplicates, group_query, group_views, person_query
from kiosk.domain.views import person_views as _person_views

MAX_LIST = 100_000


def list_groups(db: Database, day: dt.date | None = None) -> list[GroupView]:
    query = group_query().order_by(Group.day, School.name, Group.label, Group.id)
    if day is not None:
        query = query.where(Group.day == day)
    with db.transaction(write=False) as session:
        return group_views(session, query)


def get_group(db: Database, group_id: int) -> GroupView:
    with db.transaction(write=False) as session:
        found = group_views(session, group_query().where(Group.id == group_id))
    if not found:
        raise class_not_found(group_id)
    return found[0]


def find_group(db: Database, reference: str) -> GroupView:
    """A class by its number or by its group code (as typed, or as read from the attendance sheet)."""
    reference = reference.strip()
    if reference.isdigit():
        return get_group(db, int(reference))
    parsed = parse_code(reference, get_event(db).secret)
    if parsed is None or parsed.kind is not CodeKind.GROUP:
        raise KioskError(f"« {reference[:40]} » n'est ni un numéro ni un code de classe.",
                         f"'{reference[:40]}' is neither a class number nor a class code.")
    with db.transaction(write=False) as session:
        found = group_views(session, group_query().where(Group.code == parsed.text))
    if not found:
        raise KioskError("Ce code de classe n'est pas inscrit dans cette base.",
                         "This class code is not registered in this database.")
    return found[0]


def roster(db: Database, group_id: int) -> list[PersonView]:
    """The members of a class, teachers first, then by last and first name; namesakes flagged."""
    get_group(db, group_id)
    query = person_query().where(Person.group_id == group_id)
    with db.transaction(write=False) as session:
        people = _person_views(session, query)
    people.sort(key=lambda p: (ROLE_ORDER[p.kind], fold(p.last_name), fold(p.first_name), p.id))
    return flag_duplicates(people)


def list_people(db: Database, group_id: int | None = None, limit: int = MAX_LIST) -> list[PersonView]:
    if group_id is not None:
        return roster(db, group_id)
    query = person_query().order_by(Person.last_name, Person.first_name, Person.id).limit(limit)
    with db.transaction(write=False) as session:
        return flag_duplicates(_person_views(session, query))


def get_person(db: Database, person_id: int) -> PersonView:
    with db.transaction(write=False) as session:
        found = _person_views(session, person_query().where(Person.id == person_id))
    if not found:
        raise person_not_found(person_id)
    return found[0]


def person_by_code(db: Database, code: str) -> PersonView | None:
    with db.transaction(write=False) as session:
        found = _person_views(session, person_query().where(Person.code == code))
    return found[0] if found else None

