"""The scan rules when the database is away, from what the station knows alone.

The code's signature says whether the badge is genuine; the copy of the people (as of its last refresh)
gives the name, class and presence; what this station did since (its journal, and its own answered scans)
comes on top, in time order. The answer is marked offline: the database decides when the journal is
replayed (an offline "checked in" that another desk had already recorded becomes "already in" there).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from kiosk.domain.checkin import ScanDesk, ScanOutcome
from kiosk.domain.events import EventInfo
from kiosk.domain.journal import Entry, StationJournal
from kiosk.domain.kinds import Direction, ScanResult
from kiosk.domain.views import PersonView

Fact = tuple[dt.datetime, ScanResult]
T = TypeVar("T")


class OfflineStation(Protocol):
    """What the class check-ins and walk-ins need of a station (kiosk.domain.station_desk.StationDesk)."""

    desk: ScanDesk
    journal: StationJournal
    work_within: float  # what the database gets for work without a scan id, less than the offline cut-over

    @property
    def event(self) -> EventInfo: ...

    def online(self, work: Callable[[], T]) -> T | None: ...

    def journal_entry(self, entry: Entry) -> None: ...

    def facts(self, code: str, person: PersonView | None, start: dt.datetime) -> list[Fact]: ...
_ENTRIES = (ScanResult.CHECKED_IN, ScanResult.RE_ENTERED)


def copy_facts(person: PersonView, start: dt.datetime) -> list[Fact]:
    """The person's comings and goings of today, as the copy of the people has them."""
    facts: list[Fact] = []
    if person.left_at is not None and person.left_at >= start:
        facts.append((person.left_at, ScanResult.CHECKED_OUT))
    if person.entered_at is not None and person.entered_at >= start:
        facts.append((person.entered_at, ScanResult.CHECKED_IN))
    return facts


def presence(facts: Iterable[Fact]) -> tuple[bool, dt.datetime | None, bool]:
    """(inside now, since when, went out today) after today's facts, taken in time order."""
    inside, since, went_out = False, None, False
    for at, result in sorted(facts, key=lambda fact: fact[0]):
        if result in _ENTRIES or (result is ScanResult.ALREADY_IN and not inside):
            inside, since = True, at
        elif result is ScanResult.CHECKED_OUT:
            inside, went_out = False, True
    return inside, since, went_out


def offline_outcome(code: str, person: PersonView | None, direction: Direction, now: dt.datetime,
                    today: dt.date, facts: list[Fact], override_day: bool) -> ScanOutcome:
    """The answer to a genuine badge. One the copy does not know yet (registered since at another desk)
    is let in without a name: its signature is the event's own; the database decides on replay."""
    inside, since, went_out = presence(facts)
    if direction is Direction.OUT:
        result = ScanResult.CHECKED_OUT if inside or person is None else ScanResult.NOT_INSIDE
        return ScanOutcome(result, code, now, person, offline=True)
    if person is not None and person.day is not None and person.day != today and not override_day:
        return ScanOutcome(ScanResult.WRONG_DAY, code, now, person, booked_day=person.day, offline=True)
    if inside:
        return ScanOutcome(ScanResult.ALREADY_IN, code, now, person, since=since, offline=True)
    result = ScanResult.RE_ENTERED if went_out else ScanResult.CHECKED_IN
    return ScanOutcome(result, code, now, person, offline=True)
