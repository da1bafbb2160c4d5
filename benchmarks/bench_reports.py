"""Reports on the 100,000-person fair after two busy days: the statistics, the event report PDF, the CSV exports.

Baselines measured in the same run: the statistics by SQL aggregates against the naive way (every person and
scan loaded into Python and counted in loops); the event report against the same report with a Paragraph in
every school cell; the people CSV against plain sqlite3 rows written by csv.writer (the floor).
It works on its own copy of the fair, so that it never disturbs another benchmark using the shared one.

    .venv/bin/python benchmarks/bench_reports.py
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from common import FIRST_DAY, OUT, PARIS, fair_database, report, reset_presence
from pypdf import PdfReader
from reportlab.platypus import Paragraph
from sqlalchemy import select

from kiosk.documents import report_sections
from kiosk.documents.csv_export import people_csv, stats_csv
from kiosk.documents.fonts import markup
from kiosk.documents.report import event_report
from kiosk.documents.report_tables import look
from kiosk.domain.checkin import ScanDesk
from kiosk.domain.class_visits import checkin_class, checkout_class
from kiosk.domain.database import Database, open_database
from kiosk.domain.directory import list_groups
from kiosk.domain.kinds import Direction, PersonKind, ScanResult
from kiosk.domain.models import Group, Person, Scan, School
from kiosk.domain.stats import day_stats, event_stats
from kiosk.domain.stats_places import departement_of
from kiosk.domain.stats_rows import people_for_export

CLASSES_PER_DAY, VISITORS_PER_DAY, RUNS = 250, 1000, 5
DAYS = (FIRST_DAY, FIRST_DAY + dt.timedelta(days=1))
AFTER = dt.datetime.combine(FIRST_DAY + dt.timedelta(days=7), dt.time(12), tzinfo=PARIS)


def own_copy() -> Database:
    """A copy of the shared fair (made again when the fair is rebuilt), taken with SQLite's backup API."""
    shared, url = fair_database()
    shared.close()
    path = Path(url.removeprefix("sqlite:///"))
    copy = OUT / f"{path.stem}-reports.sqlite3"
    if not copy.exists() or copy.stat().st_mtime < path.stat().st_mtime:
        source, target = sqlite3.connect(path), sqlite3.connect(copy)
        source.backup(target)
        source.close()
        target.close()
    return open_database(f"sqlite:///{copy}")


def busy_days(db: Database) -> int:
    """Classes arriving all morning and leaving in the afternoon, visitors scanned in and out: returns scans."""
    reset_presence(db)
    desk = ScanDesk(db, station="Hall 7")
    with db.transaction(write=False) as session:
        visitors = list(session.scalars(select(Person.code).where(Person.kind == PersonKind.VISITOR)))
    for offset, day in enumerate(DAYS):
        opening = dt.datetime.combine(day, dt.time(9), tzinfo=PARIS)
        for i, group in enumerate(list_groups(db, day)[:CLASSES_PER_DAY]):
            checkin_class(desk, group.id, now=opening + dt.timedelta(minutes=i))
            checkout_class(desk, group.id, now=opening + dt.timedelta(hours=5, minutes=i))
        for i, code in enumerate(visitors[offset * 500:offset * 500 + VISITORS_PER_DAY]):
            desk.scan(code, now=opening + dt.timedelta(seconds=20 * i))
            desk.scan(code, Direction.OUT, now=opening + dt.timedelta(hours=6, seconds=20 * i))
    with db.transaction(write=False) as session:
        return len(session.scalars(select(Scan.id)).all())


