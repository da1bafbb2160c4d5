"""The aggregate queries behind the statistics: the database counts, Python only arranges a few hundred rows.

Every query reads one `Window` of time: the event days it covers as local midnights (UTC instants), never
past `now`. An "arrival" is a `checked_in` or `re_entered` scan in the window; a departure is `checked_out`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Row, Select, and_, case, distinct, func, literal, or_, select, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from kiosk.domain.kinds import PersonKind, ScanResult
from kiosk.domain.models import Group, Person, Scan, School

ENTRIES = (ScanResult.CHECKED_IN, ScanResult.RE_ENTERED)
EXIT = ScanResult.CHECKED_OUT
Record = Row[*tuple[Any, ...]]
Rows = Sequence[Record]


@dataclass(frozen=True)
class Window:
    """Days `days` (local dates) starting at `bounds[i]`, the last ending at `bounds[-1]`; scans up to `now`.

    `day` is the one day a day report covers, None for the whole event: it decides who was expected.
    """

    days: tuple[dt.date, ...]
    bounds: tuple[dt.datetime, ...]
    now: dt.datetime
    day: dt.date | None

    @property
    def start(self) -> dt.datetime:
        return self.bounds[0]

    def covers(self, column: Any) -> ColumnElement[bool]:
        return and_(column >= self.bounds[0], column < self.bounds[-1], column <= self.now)

    def day_index(self, column: Any) -> ColumnElement[int]:
        """Which of the window's days an instant falls in (0, 1, …): local midnights, whatever the DST."""
        if len(self.days) == 1:
            return literal(0)
        return case(*((column < bound, index) for index, bound in enumerate(self.bounds[1:-1])),
                    else_=len(self.days) - 1)


class _EpochSeconds(FunctionElement[int]):
    """Whole seconds since 1970 of a stored instant: SQLite keeps UTC text, PostgreSQL a timestamptz."""

    type = BigInteger()
    name = "epoch_seconds"
    inherit_cache = True


@compiles(_EpochSeconds, "sqlite")
def _epoch_sqlite(element: _EpochSeconds, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(strftime('%s', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(_EpochSeconds, "postgresql")
def _epoch_postgresql(element: _EpochSeconds, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(floor(extract(epoch from {compiler.process(element.clauses, **kw)})) AS BIGINT)"


def _arrived(window: Window) -> Any:
    """Who came in during the window, once each."""
    return (select(Scan.person_id).where(Scan.result.in_(ENTRIES), Scan.person_id.is_not(None),
                                         window.covers(Scan.at))
            .group_by(Scan.person_id).subquery("arrived"))


def _expected(window: Window) -> ColumnElement[bool]:
    """Registered for the window: on a day, classes booked that day and individual visitors (badge valid
    every day); for the whole event, everyone."""
    if window.day is None:
        return true()
    return or_(Group.day == window.day, Person.group_id.is_(None))


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def people_rows(session: Session, window: Window) -> Rows:
    """(kind, category, postcode, registered, arrived): postcode of the school for class members."""
    arrived = _arrived(window)
    postcode = func.coalesce(School.postcode, Person.postcode)
    query = (select(Person.kind, Person.category, postcode, _count_if(_expected(window)),
                    func.count(arrived.c.person_id))
             .select_from(Person).outerjoin(Group, Person.group_id == Group.id)
             .outerjoin(School, Group.school_id == School.id)
             .outerjoin(arrived, arrived.c.person_id == Person.id)
             .group_by(Person.kind, Person.category, postcode))
    return session.execute(query).all()


def group_rows(session: Session, window: Window) -> Rows:
    """One row per class expected in the window or seen in it: its school and booking, `pupils` registered,
    `pupils_in` of them who came, `members_in` (teachers too) who came."""
    arrived = _arrived(window)
    pupil = Person.kind == PersonKind.PUPIL
    came = arrived.c.person_id.is_not(None)
    members_in = func.count(arrived.c.person_id)
    query = (select(Group.id, Group.day, Group.slot_id, Group.level, Group.expected, School.id.label("school_id"),
                    School.name.label("school"), School.city, School.postcode, _count_if(pupil).label("pupils"),
                    _count_if(and_(pupil, came)).label("pupils_in"), members_in.label("members_in"))
             .select_from(Group).join(School, Group.school_id == School.id)
             .outerjoin(Person, Person.group_id == Group.id)
             .outerjoin(arrived, arrived.c.person_id == Person.id)
             .group_by(Group.id, School.id))
    if window.day is not None:
        query = query.having(or_(Group.day == window.day, members_in > 0))
    return session.execute(query).all()


def hour_rows(session: Session, window: Window) -> Rows:
    """(hours since the window's first local midnight, arrivals, departures) for every hour with a move."""
    start = int(window.start.timestamp())
    moves = (select(((_EpochSeconds(Scan.at) - start) // 3600).label("hour"), Scan.result)
             .where(Scan.result.in_((*ENTRIES, EXIT)), window.covers(Scan.at)).subquery())
    query = (select(moves.c.hour, _count_if(moves.c.result.in_(ENTRIES)), _count_if(moves.c.result == EXIT))
             .group_by(moves.c.hour))
    return session.execute(query).all()


def peak_rows(session: Session, window: Window) -> Rows:
    """(day index, instant, people inside) at each day's highest point, first reached.

    Replays the day's moves in time order (+1 in, −1 out), summed per instant so that a class coming in and
    another leaving at the same second do not make a peak that never was. Each day starts from nobody, as the
    presence rules do: a stay from an earlier day is over.
    """
    moves = (select(window.day_index(Scan.at).label("day"), Scan.at.label("at"),
                    case((Scan.result == EXIT, -1), else_=1).label("change"))
             .where(Scan.result.in_((*ENTRIES, EXIT)), window.covers(Scan.at)).subquery())
    instants = (select(moves.c.day, moves.c.at, func.sum(moves.c.change).label("change"))
                .group_by(moves.c.day, moves.c.at).subquery())
    running = select(instants.c.day, instants.c.at, func.sum(instants.c.change).over(
        partition_by=instants.c.day, order_by=instants.c.at, rows=(None, 0)).label("inside")).subquery()
    ranked = select(running, func.row_number().over(
        partition_by=running.c.day, order_by=(running.c.inside.desc(), running.c.at)).label("rank")).subquery()
    query: Select[Any] = select(ranked.c.day, ranked.c.at, ranked.c.inside).where(ranked.c.rank == 1)
    return session.execute(query).all()


def day_rows(session: Session, window: Window) -> Rows:
    """(day index, people, pupils, classes) who came in on each day of the window, each counted once a day."""
    entries = (select(window.day_index(Scan.at).label("day"), Scan.person_id, Person.kind, Person.group_id)
               .join(Person, Person.id == Scan.person_id)
               .where(Scan.result.in_(ENTRIES), window.covers(Scan.at)).subquery())
    pupil = case((entries.c.kind == PersonKind.PUPIL, entries.c.person_id))
    query = (select(entries.c.day, func.count(distinct(entries.c.person_id)), func.count(distinct(pupil)),
                    func.count(distinct(entries.c.group_id)))
             .group_by(entries.c.day))
    return session.execute(query).all()
