"""Organiser statistics for one day or the whole event: who was expected, who came, from where, and when.

Counting is done by a handful of aggregate queries (kiosk.domain.stats_sql) in one read transaction, so
the figures of a report agree with each other; Python only arranges their few hundred rows into tables.
Figures stand at an explicit moment (`now`), so a report can be remade as it was at 11:00.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.clock import day_start, utc_now, zone
from kiosk.domain.database import Database
from kiosk.domain.events import check_event_day
from kiosk.domain.kinds import GROUP_KINDS, PersonKind, ScanResult, VisitorCategory
from kiosk.domain.levels import LEVEL_ORDER
from kiosk.domain.lookup import no_event
from kiosk.domain.models import Event, EventDay, Scan, TimeSlot
from kiosk.domain.stats_model import (
    OTHER_LEVEL,
    ClassTotals,
    DayStats,
    DaySummary,
    EventStats,
    Figures,
    HourTally,
    Peak,
    SchoolTally,
    SlotFill,
    Tally,
)
from kiosk.domain.stats_places import UNKNOWN, departement_of, departement_order
from kiosk.domain.stats_sql import Record, Rows, Window, day_rows, group_rows, hour_rows, peak_rows, people_rows
from kiosk.domain.text import fold

__all__ = ["OTHER_LEVEL", "UNKNOWN", "ClassTotals", "DayStats", "DaySummary", "EventStats", "Figures", "HourTally",
           "Peak", "SchoolTally", "SlotFill", "Tally", "day_stats", "event_stats"]

AUDIENCE_KEYS = tuple(k.value for k in GROUP_KINDS) + tuple(c.value for c in VisitorCategory)
MAIN_LEVELS = ("6e", "5e", "4e", "3e")


@dataclass(frozen=True)
class _Event:
    name: str
    venue: str
    timezone: str
    hours: dict[dt.date, tuple[dt.time, dt.time]]


def day_stats(db: Database, day: dt.date, now: dt.datetime | None = None) -> DayStats:
    """The figures of one event day, counting the scans made up to `now` (default: now)."""
    now = now or utc_now()
    with db.transaction(write=False) as session:
        event = _event(session)
        check_event_day(tuple(event.hours), day)
        window = _window(event, (day,), now, day)
        figures, _ = _figures(session, event, window)
        refused = session.scalar(select(func.count()).select_from(Scan).where(
            Scan.result.in_((ScanResult.INVALID, ScanResult.UNKNOWN)), window.covers(Scan.at)))
    return DayStats(event.name, event.venue, event.timezone, now, figures, day, refused or 0)


def event_stats(db: Database, now: dt.datetime | None = None) -> EventStats:
    """The figures of the whole event, with one summary line per day."""
    now = now or utc_now()
    with db.transaction(write=False) as session:
        event = _event(session)
        if not event.hours:
            raise no_event()
        window = _window(event, tuple(event.hours), now, None)
        figures, peaks = _figures(session, event, window)
        days = _days(day_rows(session, window), window, figures.hours, peaks)
    return EventStats(event.name, event.venue, event.timezone, now, figures, days)


def _event(session: Session) -> _Event:
    found = session.execute(select(Event.name, Event.venue, Event.timezone).limit(1)).first()
    if found is None:
        raise no_event()
    days = session.execute(select(EventDay.date, EventDay.opens, EventDay.closes).order_by(EventDay.date))
    return _Event(found[0], found[1], found[2], {d: (opens, closes) for d, opens, closes in days})


def _window(event: _Event, days: tuple[dt.date, ...], now: dt.datetime, day: dt.date | None) -> Window:
    """Local midnights as UTC instants: the start of each day and the end of the last (an event's days follow
    each other), so that a scan at 00:30 in Paris is on the right day whatever the UTC date says."""
    starts = tuple(day_start(d, event.timezone) for d in days)
    end = day_start(days[-1] + dt.timedelta(days=1), event.timezone)
    return Window(days, (*starts, end), now, day)


def _figures(session: Session, event: _Event, window: Window) -> tuple[Figures, dict[dt.date, Peak]]:
    people = people_rows(session, window)
    groups = group_rows(session, window)
    peaks = _peaks(peak_rows(session, window), window)
    best = max(peaks.values(), key=lambda p: p.count)  # the first day on a tie
    figures = Figures(
        audience=_audience(people), classes=_class_totals(groups, window), schools=_schools(groups, window),
        levels=_levels(groups, window), departements=_departements(people),
        hours=_hours(hour_rows(session, window), event, window), slots=_slots(session, groups, window),
        peak=best if best.count else Peak(None, 0, None))
    return figures, peaks


def _audience(rows: Rows) -> tuple[Tally, ...]:
    totals = {key: [0, 0] for key in AUDIENCE_KEYS}
    for kind, category, _, registered, arrived in rows:
        key = (category or VisitorCategory.GENERAL_PUBLIC).value if kind is PersonKind.VISITOR else kind.value
        totals[key][0] += registered
        totals[key][1] += arrived
    return tuple(Tally(key, r, a) for key, (r, a) in totals.items())


def _departements(rows: Rows) -> tuple[Tally, ...]:
    totals: dict[str, list[int]] = {}
    for _, _, postcode, registered, arrived in rows:
        pair = totals.setdefault(departement_of(postcode or ""), [0, 0])
        pair[0] += registered
        pair[1] += arrived
    return tuple(Tally(code, r, a) for code, (r, a) in sorted(totals.items(), key=lambda i: departement_order(i[0]))
                 if r or a)


def _expected(row: Record, window: Window) -> bool:
    return window.day is None or row.day == window.day


def _class_totals(rows: Rows, window: Window) -> ClassTotals:
    expected = [r for r in rows if _expected(r, window)]
    came = [r for r in rows if r.members_in]
    return ClassTotals(
        schools_expected=len({r.school_id for r in expected}), schools_arrived=len({r.school_id for r in came}),
        classes_expected=len(expected), classes_arrived=len(came),
        pupils_expected=sum(_booked(r) for r in expected), pupils_registered=sum(r.pupils for r in expected),
        pupils_arrived=sum(r.pupils_in for r in rows))


def _booked(row: Record) -> int:
    """The head count the class booked for, or its registered pupils when it gave none."""
    return int(row.expected if row.expected is not None else row.pupils)


def _schools(rows: Rows, window: Window) -> tuple[SchoolTally, ...]:
    by_school: dict[int, list[Record]] = {}
    for row in rows:
        by_school.setdefault(row.school_id, []).append(row)
    tallies = []
    for classes in by_school.values():
        first = classes[0]
        expected = [r for r in classes if _expected(r, window)]
        tallies.append(SchoolTally(first.school, first.city, first.postcode, departement_of(first.postcode),
                                   len(expected), sum(1 for r in classes if r.members_in),
                                   sum(_booked(r) for r in expected), sum(r.pupils_in for r in classes)))
    return tuple(sorted(tallies, key=lambda s: (fold(s.name), fold(s.city), s.postcode)))


def _levels(rows: Rows, window: Window) -> tuple[Tally, ...]:
    totals = {level: [0, 0] for level in MAIN_LEVELS}
    for row in rows:
        pair = totals.setdefault(row.level or OTHER_LEVEL, [0, 0])
        pair[0] += row.pupils if _expected(row, window) else 0
        pair[1] += row.pupils_in
    order = {level: i for i, level in enumerate(LEVEL_ORDER)}
    keys = sorted(totals, key=lambda k: (k == OTHER_LEVEL, order.get(k, len(order)), k))
    return tuple(Tally(k, *totals[k]) for k in keys if k in MAIN_LEVELS or any(totals[k]))


def _hours(rows: Rows, event: _Event, window: Window) -> tuple[HourTally, ...]:
    """Hour buckets counted from the first local midnight, put back on each day's local clock."""
    tz = zone(event.timezone)
    moves: dict[tuple[dt.date, int], list[int]] = {}
    for bucket, arrivals, departures in rows:
        local = (window.start + dt.timedelta(hours=int(bucket))).astimezone(tz)
        pair = moves.setdefault((local.date(), local.hour), [0, 0])
        pair[0] += arrivals
        pair[1] += departures
    opening = [event.hours[d] for d in window.days]
    first = min([opens.hour for opens, _ in opening] + [hour for _, hour in moves])
    last = max([closes.hour - (closes.minute == 0) for _, closes in opening] + [hour for _, hour in moves])
    return tuple(HourTally(day, hour, *moves.get((day, hour), (0, 0)))
                 for day in window.days for hour in range(first, last + 1))


