"""New people: checked, cleaned, given a signed badge code and search terms, then written in bulk.

One path for the walk-in form, the command line, roster imports and the demo, so every person gets the same
checks; split in two (prepare, write) so that a large import prepares its rows before taking the write lock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from kiosk.domain.clock import utc_now
from kiosk.domain.codes import CodeKind, new_code
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import GROUP_KINDS, PersonKind, VisitorCategory
from kiosk.domain.lookup import secret_of
from kiosk.domain.models import Group, Person
from kiosk.domain.search import Indexed, person_index, reindex_people
from kiosk.domain.text import clean_name, clean_postcode


@dataclass(frozen=True)
class PersonSpec:
    """One person to register; names are cleaned and checked on the way in."""

    kind: PersonKind
    first_name: str
    last_name: str
    group: Group | None = None
    category: VisitorCategory | None = None
    organisation: str = ""
    postcode: str = ""
    code: str | None = None  # made at a station (a walk-in registered offline); else a fresh one


@dataclass(frozen=True)
class NewPerson:
    """A person checked, cleaned, given a badge code and search terms: everything but the write."""

    spec: PersonSpec
    row: dict[str, Any]
    index: Indexed  # its person_id is known once written


def insert_people(session: Session, specs: list[PersonSpec]) -> list[int]:
    """Register many people in an open transaction with one statement each for rows and search terms.

    The form, the CLI, roster imports and the demo all come through here, so every person gets the same
    checks, a fresh badge code and search terms.
    """
    return write_people(session, prepare_people(specs, secret_of(session)))


def prepare_people(specs: list[PersonSpec], secret: bytes) -> list[NewPerson]:
    """The work of registering people that needs no database, so that a large roster can do it before it
    takes the write lock (desks scanning meanwhile wait for the rows only)."""
    now = utc_now()
    prepared = []
    for spec in specs:
        row = _person_row(spec, secret, now)
        school = spec.group.school.name if spec.group else row["organisation"]
        index = person_index(0, row["first_name"], row["last_name"], school, spec.group.label if spec.group else "",
                             row["code"])
        prepared.append(NewPerson(spec, row, index))
    return prepared


def write_people(session: Session, people: list[NewPerson]) -> list[int]:
    """Insert prepared people into their classes (which have ids by now) and index them for search."""
    if not people:
        return []
    rows = [{**person.row, "group_id": person.spec.group.id if person.spec.group else None} for person in people]
    # On the connection (Core), not the ORM's bulk path: a 49,000-pupil roster spends its write lock on rows.
    ids = list(session.connection().scalars(insert(Person).returning(Person.id, sort_by_parameter_order=True), rows))
    reindex_people(session, [replace(person.index, person_id=person_id)
                             for person_id, person in zip(ids, people, strict=True)], fresh=True)
    return ids


def _person_row(spec: PersonSpec, secret: bytes, now: dt.datetime) -> dict[str, Any]:
    if spec.kind in GROUP_KINDS and spec.group is None:
        raise KioskError("Un élève, un enseignant ou un accompagnateur appartient à une classe : choisissez-la.",
                         "A pupil, teacher or companion belongs to a class: choose it.")
    if spec.kind is PersonKind.VISITOR and spec.group is not None:
        raise KioskError("Un visiteur individuel ne se range pas dans une classe.",
                         "An individual visitor cannot be put into a class.")
    is_visitor = spec.kind is PersonKind.VISITOR
    return {"kind": spec.kind,
            "first_name": clean_name(spec.first_name, field_fr="le prénom", field_en="the first name"),
            "last_name": clean_name(spec.last_name, field_fr="le nom", field_en="the last name"),
            "category": (spec.category or VisitorCategory.GENERAL_PUBLIC) if is_visitor else None,
            "organisation": clean_name(spec.organisation, field_fr="l'organisation", field_en="the organisation",
                                       required=False),
            "postcode": clean_postcode(spec.postcode), "code": spec.code or new_code(CodeKind.BADGE, secret),
            "on_site": False, "created_at": now}
