"""Rows for the CSV exports, streamed from the database a batch at a time.

A 100,000-person export never holds 100,000 rows at once: Core rows (no ORM, which would double the time)
come in batches of BATCH (a server-side cursor on PostgreSQL) inside one read transaction, so the file is one
consistent picture of the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select

from kiosk.domain.clock import day_start
from kiosk.domain.database import Database
from kiosk.domain.events import check_event_day, get_event
from kiosk.domain.kinds import Direction, PersonKind, ScanResult, VisitorCategory
from kiosk.domain.models import Group, Person, Scan, School
from kiosk.domain.views import PersonView, person_query, person_view

BATCH = 5_000


@dataclass(frozen=True)
class ScanLine:
    """One scan as the log keeps it, with who it was (empty when the code was unknown or the person removed)."""

    at: dt.datetime
    direction: Direction
    result: ScanResult
    overridden: bool
    station: str
    operator: str
    person_id: int | None
    last_name: str
    first_name: str
    kind: PersonKind | None
    category: VisitorCategory | None
    school: str
    class_label: str
    code: str


def people_for_export(db: Database) -> Iterator[PersonView]:
    """Everyone registered, in registration order."""
    with db.connection(write=False) as conn:
        for row in conn.execute(person_query().order_by(Person.id), execution_options={"yield_per": BATCH}):
            yield person_view(row)


def scans_for_export(db: Database, day: dt.date | None = None) -> Iterator[ScanLine]:
    """The scan log in time order: one event day (local midnight to midnight), or all of it."""
    query = (select(Scan.at, Scan.direction, Scan.result, Scan.overridden, Scan.station, Scan.operator,
                    Scan.person_id, Person.last_name, Person.first_name, Person.kind, Person.category, School.name,
                    Group.label, Scan.code)
             .outerjoin(Person, Scan.person_id == Person.id).outerjoin(Group, Person.group_id == Group.id)
             .outerjoin(School, Group.school_id == School.id).order_by(Scan.at, Scan.id))
    if day is not None:
        event = get_event(db)
        check_event_day(event.days, day)
        query = query.where(Scan.at >= day_start(day, event.timezone),
                            Scan.at < day_start(day + dt.timedelta(days=1), event.timezone))
    with db.connection(write=False) as conn:
        for (at, direction, result, overridden, station, operator, person_id, last_name, first_name, kind, category,
             school, label, code) in conn.execute(query, execution_options={"yield_per": BATCH}):
            yield ScanLine(at, direction, result, overridden, station, operator, person_id, last_name or "",
                           first_name or "", kind, category, school or "", label or "", code)
