"""The statistics as plain frozen data: what the reports and CSV exports print, nothing they must compute."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

OTHER_LEVEL = "other"


@dataclass(frozen=True)
class Tally:
    """One line of a "registered / arrived" table; `key` is a kind or category value, a level or a département."""

    key: str
    registered: int
    arrived: int

    @property
    def rate(self) -> float | None:
        return self.arrived / self.registered if self.registered else None


@dataclass(frozen=True)
class ClassTotals:
    """Schools, classes and pupils expected against those who came (a class came when one member did)."""

    schools_expected: int
    schools_arrived: int
    classes_expected: int
    classes_arrived: int
    pupils_expected: int
    """The booked head count of each class (Group.expected), or its registered pupils when none was given."""
    pupils_registered: int
    pupils_arrived: int


@dataclass(frozen=True)
class SchoolTally:
    name: str
    city: str
    postcode: str
    departement: str
    classes_expected: int
    classes_arrived: int
    pupils_expected: int
    pupils_arrived: int


@dataclass(frozen=True)
class HourTally:
    """Moves in one local hour (`hour` to `hour` + 1) of one day: entries and exits, not distinct people."""

    day: dt.date
    hour: int
    arrivals: int
    departures: int


@dataclass(frozen=True)
class SlotFill:
    """A class time slot: its capacity in pupils against the registered pupils of the classes booked in it."""

    day: dt.date
    starts: dt.time
    ends: dt.time
    capacity: int
    classes: int
    registered: int
    arrived: int

    @property
    def label(self) -> str:
        return f"{self.starts:%H:%M}–{self.ends:%H:%M}"

    @property
    def fill(self) -> float | None:
        return self.registered / self.capacity if self.capacity else None


@dataclass(frozen=True)
class Peak:
    """Most people inside at once, and when it was first reached (None: nobody came)."""

    day: dt.date | None
    count: int
    at: dt.datetime | None


@dataclass(frozen=True)
class Figures:
    """Every table of a report, for one day or the whole event."""

    audience: tuple[Tally, ...]
    """By kind for class members (pupil, teacher, companion), by category for individual visitors."""
    classes: ClassTotals
    schools: tuple[SchoolTally, ...]
    levels: tuple[Tally, ...]
    departements: tuple[Tally, ...]
    hours: tuple[HourTally, ...]
    slots: tuple[SlotFill, ...]
    peak: Peak

    @property
    def registered(self) -> int:
        return sum(t.registered for t in self.audience)

    @property
    def arrived(self) -> int:
        return sum(t.arrived for t in self.audience)


@dataclass(frozen=True)
class DaySummary:
    """One line of the whole-event report: people counted once a day, moves, and the day's peak."""

    day: dt.date
    people: int
    pupils: int
    classes: int
    arrivals: int
    departures: int
    peak: Peak


@dataclass(frozen=True)
class _Scope:
    event: str
    venue: str
    timezone: str
    at: dt.datetime
    """The moment the figures stand at: scans after it are not counted."""
    figures: Figures


@dataclass(frozen=True)
class DayStats(_Scope):
    """One day. Registered means expected that day: classes booked that day, and individual visitors."""

    day: dt.date
    refused: int = 0
    """Scans turned away that day: codes not ours (forged, foreign, damaged) or not registered."""


@dataclass(frozen=True)
class EventStats(_Scope):
    """The whole event; each person who came is counted once, however many days they came."""

    days: tuple[DaySummary, ...]