def naive_stats(db: Database) -> tuple[int, int]:
    """The same counts the way one would write them first: load every row, loop in Python."""
    with db.transaction(write=False) as session:
        people = session.execute(select(Person.id, Person.kind, Person.category, Person.postcode, Group.level,
                                        School.postcode).outerjoin(Group, Person.group_id == Group.id)
                                 .outerjoin(School, Group.school_id == School.id)).all()
        scans = session.execute(select(Scan.person_id, Scan.result, Scan.at).order_by(Scan.at, Scan.id)).all()
    entries = (ScanResult.CHECKED_IN, ScanResult.RE_ENTERED)
    came = {person for person, result, _ in scans if result in entries}
    audience, places, levels, hours = Counter(), Counter(), Counter(), Counter()
    for person, kind, category, postcode, level, school_postcode in people:
        audience[(category or kind, person in came)] += 1
        places[(departement_of(school_postcode or postcode or ""), person in came)] += 1
        levels[(level, person in came)] += kind is PersonKind.PUPIL
    inside, peak = Counter(), Counter()
    for _, result, at in scans:
        local = at.astimezone(PARIS)
        hours[(local.date(), local.hour, result)] += 1
        if result in (*entries, ScanResult.CHECKED_OUT):
            inside[local.date()] += -1 if result is ScanResult.CHECKED_OUT else 1
            peak[local.date()] = max(peak[local.date()], inside[local.date()])
    return len(came), max(peak.values(), default=0)


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def plain_people_csv(path: str) -> bytes:
    """The floor: the same columns through sqlite3 and csv.writer, no views, labels, times or guards."""
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT p.id, p.last_name, p.first_name, p.kind, s.name, g.label, g.day, p.organisation, "
                        "p.postcode, p.code, p.entered_at, p.left_at FROM person p LEFT JOIN class_group g ON "
                        "p.group_id = g.id LEFT JOIN school s ON g.school_id = s.id ORDER BY p.id")
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    conn.close()
    return buffer.getvalue().encode("utf-8")


def main() -> None:
    db = own_copy()
    started = time.perf_counter()
    scans = busy_days(db)
    report(f"two busy days: {scans} scans recorded in {time.perf_counter() - started:.1f} s")
    stats = event_stats(db, now=AFTER)
    assert naive_stats(db) == (stats.figures.arrived, stats.figures.peak.count), "the baseline must count the same"
    report(f"{stats.figures.registered} registered, {stats.figures.arrived} came, peak {stats.figures.peak.count}")

    sql = median_seconds(lambda: event_stats(db, now=AFTER))
    naive = median_seconds(lambda: naive_stats(db))
    report(f"whole-event stats (SQL aggregates): median {sql * 1000:.0f} ms")
    report(f"the same counted in Python loops over every row: median {naive * 1000:.0f} ms — SQL is "
           f"{naive / sql:.1f}x faster")
    report(f"one day's stats: median {median_seconds(lambda: day_stats(db, DAYS[0], now=AFTER)) * 1000:.0f} ms")

    pdf = event_report(stats, lang="fr")
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    fast = median_seconds(lambda: event_report(stats, lang="fr"), runs=3)
    original = report_sections.text
    report_sections.text = lambda value, width: Paragraph(markup(value), look().cell)
    try:
        slow = median_seconds(lambda: event_report(stats, lang="fr"), runs=3)
    finally:
        report_sections.text = original
    report(f"event report PDF, {len(stats.figures.schools)} schools, {pages} pages, {len(pdf) // 1024} KiB: "
           f"median {fast:.2f} s; with a Paragraph in every school cell {slow:.2f} s ({slow / fast:.1f}x)")
    report(f"statistics CSV of the event: median {median_seconds(lambda: stats_csv(stats, 'fr')) * 1000:.0f} ms")

    people = people_csv(people_for_export(db), timezone="Europe/Paris", lang="fr")
    ours = median_seconds(lambda: people_csv(people_for_export(db), timezone="Europe/Paris", lang="fr"), runs=3)
    floor = median_seconds(lambda: plain_people_csv(str(db.engine.url.database)), runs=3)
    lines = people.count(b"\n") - 1
    report(f"people CSV, {lines} people, {len(people) / 1e6:.1f} MB: median {ours:.2f} s; "
           f"plain sqlite3 + csv.writer {floor:.2f} s (ours is {ours / floor:.1f}x the floor)")
    db.close()


if __name__ == "__main__":
    main()
