"""A 20,000-pupil roster (800 classes) imported into the SQLite file that desks scan on: how long the import
takes, and the longest a desk could not write meanwhile (a second process commits a tiny write transaction in a
loop and records the longest gap between two commits). Baseline: the same process with no import running.

    .venv/bin/python benchmarks/bench_import_lock.py
"""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from multiprocessing.synchronize import Event
from pathlib import Path

from common import FIRST_DAY, report

from kiosk.domain.database import open_database
from kiosk.domain.demo_data import LAST_NAMES, PUPIL_FIRST_NAMES
from kiosk.domain.events import create_event
from kiosk.domain.registration import SchoolInput
from kiosk.domain.roster_import import ImportOptions, import_roster
from kiosk.domain.rosters import parse_roster_file

PUPILS = 20_000
ROUNDS = 3
QUIET_SECONDS = 2.0


def roster_file(folder: Path, seed: int) -> Path:
    rng = random.Random(seed)
    lines = ["NOM;Prénom;Classe"] + [
        f"{rng.choice(LAST_NAMES).upper()};{rng.choice(PUPIL_FIRST_NAMES)};{3 + i % 2}e {i // 50}"
        for i in range(PUPILS)]
    path = folder / f"roster-{seed}.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252", errors="replace"))
    return path


def desk(path: str, stop: Event, gaps: multiprocessing.Queue[float]) -> None:
    """A desk writing as often as it can: the longest gap between two of its commits."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=60)
    conn.execute("CREATE TABLE IF NOT EXISTS desk_probe (at REAL)")
    last, longest = time.perf_counter(), 0.0
    while not stop.is_set():
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO desk_probe VALUES (?)", (time.time(),))
        conn.execute("COMMIT")
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
        time.sleep(0.005)
    gaps.put(longest)


def with_desk(path: str, work: Callable[[], object] | None) -> float:
    """The longest gap between a desk's commits while `work` runs (or a quiet moment, for `None`)."""
    stop, gaps = multiprocessing.Event(), multiprocessing.Queue()
    probe = multiprocessing.Process(target=desk, args=(path, stop, gaps))
    probe.start()
    time.sleep(0.5)
    if work is None:
        time.sleep(QUIET_SECONDS)
    else:
        work()
    stop.set()
    longest: float = gaps.get()
    probe.join()
    return longest


def timed(durations: list[float], work: Callable[[], object]) -> None:
    started = time.perf_counter()
    work()
    durations.append(time.perf_counter() - started)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        path = base / "fair.sqlite3"
        db = open_database(f"sqlite:///{path}")
        create_event(db, "Salon", "Paris", FIRST_DAY, FIRST_DAY)
        quiet, during, durations = [], [], []
        for run in range(ROUNDS):
            parsed = parse_roster_file(roster_file(base, run))
            options = ImportOptions(SchoolInput(f"Collège n° {run}", "Paris", "75015"), day=FIRST_DAY)
            quiet.append(with_desk(str(path), None))
            during.append(with_desk(str(path), partial(timed, durations, partial(import_roster, db, parsed, options))))
        db.close()
    took, held = statistics.median(durations), statistics.median(during)
    report(f"import of {PUPILS:,} pupils in {PUPILS // 25} classes: median {took:.2f} s; the longest a desk "
           f"could not write meanwhile: {held:.2f} s ({held / took:.0%} of the import; "
           f"{statistics.median(quiet) * 1000:.0f} ms with no import) over {ROUNDS} rounds")


if __name__ == "__main__":
    main()
