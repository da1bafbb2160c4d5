"""Scan path: the service (parse, verify, look up, record, commit) against plain sqlite3 doing the same
statements in the same run, on a 100,000-person fair with synchronous=FULL; then PostgreSQL over loopback
and four kiosk processes scanning at once.

    .venv/bin/python benchmarks/bench_scan.py        (make bench runs it with a throw-away PostgreSQL)
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sqlite3
import statistics
import time
import uuid

from common import MORNING, codes_for_day, describe, fair_database, report, reset_presence, time_each
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kiosk.domain.checkin import ScanDesk
from kiosk.domain.clock import day_start
from kiosk.domain.codes import parse_code
from kiosk.domain.database import open_database
from kiosk.domain.errors import KioskError

SCANS = 2000
PROCESSES = 4
PER_PROCESS = 400
SELECT_PERSON = """SELECT person.id, person.kind, person.first_name, person.last_name, person.group_id,
 person.category, person.organisation, person.postcode, person.code, person.on_site, person.entered_at,
 person.left_at, class_group.label, class_group.day, school.name FROM person
 LEFT OUTER JOIN class_group ON person.group_id = class_group.id
 LEFT OUTER JOIN school ON class_group.school_id = school.id WHERE person.code = ?"""
UPDATE_PERSON = """UPDATE person SET on_site = 1, entered_at = ? WHERE person.id = ?
 AND (person.on_site = 0 OR person.entered_at IS NULL OR person.entered_at < ?) RETURNING person.id"""
INSERT_SCAN = """INSERT INTO scan (uid, person_id, code, direction, result, at, station, operator, overridden)
 VALUES (?, ?, ?, 'in', 'checked_in', ?, 'bench', '', 0)"""


def plain_sqlite_scanner(path: str, secret: bytes):  # type: ignore[no-untyped-def]
    """The same work with the sqlite3 module and hand-written SQL: the floor we compare against."""
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 10000"):
        conn.execute(f"PRAGMA {pragma}")
    stamp = "%Y-%m-%d %H:%M:%S.%f"
    start = day_start(MORNING.date(), "Europe/Paris").strftime(stamp)
    now = MORNING.astimezone(dt.UTC).strftime(stamp)

    def scan(raw: object) -> None:
        parsed = parse_code(str(raw), secret)
        assert parsed is not None
        uid = uuid.uuid4().hex
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute(SELECT_PERSON, (parsed.text,)).fetchone()
        conn.execute(UPDATE_PERSON, (now, row[0], start)).fetchall()
        conn.execute(INSERT_SCAN, (uid, row[0], parsed.text, now))
        conn.execute("COMMIT")

    return scan


def compare_with_plain_sqlite() -> None:
    db, url = fair_database()
    reset_presence(db)
    desk = ScanDesk(db, "bench")
    codes = codes_for_day(db, MORNING.date(), 200_000)
    service_codes, plain_codes = codes[:SCANS], codes[SCANS:SCANS * 2]
    plain = plain_sqlite_scanner(make_url(url).database or "", desk.event.secret)
    service: list[float] = []
    baseline: list[float] = []
    for block in range(0, SCANS, 100):  # alternate blocks so that noise hits both alike
        service += time_each(service_codes[block:block + 100], lambda c: desk.scan(str(c), now=MORNING))
        baseline += time_each(plain_codes[block:block + 100], plain)
    again = time_each(service_codes[:500], lambda c: desk.scan(str(c), now=MORNING))
    report(f"SQLite scan, service:      {describe(service)}")
    report(f"SQLite scan, plain sqlite3: {describe(baseline)}")
    ratio = statistics.median(service) / statistics.median(baseline)
    report(f"SQLite scan, service / plain sqlite3 (median): {ratio:.2f}x")
    report(f"SQLite scan of someone already inside: {describe(again)}")
    db.close()


def _kiosk_process(url: str, codes: list[str], barrier: multiprocessing.synchronize.Barrier,
                   results: multiprocessing.queues.Queue[list[float]]) -> None:
    database = open_database(url)
    desk = ScanDesk(database, f"kiosk-{os.getpid()}")
    barrier.wait(timeout=120)
    busy: list[str] = []
    samples = time_each(codes, lambda c: _scan_or_busy(desk, str(c), busy))
    if busy:  # a scan waits at most 1 s for another process's lock, then says the base is busy
        print(f"  kiosk-{os.getpid()}: {len(busy)} scans answered 'busy' after waiting 1 s", flush=True)
    results.put(samples)
    database.close()


def _scan_or_busy(desk: ScanDesk, code: str, busy: list[str]) -> None:
    try:
        desk.scan(code, now=MORNING)
    except KioskError:
        busy.append(code)


def four_kiosks(url: str, codes: list[str], label: str) -> None:
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(PROCESSES), context.Queue()
    shares = [codes[i::PROCESSES][:PER_PROCESS] for i in range(PROCESSES)]
    processes = [context.Process(target=_kiosk_process, args=(url, share, barrier, results)) for share in shares]
    started = time.perf_counter()
    for process in processes:
        process.start()
    samples = [s for _ in processes for s in results.get(timeout=600)]
    for process in processes:
        process.join()
    elapsed = time.perf_counter() - started
    report(f"{label}, {PROCESSES} processes at once: {describe(samples)}; {len(samples) / elapsed:.0f} scans/s "
           "overall (including process start)")


def postgres(server: str) -> None:
    name = "kiosk_bench_fair"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first() is None:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    db, url = fair_database(server.rsplit("/", 1)[0] + "/" + name)
    reset_presence(db)
    desk = ScanDesk(db, "bench")
    codes = codes_for_day(db, MORNING.date(), 200_000)
    samples = time_each(codes[:SCANS], lambda c: desk.scan(str(c), now=MORNING))
    report(f"PostgreSQL scan over loopback: {describe(samples)}")
    four_kiosks(url, codes[SCANS:], "PostgreSQL scan")
    db.close()


def main() -> None:
    compare_with_plain_sqlite()
    db, url = fair_database()
    codes = codes_for_day(db, MORNING.date(), 200_000)
    db.close()
    four_kiosks(url, codes[SCANS * 2 + 200:], "SQLite scan")
    server = os.environ.get("KIOSK_BENCH_POSTGRES_URL") or os.environ.get("KIOSK_TEST_POSTGRES_URL")
    if server:
        postgres(server)
    else:
        report("PostgreSQL: skipped (set KIOSK_BENCH_POSTGRES_URL, or run `make bench`)")


if __name__ == "__main__":
    main()
