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
from typing import Any, cast

from sqlalchemy import BindParameter, ColumnElement, Connection, Table, and_, bindparam, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningUpdate

from kiosk.domain.clock import day_start, local_day, utc_now
from kiosk.domain.codes import CodeKind, parse_code
from kiosk.domain.database import SCAN_ANSWER_SECONDS, Database
from kiosk.domain.errors import KioskError
from kiosk.domain.events import EventInfo, get_event
from kiosk.domain.kinds import Direction, ScanResult
from kiosk.domain.models import Group, Person, Scan
from kiosk.domain.prepared import Prepared
from kiosk.domain.text import clean_text
from kiosk.domain.views import GroupView, PersonView, group_query, group_views, person_query, person_view

REFUSED_TEXT_KEPT = 40  # of a refused code, only this much is kept: enough to see a pattern, not a whole text


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
    offline: bool = False  # answered by the station alone (the database was away): the journal replays it

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "result": self.result.value,
                "person_id": (self.person.id or None) if self.person else None,  # 0: a walk-in not yet in the base
                "group_id": self.group.id if self.group else (self.person.group_id if self.person else None),
                "name": self.person.full_name if self.person else None,
                "class": self.person.class_label if self.person else (self.group.label if self.group else None),
                "at": self.at.isoformat(), "since": self.since.isoformat() if self.since else None,
                "booked_day": self.booked_day.isoformat() if self.booked_day else None,
                "replayed": self.replayed, "offline": self.offline}


class ScanDesk:
    """One station (entrance, exit or both) scanning for one event."""

    def __init__(self, db: Database, station: str = "", operator: str = "", *, event: EventInfo | None = None) -> None:
        self.db = db
        self.event = event or get_event(db)  # given from the station journal when the database is away
        self.station = clean_text(station)[:100]
        self.operator = clean_text(operator)[:100]

    def today(self, now: dt.datetime) -> tuple[dt.date, dt.datetime]:
        """The event day of `now` and the instant it began: stays from before it are over."""
        day = local_day(now, self.event.timezone)
        return day, day_start(day, self.event.timezone)

    def scan(self, raw: str, direction: Direction = Direction.IN, *, uid: str | None = None,
             now: dt.datetime | None = None, override_day: bool = False) -> ScanOutcome:
        """Answer one scan. Give `uid` when the scan may be sent again (a replayed journal): it counts once."""
        now = now or utc_now()
        parsed = parse_code(raw, self.event.secret)
        if parsed is None:
            refused = ScanOutcome(ScanResult.INVALID, clean_text(raw)[:REFUSED_TEXT_KEPT], now)
            self._note_refusal(refused, direction, uid)
            return refused
        if parsed.kind is CodeKind.GROUP:
            return self._group_code(parsed.text, now)
        try:
            return self._record(parsed.text, direction, uid, now, override_day)
        except IntegrityError:
            replayed = self._replay(uid) if uid else None
            if replayed is None:
                raise
            return replayed

    def _note_refusal(self, refused: ScanOutcome, direction: Direction, uid: str | None) -> None:
        """Keep a refused code in the scan log (its first 40 characters only) so organisers see forgeries;
        the answer never depends on it: when the database is away, the refusal is not kept."""
        try:
            with self.db.connection(answer_within=SCAN_ANSWER_SECONDS) as conn:
                _INSERT_SCAN_ONE.rows(conn, {
                    "uid": uid or uuid.uuid4().hex, "person_id": None, "code": refused.code, "direction": direction,
                    "result": refused.result, "at": refused.at, "station": self.station,
                    "operator": self.operator, "overridden": False})
        except (KioskError, IntegrityError):
            pass

    def _group_code(self, code: str, now: dt.datetime) -> ScanOutcome:
        with self.db.transaction(write=False, answer_within=SCAN_ANSWER_SECONDS) as session:
            found = group_views(session, group_query().where(Group.code == code))
        if not found:
            return ScanOutcome(ScanResult.UNKNOWN, code, now)
        return ScanOutcome(ScanResult.GROUP, code, now, group=found[0], booked_day=found[0].day)

    def _record(self, code: str, direction: Direction, uid: str | None, now: dt.datetime,
                override_day: bool) -> ScanOutcome:
        """The hot path: prepared Core statements on one connection, one transaction, one commit."""
        with self.db.connection(answer_within=SCAN_ANSWER_SECONDS) as conn:
            if uid is not None:
                previous = _SCAN_BY_UID.rows(conn, {"uid": uid})
                if previous:
                    return self._outcome_of(conn, previous[0])
            found = _PERSON_BY_CODE.rows(conn, {"code": code})
            person = person_view(found[0]) if found else None
            outcome = self._apply(conn, code, person, direction, now, override_day)
            _INSERT_SCAN_ONE.rows(conn, {
                "uid": uid or uuid.uuid4().hex, "person_id": person.id if person else None, "code": code,
                "direction": direction, "result": outcome.result, "at": now, "station": self.station,
                "operator": self.operator, "overridden": override_day and person is not None
                and person.day is not None})
            return outcome

    def _apply(self, conn: Connection, code: str, person: PersonView | None, direction: Direction,
               now: dt.datetime, override_day: bool) -> ScanOutcome:
        if person is None:
            return ScanOutcome(ScanResult.UNKNOWN, code, now)
        today, start = self.today(now)
        if direction is Direction.OUT:
            if not _LEAVE_ONE.rows(conn, {"person_id": person.id, "day_start": start, "moment": now}):
                return ScanOutcome(ScanResult.NOT_INSIDE, code, now, person)
            return ScanOutcome(ScanResult.CHECKED_OUT, code, now, replace(person, on_site=False, left_at=now))
        if person.day is not None and person.day != today and not override_day:
            return ScanOutcome(ScanResult.WRONG_DAY, code, now, person, booked_day=person.day)
        if _ENTER_ONE.rows(conn, {"person_id": person.id, "day_start": start, "moment": now}):
            result = _entry_result(person, start)
            return ScanOutcome(result, code, now, replace(person, on_site=True, entered_at=now))
        since = person.entered_at if person.on_site else _ENTERED_AT.rows(conn, {"person_id": person.id})[0][0]
        return ScanOutcome(ScanResult.ALREADY_IN, code, now, person, since=since)

    def _replay(self, uid: str) -> ScanOutcome | None:
        with self.db.connection(write=False, answer_within=SCAN_ANSWER_SECONDS) as conn:
            previous = _SCAN_BY_UID.rows(conn, {"uid": uid})
            return self._outcome_of(conn, previous[0]) if previous else None

    def _outcome_of(self, conn: Connection, scan: tuple[Any, ...]) -> ScanOutcome:
        person_id, code, result, at = scan
        found = _PERSON_BY_ID.rows(conn, {"person_id": person_id}) if person_id else []
        return ScanOutcome(result, code, at, person_view(found[0]) if found else None, replayed=True)

    def record_moves(self, session: Session, people: Iterable[PersonView], direction: Direction,
                     start: dt.datetime, now: dt.datetime) -> None:
        """Write the scan rows of a class moving in or out together (same station, same instant)."""
        rows = [{"uid": uuid.uuid4().hex, "person_id": p.id, "code": p.code, "direction": direction,
                 "result": (_entry_result(p, start) if direction is Direction.IN else ScanResult.CHECKED_OUT),
                 "at": now, "station": self.station, "operator": self.operator, "overridden": False}
                for p in people]
        if rows:
            session.execute(_INSERT_SCAN, rows)


