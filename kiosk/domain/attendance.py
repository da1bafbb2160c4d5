"""Attendance sheets: who of each class came on a given day, when they arrived and when they left.

Read from the scan log, not from the presence columns: those only hold the latest stay, so a sheet
printed the next day, or for a pupil who went out and came back, would be wrong. For the sheet's day
(midnight to midnight in the event's time zone):

- present: at least one accepted entry (`checked_in` or `re_entered`, by badge or class check-in);
- arrived_at: the first accepted entry;
- left_at: the last exit (`checked_out`), only when no entry came after it (otherwise still inside).

Five queries whatever the number of classes or pupils: the event and its days, the classes, their members,
and one aggregate over the day's scans.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, case, func, select
from sqlalchemy.orm import Session

from kiosk.domain.clock import day_start, local_day, utc_now
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.domain.events import EventInfo, check_event_day, get_event
from kiosk.domain.kinds import ROLE_ORDER, PersonKind, ScanResult
from kiosk.domain.lookup import class_not_found
from kiosk.domain.models import Group, Person, Scan
from kiosk.domain.text import fold
from kiosk.domain.views import GroupView, group_query, group_views

ENTRIES = (ScanResult.CHECKED_IN, ScanResult.RE_ENTERED)


@dataclass(frozen=True)
class AttendanceRow:
    person_id: int
    last_name: str
    first_name: str
    kind: PersonKind
    present: bool
    arrived_at: dt.datetime | None
    left_at: dt.datetime | None

    @property
    def is_pupil(self) -> bool:
        return self.kind is PersonKind.PUPIL


@dataclass(frozen=True)
class Tally:
    """Head counts of one kind of member: on the roster, present that day, and gone again (scanned out)."""

    listed: int
    present: int
    left: int = 0

    @property
    def absent(self) -> int:
        return self.listed - self.present

    @property
    def still_on_site(self) -> int:
        return self.present - self.left


@dataclass(frozen=True)
class AttendanceSheet:
    """One class on one day; rows list the adults (teacher, companions) first, then pupils by name."""

    event_name: str
    timezone: str
    day: dt.date
    slot: str
    group_id: int
    school: str
    class_label: str
    teacher: str
    phone: str
    code: str
    expected: int | None
    rows: tuple[AttendanceRow, ...]

    @property
    def pupils(self) -> Tally:
        return _tally([r for r in self.rows if r.is_pupil])

    @property
    def adults(self) -> Tally:
        return _tally([r for r in self.rows if not r.is_pupil])


def _tally(rows: list[AttendanceRow]) -> Tally:
    return Tally(len(rows), sum(r.present for r in rows), sum(r.present and r.left_at is not None for r in rows))


def attendance_for(db: Database, *, group_id: int | None = None,
                   day: dt.date | None = None) -> list[AttendanceSheet]:
    """The sheet of one class (on `day`, else its booked day, else today), or of every class booked on `day`."""
    if group_id is None and day is None:
        raise KioskError("Choisissez une classe ou un jour.", "Choose a class or a day.")
    event = get_event(db)
    if day is not None:
        check_event_day(event.days, day)
    where = Group.id == group_id if group_id is not None else Group.day == day
    with db.transaction(write=False) as session:
        groups = group_views(session, group_query().where(where))
        if not groups:
            raise _nothing_to_print(group_id, day)
        sheet_day = check_event_day(event.days, day or groups[0].day or local_day(utc_now(), event.timezone))
        rows = _rows_by_group(session, where, sheet_day, event.timezone)
    groups.sort(key=lambda g: (g.slot == "", g.slot, fold(g.school), fold(g.label), g.id))
    return [_sheet(event, sheet_day, group, rows.get(group.id, [])) for group in groups]


def _nothing_to_print(group_id: int | None, day: dt.date | None) -> KioskError:
    if group_id is not None:
        return class_not_found(group_id)
    assert day is not None
    return KioskError(f"Aucune classe n'est attendue le {day:%d/%m/%Y}.", f"No class is booked on {day:%Y-%m-%d}.")


def _sheet(event: EventInfo, day: dt.date, group: GroupView, rows: list[AttendanceRow]) -> AttendanceSheet:
    rows.sort(key=lambda r: (ROLE_ORDER[r.kind], fold(r.last_name), fold(r.first_name), r.person_id))
    return AttendanceSheet(event.name, event.timezone, day, group.slot, group.id, group.school, group.label,
                           group.teacher_name, group.teacher_phone, group.code, group.expected, tuple(rows))


def _rows_by_group(session: Session, where: ColumnElement[bool], day: dt.date,
                   zone_name: str) -> dict[int, list[AttendanceRow]]:
    """Every member of the chosen classes with what the scan log says about them on `day`."""
    members = (select(Person.id, Group.id, Person.last_name, Person.first_name, Person.kind)
               .join(Group, Person.group_id == Group.id).where(where))
    times = _day_times(session, where, day_start(day, zone_name), day_start(day + dt.timedelta(days=1), zone_name))
    by_group: dict[int, list[AttendanceRow]] = {}
    for person_id, group_id, last_name, first_name, kind in session.execute(members):
        first_in, last_in, last_out = times.get(person_id, (None, None, None))
        left = last_out if last_out is not None and (last_in is None or last_out > last_in) else None
        by_group.setdefault(group_id, []).append(
            AttendanceRow(person_id, last_name, first_name, kind, first_in is not None, first_in, left))
    return by_group


def _day_times(session: Session, where: ColumnElement[bool], start: dt.datetime,
               end: dt.datetime) -> dict[int, tuple[Any, ...]]:
    """person id -> (first entry, last entry, last exit) between `start` and `end`, in one aggregate query."""
    entry = Scan.result.in_(ENTRIES)
    query = (select(Scan.person_id, func.min(case((entry, Scan.at))), func.max(case((entry, Scan.at))),
                    func.max(case((Scan.result == ScanResult.CHECKED_OUT, Scan.at))))
             .join(Person, Scan.person_id == Person.id).join(Group, Person.group_id == Group.id)
             .where(where, Scan.at >= start, Scan.at < end, Scan.result.in_((*ENTRIES, ScanResult.CHECKED_OUT)))
             .group_by(Scan.person_id))
    found: list[Row[Any]] = list(session.execute(query))
    return {row[0]: tuple(row[1:]) for row in found}
