"""The day the screens work on: today during the fair (in the fair's own time zone), else its first day."""

from __future__ import annotations

import datetime as dt

from kiosk.domain.events import EventInfo

DAYS = tuple(dt.date(2026, 11, 26) + dt.timedelta(days=n) for n in range(4))
FAIR = EventInfo("Salon des métiers", "Paris Expo", "Europe/Paris", DAYS, b"k" * 32)


def utc(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=dt.UTC)


def test_during_the_fair_it_is_today_in_paris() -> None:
    assert FAIR.working_day(utc(2026, 11, 27, 10, 0)) == dt.date(2026, 11, 27)
    assert FAIR.working_day(utc(2026, 11, 27, 23, 30)) == dt.date(2026, 11, 28)  # 00:30 in Paris


def test_before_and_after_the_fair_it_is_the_first_day() -> None:
    assert FAIR.working_day(utc(2026, 11, 1, 9, 0)) == DAYS[0]
    assert FAIR.working_day(utc(2026, 12, 24, 9, 0)) == DAYS[0]
