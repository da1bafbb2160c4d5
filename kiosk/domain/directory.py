"""Reading who is registered: classes, their rosters, people by id or code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session

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
View = TypeVar("View", GroupView, PersonView)


def list_groups(db: Database, day: dt.date | None = None) -> list[GroupView]:
    query = group_query().order_by(Group.day, School.name, Group.label, Group.id)
    if day is not None:
        query = query.where(Group.day == day)
    with db.transaction(write=False) as session:
        return group_views(session, query)


def _first(db: Database, views: Callable[[Session, Select[Any]], list[View]], query: Select[Any]) -> View | None:
    """The first of what `query` finds, pictured by `views` in a read-only transaction; None if nothing."""
    with db.transaction(write=False) as session:
        found = views(session, query)
    return found[0] if found else None


def get_group(db: Database, group_id: int) -> GroupView:
    found = _first(db, group_views, group_query().where(Group.id == group_id))
    if found is None:
        raise class_not_found(group_id)
    return found


def find_group(db: Database, reference: str) -> GroupView:
    """A class by its number or by its group code (as typed, or as read from the attendance sheet)."""
    reference = reference.strip()
    if reference.isdigit():
        return get_group(db, int(reference))
    parsed = parse_code(reference, get_event(db).secret)
    if parsed is None or parsed.kind is not CodeKind.GROUP:
        raise KioskError(f"« {reference[:40]} » n'est ni un numéro ni un code de classe.",
                         f"'{reference[:40]}' is neither a class number nor a class code.")
    found = _first(db, group_views, group_query().where(Group.code == parsed.text))
    if found is None:
        raise KioskError("Ce code de classe n'est pas inscrit dans cette base.",
                         "This class code is not registered in this database.")
    return found


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
    found = _first(db, _person_views, person_query().where(Person.id == person_id))
    if found is None:
        raise person_not_found(person_id)
    return found


def person_by_code(db: Database, code: str) -> PersonView | None:
    return _first(db, _person_views, person_query().where(Person.code == code))

