"""Shared by the benchmark scripts: a 100,000-person fair, timing helpers, figure printing.

Machines here are noisy, so every script compares against a baseline measured in the same run and
prints ratios; absolute times are printed for the README but never asserted.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update

from kiosk.domain.database import Database, open_database
from kiosk.domain.demo import load_demo
from kiosk.domain.models import Group, Person, Scan

OUT = Path(__file__).resolve().parent / "out"
PARIS = ZoneInfo("Europe/Paris")
FIRST_DAY = dt.date(2026, 11, 24)
MORNING = dt.datetime.combine(FIRST_DAY, dt.time(9, 30), tzinfo=PARIS)
GROUPS = int(os.environ.get("KIOSK_BENCH_GROUPS", "4000"))
VISITORS = int(os.environ.get("KIOSK_BENCH_VISITORS", "2000"))


def fair_database(url: str | None = None, *, groups: int = GROUPS, visitors: int = VISITORS) -> tuple[Database, str]:
    """The reference fair (4,000 classes, about 100,000 people), built once per URL and reused."""
    OUT.mkdir(exist_ok=True)
    url = url or f"sqlite:///{OUT / f'fair-{groups}.sqlite3'}"
    db = open_database(url)
    with db.transaction(write=False) as session:
        existing = session.scalar(select(Group.id).limit(1))
    if existing is None:
        started = time.perf_counter()
        summary = load_demo(db, groups=groups, visitors=visitors, seed=7, first_day=FIRST_DAY)
        print(f"built {url.split('://')[0]} fair: {summary.groups} classes, "
              f"{summary.pupils + summary.adults + summary.visitors} people in {time.perf_counter() - started:.1f} s")
    return db, url


def reset_presence(db: Database) -> None:
    """Everyone outside and no scans yet, so that each run measures first check-ins."""
    with db.transaction() as session:
        session.execute(delete(Scan))
        session.execute(update(Person).values(on_site=False, entered_at=None, left_at=None))


def codes_for_day(db: Database, day: dt.date, limit: int) -> list[str]:
    """Badge codes of people allowed in on `day` (their class is booked that day, or no class at all)."""
    with db.transaction(write=False) as session:
        query = (select(Person.code).outerjoin(Group, Person.group_id == Group.id)
                 .where((Group.day == day) | (Person.group_id.is_(None))).order_by(Person.id).limit(limit))
        return list(session.scalars(query))


def time_each(items: Iterable[object], action: Callable[[object], object]) -> list[float]:
    """Seconds per call of `action` on each item."""
    samples = []
    for item in items:
        started = time.perf_counter()
        action(item)
        samples.append(time.perf_counter() - started)
    return samples


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def describe(samples: list[float]) -> str:
    return (f"median {statistics.median(samples) * 1000:.3f} ms, p95 {percentile(samples, 0.95) * 1000:.3f} ms, "
            f"p99 {percentile(samples, 0.99) * 1000:.3f} ms over {len(samples)}")


def report(line: str) -> None:
    print(line)
    sys.stdout.flush()
