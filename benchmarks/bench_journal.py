"""The station journal on the 100,000-person fair (SQLite, synchronous=FULL):

- online, a scan through the station (worker thread, no journal write) against a plain `ScanDesk` scan in the
  same run, interleaved blocks: what the journal costs the normal path;
- the copy of the people and classes (read + swap into the journal), against the 2 s target;
- answers while the database does not answer (another connection holds its write lock, as a long import
  does): the first waits the 0.8 s cut-over, the others are answered from the journal;
- the replay of those scans once the lock is released.

    .venv/bin/python benchmarks/bench_journal.py
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from common import MORNING, codes_for_day, describe, fair_database, report, reset_presence, time_each
from sqlalchemy.engine import make_url

from kiosk.domain.checkin import ScanDesk, ScanOutcome
from kiosk.domain.people_copy import refresh_copy
from kiosk.domain.station_desk import StationDesk, open_station

SCANS = 2000
OFFLINE = 1000


def online_cost(desk: ScanDesk, station: StationDesk, codes: list[str]) -> None:
    """Scan by scan, one way then the other, so that noise (this machine's disk) hits both alike."""
    direct: list[float] = []
    through: list[float] = []
    results: set[tuple[str, bool]] = set()
    for index in range(SCANS):
        direct += time_each([codes[2 * index]], lambda c: desk.scan(str(c), now=MORNING))
        through += time_each([codes[2 * index + 1]], lambda c: results.add(_answer(station.scan(str(c), now=MORNING))))
    assert results == {("checked_in", False)} and station.journal.waiting_count() == 0  # all online, journal untouched
    report(f"online scan, ScanDesk:            {describe(direct)}")
    report(f"online scan, through the station: {describe(through)}")
    report(f"online scan, station / ScanDesk (median): {statistics.median(through) / statistics.median(direct):.2f}x")


def _answer(outcome: ScanOutcome) -> tuple[str, bool]:
    return outcome.result.value, outcome.offline


def copy_time(station: StationDesk) -> None:
    samples = []
    for _ in range(3):
        started = time.perf_counter()
        people = refresh_copy(station.desk.db, station.journal.copy)
        samples.append(time.perf_counter() - started)
    size = station.journal.copy.path.stat().st_size / 2**20
    report(f"copy of {people:,} people and their classes beside the journal: median {statistics.median(samples):.2f} s "
           f"(runs: {', '.join(f'{s:.2f}' for s in samples)}); copy file {size:.1f} MiB")


def outage(url: str, station: StationDesk, codes: list[str]) -> None:
    holder = sqlite3.connect(make_url(url).database or "", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    answers = []
    try:
        samples = time_each(codes[:OFFLINE], lambda c: answers.append(station.scan(str(c), now=MORNING)))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    released = time.perf_counter()
    assert all(a.offline for a in answers) and station.settle(600) == 0
    replay = time.perf_counter() - released
    report(f"database away: first answer {samples[0] * 1000:.0f} ms (the cut-over), then "
           f"{describe(samples[1:])}; slowest {max(samples) * 1000:.0f} ms")
    report(f"replay of {OFFLINE} journaled scans once the database answers: {replay:.2f} s "
           f"({replay / OFFLINE * 1000:.2f} ms each, including the link's 1 s retry wait)")


def main() -> None:
    db, url = fair_database()
    reset_presence(db)
    desk = ScanDesk(db, "bench")
    codes = [str(c) for c in codes_for_day(db, MORNING.date(), 200_000)]
    with tempfile.TemporaryDirectory() as folder, \
            open_station(url, "bench-station", journal_folder=Path(folder), keep_copy=False) as station:
        online_cost(desk, station, codes)
        copy_time(station)
        outage(url, station, codes[SCANS * 2:])
    db.close()


if __name__ == "__main__":
    main()