def _slots(session: Session, groups: Rows, window: Window) -> tuple[SlotFill, ...]:
    query = (select(TimeSlot.id, EventDay.date, TimeSlot.starts, TimeSlot.ends, TimeSlot.capacity)
             .join(EventDay, TimeSlot.day_id == EventDay.id).where(EventDay.date.in_(window.days))
             .order_by(EventDay.date, TimeSlot.starts))
    by_slot: dict[int, list[Record]] = {}
    for group in groups:
        by_slot.setdefault(group.slot_id, []).append(group)
    fills = []
    for slot_id, day, starts, ends, capacity in session.execute(query):
        booked = by_slot.get(slot_id, [])
        fills.append(SlotFill(day, starts, ends, capacity, len(booked), sum(g.pupils for g in booked),
                              sum(g.pupils_in for g in booked)))
    return tuple(fills)


def _peaks(rows: Rows, window: Window) -> dict[dt.date, Peak]:
    found = {index: (at, inside) for index, at, inside in rows}
    return {day: Peak(day, max(0, int(found[i][1])), found[i][0]) if i in found else Peak(day, 0, None)
            for i, day in enumerate(window.days)}


def _days(rows: Rows, window: Window, hours: tuple[HourTally, ...],
          peaks: dict[dt.date, Peak]) -> tuple[DaySummary, ...]:
    came = {index: (people, pupils, classes) for index, people, pupils, classes in rows}
    return tuple(DaySummary(day, *came.get(i, (0, 0, 0)), sum(h.arrivals for h in hours if h.day == day),
                            sum(h.departures for h in hours if h.day == day), peaks[day])
                 for i, day in enumerate(window.days))