def _entry_result(person: PersonView, start: dt.datetime) -> ScanResult:
    came_back = person.left_at is not None and person.left_at >= start
    return ScanResult.RE_ENTERED if came_back else ScanResult.CHECKED_IN


_PERSON_TABLE = cast(Table, Person.__table__)
_SCAN_TABLE = cast(Table, Scan.__table__)
_P = _PERSON_TABLE.c
_S = _SCAN_TABLE.c
_INSIDE_TODAY = and_(_P.on_site.is_(True), _P.entered_at >= bindparam("day_start"))
# Not inside, or inside since an earlier day (nobody scanned them out last night).
_OUTSIDE_TODAY = or_(_P.on_site.is_(False), _P.entered_at.is_(None), _P.entered_at < bindparam("day_start"))
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_ONE: BindParameter[int] = bindparam("person_id")
def _entering(match: ColumnElement[bool]) -> ReturningUpdate[int]:
    return (update(_PERSON_TABLE).where(match, _OUTSIDE_TODAY)
            .values(on_site=True, entered_at=bindparam("moment")).returning(_P.id))


def _leaving(match: ColumnElement[bool]) -> ReturningUpdate[int]:
    return (update(_PERSON_TABLE).where(match, _INSIDE_TODAY)
            .values(on_site=False, left_at=bindparam("moment")).returning(_P.id))


_ENTER, _LEAVE = _entering(_P.id.in_(_IDS)), _leaving(_P.id.in_(_IDS))
_INSERT_SCAN = insert(_SCAN_TABLE)
_SCAN_COLUMNS = ("uid", "person_id", "code", "direction", "result", "at", "station", "operator", "overridden")
# The scan path: prepared once per dialect (see kiosk.domain.prepared).
_ENTER_ONE, _LEAVE_ONE = Prepared(_entering(_P.id == _ONE)), Prepared(_leaving(_P.id == _ONE))
_PERSON_BY_CODE = Prepared(person_query().where(_P.code == bindparam("code")))
_PERSON_BY_ID = Prepared(person_query().where(_P.id == _ONE))
_ENTERED_AT = Prepared(select(_P.entered_at).where(_P.id == _ONE))
_SCAN_BY_UID = Prepared(select(_S.person_id, _S.code, _S.result, _S.at).where(_S.uid == bindparam("uid")))
_INSERT_SCAN_ONE = Prepared(_INSERT_SCAN, _SCAN_COLUMNS)


def move_people(executor: Session | Connection, ids: list[int], start: dt.datetime, *, inside: bool,
                at: dt.datetime) -> set[int]:
    """Check in (inside=True) or out those of `ids` whose presence allows it, atomically; returns who moved.

    The condition is in the UPDATE itself, so of two kiosks racing on one badge only one changes the row.
    """
    if not ids:
        return set()
    statement = _ENTER if inside else _LEAVE
    return set(executor.execute(statement, {"ids": ids, "day_start": start, "moment": at}).scalars())
