"""The scan rules: who comes in, who goes out, and what the kiosk says about it.

A `ScanDesk` holds the event key, so a forged or foreign code is turned away before any query. Every
change of presence is a conditional UPDATE ("inside only if not already inside today"): when two kiosks
scan the same badge at once, the database lets exactly one of them win, on SQLite and PostgreSQL alike.
Each scan carries an id made at the station; a scan sent twice is recorded once and answered the same.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, and_, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.domain.clock import day_start, local_day, utc_now
from kiosk.domain.codes import CodeKind, parse_code
from kiosk.domain.database import Database
from kiosk.domain.events import get_event
from kiosk.domain.kinds import Direction, ScanResult
from kiosk.domain.models import Group, Person, Scan
from kiosk.domain.text import clean_text
from kiosk.domain.views import GroupView, PersonView, group_query, group_views, person_query, person_views

_NO_SYNC = {"synchronize_session": False}


@dataclass(frozen=True)
class ScanOutcome:
    result: ScanResult
    code: str
    at: dt.datetime
    person: PersonView | None = None
    group: GroupView | None = None
    since: dt.datetime | None = None
    booked_day: dt.date | None = None
    replayed: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "result": self.result.value,
                "person_id": self.person.id if self.person else None,
                "group_id": self.group.id if self.group else (self.person.group_id if self.person else None),
                "name": self.person.full_name if self.person else None,
                "class": self.person.class_label if self.person else (self.group.label if self.group else None),
                "at": self.at.isoformat(), "since": self.since.isoformat() if self.since else None,
                "booked_day": self.booked_day.isoformat() if self.booked_day else None,
                "replayed": self.replayed}


class ScanDesk:
    """One station (entrance, exit or both) scanning for one event."""

    def __init__(self, db: Database, station: str = "", operator: str = "") -> None:
        self.db = db
        self.event = get_event(db)
        self.station = clean_text(station)[:100]
        self.operator = clean_text(operator)[:100]

    def today(self, now: dt.datetime) -> tuple[dt.date, dt.datetime]:
        """The event day of `now` and the instant it began: stays from before it are over."""
        day = local_day(now, self.event.timezone)
        return day, day_start(day, self.event.timezone)

    def scan(self, raw: str, direction: Direction = Direction.IN, *, uid: str | None = None,
             now: dt.datetime | None = None, override_day: bool = False) -> ScanOutcome:
        now = now or utc_now()
        parsed = parse_code(raw, self.event.secret)
        if parsed is None:
            return ScanOutcome(ScanResult.INVALID, clean_text(raw)[:40], now)
        if parsed.kind is CodeKind.GROUP:
            return self._group_code(parsed.text, now)
        uid = uid or uuid.uuid4().hex
        try:
            return self._record(parsed.text, direction, uid, now, override_day)
        except IntegrityError:
            replayed = self._replay(uid)
            if replayed is None:
                raise
            return replayed

    def _group_code(self, code: str, now: dt.datetime) -> ScanOutcome:
        with self.db.transaction(write=False) as session:
            found = group_views(session, group_query().where(Group.code == code))
        if not found:
            return ScanOutcome(ScanResult.UNKNOWN, code, now)
        return ScanOutcome(ScanResult.GROUP, code, now, group=found[0], booked_day=found[0].day)

    def _record(self, code: str, direction: Direction, uid: str, now: dt.datetime,
                override_day: bool) -> ScanOutcome:
        with self.db.transaction() as session:
            previous = session.scalars(select(Scan).where(Scan.uid == uid)).first()
            if previous is not None:
                return self._outcome_of(session, previous)
            found = person_views(session, person_query().where(Person.code == code))
            person = found[0] if found else None
            outcome = self._apply(session, code, person, direction, now, override_day)
            session.execute(insert(Scan).values(
                uid=uid, person_id=person.id if person else None, code=code, direction=direction,
                result=outcome.result, at=now, station=self.station, operator=self.operator,
                overridden=override_day and person is not None and person.day is not None))
            return outcome

    def _apply(self, session: Session, code: str, person: PersonView | None, direction: Direction,
               now: dt.datetime, override_day: bool) -> ScanOutcome:
        if person is None:
            return ScanOutcome(ScanResult.UNKNOWN, code, now)
        today, start = self.today(now)
        if direction is Direction.OUT:
            left = _move(session, [person.id], _inside_today(start), on_site=False, at=now)
            if not left:
                return ScanOutcome(ScanResult.NOT_INSIDE, code, now, person)
            return ScanOutcome(ScanResult.CHECKED_OUT, code, now, replace(person, on_site=False, left_at=now))
        if person.day is not None and person.day != today and not override_day:
            return ScanOutcome(ScanResult.WRONG_DAY, code, now, person, booked_day=person.day)
        if _move(session, [person.id], _outside_today(start), on_site=True, at=now):
            result = _entry_result(person, start)
            return ScanOutcome(result, code, now, replace(person, on_site=True, entered_at=now))
        since = session.scalar(select(Person.entered_at).where(Person.id == person.id))
        return ScanOutcome(ScanResult.ALREADY_IN, code, now, person, since=since)

    def _replay(self, uid: str) -> ScanOutcome | None:
        with self.db.transaction(write=False) as session:
            previous = session.scalars(select(Scan).where(Scan.uid == uid)).first()
            return self._outcome_of(session, previous) if previous else None

    def _outcome_of(self, session: Session, scan: Scan) -> ScanOutcome:
        found = person_views(session, person_query().where(Person.id == scan.person_id)) if scan.person_id else []
        return ScanOutcome(scan.result, scan.code, scan.at, found[0] if found else None, replayed=True)

    def record_moves(self, session: Session, people: Iterable[PersonView], direction: Direction,
                     start: dt.datetime, now: dt.datetime) -> None:
        """Write the scan rows of a class moving in or out together (same station, same instant)."""
        rows = [{"uid": uuid.uuid4().hex, "person_id": p.id, "code": p.code, "direction": direction,
                 "result": (_entry_result(p, start) if direction is Direction.IN else ScanResult.CHECKED_OUT),
                 "at": now, "station": self.station, "operator": self.operator, "overridden": False}
                for p in people]
        if rows:
            session.execute(insert(Scan), rows)


def _inside_today(start: dt.datetime) -> ColumnElement[bool]:
    return and_(Person.on_site.is_(True), Person.entered_at >= start)


def _outside_today(start: dt.datetime) -> ColumnElement[bool]:
    """Not inside, or inside since an earlier day (nobody scanned them out last night)."""
    return or_(Person.on_site.is_(False), Person.entered_at.is_(None), Person.entered_at < start)


def _entry_result(person: PersonView, start: dt.datetime) -> ScanResult:
    came_back = person.left_at is not None and person.left_at >= start
    return ScanResult.RE_ENTERED if came_back else ScanResult.CHECKED_IN


def _move(session: Session, ids: list[int], condition: ColumnElement[bool], *, on_site: bool,
          at: dt.datetime) -> set[int]:
    """Flip presence for those of `ids` that meet `condition`, atomically; returns whose changed."""
    values: dict[str, Any] = {"on_site": on_site, ("entered_at" if on_site else "left_at"): at}
    statement = (update(Person).where(Person.id.in_(ids), condition).values(**values)
                 .returning(Person.id))
    return set(session.scalars(statement, execution_options=_NO_SYNC))


def move_people(session: Session, ids: list[int], start: dt.datetime, *, inside: bool,
                at: dt.datetime) -> set[int]:
    """Check in (inside=True) or out everyone of `ids` whose presence allows it; returns who moved."""
    condition = _outside_today(start) if inside else _inside_today(start)
    return _move(session, ids, condition, on_site=inside, at=at) if ids else set()

