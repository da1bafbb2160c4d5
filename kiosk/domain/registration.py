"""Registering people: schools, classes with their roster, walk-in visitors; fixing, moving, removing.

Every change is one transaction that also writes the audit row and the person's search terms.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain import audit
from kiosk.domain.clock import utc_now
from kiosk.domain.codes import CodeKind, new_code
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.domain.events import check_event_day
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.levels import level_of
from kiosk.domain.lookup import load_group, load_person, load_school_of, secret_of
from kiosk.domain.models import EventDay, Group, Person, School, TimeSlot
from kiosk.domain.new_people import PersonSpec, insert_people
from kiosk.domain.rosters.names import split_full_name
from kiosk.domain.search import person_index, reindex_people
from kiosk.domain.text import clean_name, clean_postcode, clean_text, fold
from kiosk.domain.views import GroupView, PersonView, group_query, group_views, person_query, person_views

_CIVILITY = re.compile(r"^(?:mme|mlle|m|mr|mrs|ms|madame|monsieur|mademoiselle)\.?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class SchoolInput:
    name: str
    city: str = ""
    postcode: str = ""
    uai: str | None = None


@dataclass(frozen=True)
class GroupInput:
    school: SchoolInput
    label: str
    day: dt.date | None = None
    slot_id: int | None = None
    teacher_name: str = ""
    teacher_phone: str = ""
    expected: int | None = None
    notes: str = ""


def school_identity(school: SchoolInput) -> tuple[str, str, str]:
    """(clean name, folded name key, postcode): what tells one school from another, accents and case aside."""
    name = clean_name(school.name, field_fr="le nom de l'établissement", field_en="the school name")
    return name, fold(name)[:60], clean_postcode(school.postcode)


def find_school(session: Session, school: SchoolInput) -> School | None:
    """The school with this name and postcode, if it is registered."""
    _, key, postcode = school_identity(school)
    return session.scalars(select(School).where(School.name_key == key, School.postcode == postcode)).first()


def make_school(school: SchoolInput) -> School:
    """A new school, not yet in any session."""
    name, key, postcode = school_identity(school)
    uai = clean_text(school.uai or "").upper() or None
    return School(name=name, city=clean_name(school.city, field_fr="la ville", field_en="the city", required=False),
                  postcode=postcode, uai=uai, name_key=key)


def school_for(session: Session, school: SchoolInput) -> School:
    """The school with this name and postcode, created on first use."""
    found = find_school(session, school)
    if found is None:
        found = make_school(school)
        session.add(found)
        session.flush()
    return found


def new_group(session: Session, data: GroupInput, actor: str) -> Group:
    """Create a class in an open transaction (shared by the form, the CLI and roster imports)."""
    return new_groups(session, [data], actor)[0]


def new_groups(session: Session, inputs: Sequence[GroupInput], actor: str) -> list[Group]:
    """Create classes in an open transaction, checked as one and written in one flush."""
    check_days_and_slots(session, inputs)
    schools = {school: school_for(session, school) for school in dict.fromkeys(data.school for data in inputs)}
    secret = secret_of(session)
    return add_groups(session, [make_group(data, schools[data.school], secret) for data in inputs], actor)


def add_groups(session: Session, groups: list[Group], actor: str) -> list[Group]:
    """Write classes made by `make_group` (and their new school, if any), with their audit rows."""
    session.add_all(groups)
    session.flush()
    for group in groups:
        audit.record(session, actor, "create", "group", group.id)
    return groups


def check_days_and_slots(session: Session, inputs: Sequence[GroupInput]) -> None:
    """Classes come on a day of the event, in a time slot that exists."""
    days = {data.day for data in inputs if data.day is not None}
    if days:
        event_days = tuple(session.scalars(select(EventDay.date).order_by(EventDay.date)))
        for day in sorted(days):
            check_event_day(event_days, day)
    for slot_id in sorted({data.slot_id for data in inputs if data.slot_id is not None}):
        if session.get(TimeSlot, slot_id) is None:
            raise KioskError(f"Créneau {slot_id} introuvable.", f"Time slot {slot_id} not found.")


def make_group(data: GroupInput, school: School, secret: bytes) -> Group:
    """A class checked, cleaned and given its signed code, not yet in any session."""
    label = clean_name(data.label, field_fr="la classe", field_en="the class")
    if data.expected is not None and not 0 <= data.expected <= 1000:
        raise KioskError("L'effectif attendu doit être entre 0 et 1000.", "The expected count must be 0 to 1000.")
    return Group(school=school, label=label, level=level_of(label), day=data.day, slot_id=data.slot_id,
                 teacher_name=clean_name(data.teacher_name, required=False),
                 teacher_phone=clean_text(data.teacher_phone)[:40], expected=data.expected,
                 notes=clean_text(data.notes)[:2000], code=new_code(CodeKind.GROUP, secret), created_at=utc_now())


def teacher_spec(teacher: str, group: Group) -> list[PersonSpec]:
    """A badge for the teacher named on a form or the command line, when both names can be told apart."""
    names = split_full_name(_CIVILITY.sub("", clean_text(teacher)), first_name_first=True)
    return [PersonSpec(PersonKind.TEACHER, names[0], names[1], group)] if names else []


def add_group(db: Database, data: GroupInput, actor: str = "") -> GroupView:
    """Register a class; its lead teacher gets a badge too when the name has a first and last name."""
    with db.transaction() as session:
        group = new_group(session, data, actor)
        insert_people(session, teacher_spec(data.teacher_name, group))
        return group_views(session, group_query().where(Group.id == group.id))[0]


def add_person(db: Database, kind: PersonKind, first_name: str, last_name: str, *, group_id: int | None = None,
               category: VisitorCategory | None = None, organisation: str = "", postcode: str = "",
               actor: str = "", code: str | None = None) -> PersonView:
    """Register a pupil, teacher or companion of a class, or a walk-in visitor (with a category). `code`: the
    badge code a station made for a walk-in it registered offline (a fresh one otherwise)."""
    with db.transaction() as session:
        group = load_group(session, group_id) if group_id is not None else None
        [person_id] = insert_people(session, [PersonSpec(kind, first_name, last_name, group, category,
                                                         organisation, postcode, code)])
        audit.record(session, actor, "create", "person", person_id)
        return person_views(session, person_query().where(Person.id == person_id))[0]


def edit_person(db: Database, person_id: int, *, first_name: str | None = None, last_name: str | None = None,
                organisation: str | None = None, postcode: str | None = None,
                category: VisitorCategory | None = None, actor: str = "") -> PersonView:
    """Fix a misspelt name or details; the badge code stays the same, so a printed badge still works."""
    with db.transaction() as session:
        person = load_person(session, person_id)
        changed: list[str] = []
        updates = {"first_name": None if first_name is None else clean_name(first_name, field_fr="le prénom",
                                                                            field_en="the first name"),
                   "last_name": None if last_name is None else clean_name(last_name, field_fr="le nom",
                                                                          field_en="the last name"),
                   "organisation": None if organisation is None else clean_name(organisation, required=False),
                   "postcode": None if postcode is None else clean_postcode(postcode),
                   "category": category if person.kind is PersonKind.VISITOR else None}
        for field, value in updates.items():
            if value is not None and getattr(person, field) != value:
                setattr(person, field, value)
                changed.append(field)
        if changed:
            session.flush()
            _reindex(session, person)
            audit.record(session, actor, "edit", "person", person.id, changed)
        return person_views(session, person_query().where(Person.id == person.id))[0]


def move_person(db: Database, person_id: int, group_id: int, actor: str = "") -> PersonView:
    """Put a pupil, teacher or companion into another class (a booking mistake, a split class)."""
    with db.transaction() as session:
        person = load_person(session, person_id)
        if person.kind is PersonKind.VISITOR:
            raise KioskError("Un visiteur individuel ne se range pas dans une classe.",
                             "An individual visitor cannot be put into a class.")
        person.group = load_group(session, group_id)
        session.flush()  # the view below is read back by a query: it must see the new class
        _reindex(session, person)
        audit.record(session, actor, "move", "person", person.id, ["group_id"])
        return person_views(session, person_query().where(Person.id == person.id))[0]


def remove_person(db: Database, person_id: int, actor: str = "") -> None:
    """Remove someone registered by mistake; refused while they are inside (we must know who is)."""
    with db.transaction() as session:
        person = load_person(session, person_id)
        if person.on_site:
            raise KioskError(f"{person.first_name} {person.last_name} est sur le site : enregistrez sa sortie "
                             "avant de le retirer.",
                             f"{person.first_name} {person.last_name} is on site: check them out before "
                             "removing them.")
        session.delete(person)
        audit.record(session, actor, "remove", "person", person_id)


def _reindex(session: Session, person: Person) -> None:
    school, label = load_school_of(session, person)
    reindex_people(session, [person_index(person.id, person.first_name, person.last_name, school, label,
                                          person.code)])
