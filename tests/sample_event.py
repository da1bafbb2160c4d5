"""The dates of the test fair, importable from any test folder (a `conftest` module name is ambiguous)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
FIRST_DAY = dt.date(2026, 11, 24)
EVENT_DAYS = tuple(FIRST_DAY + dt.timedelta(days=i) for i in range(4))
MORNING = dt.datetime(2026, 11, 24, 9, 30, tzinfo=PARIS)
