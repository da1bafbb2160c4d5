"""Importing a 1,000-pupil roster (40 classes, Windows-1252 CSV as French spreadsheets write it), parse and
write, against the same people inserted by plain sqlite3 in the same run (the floor)."""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from common import FIRST_DAY, report

from kiosk.domain.database import open_database
from kiosk.domain.demo_data import FIRST_NAMES, LAST_NAMES
from kiosk.domain.events import create_event
from kiosk.domain.registration import SchoolInput
from kiosk.domain.roster_import import ImportOptions, import_roster
from kiosk.domain.rosters import parse_roster_file

PUPILS = 1000
RUNS = 5


def roster_file(folder: Path, seed: int) -> Path:
    rng = random.Random(seed)
    lines = ["Liste des élèves inscrits;;", ";;", "NOM;Prénom;Classe"]
    lines += [f"{rng.choice(LAST_NAMES).upper()};{rng.choice(FIRST_NAMES)};{3 + i % 2}e {chr(65 + i // 50)}"
              for i in range(PUPILS)]
    path = folder / f"roster-{seed}.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252", errors="replace"))
    return path


def plain_insert(path: Path, rows: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, first TEXT, last TEXT, code TEXT UNIQUE)")
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t (first, last, code) VALUES (?, ?, ?)",
                     [(f"f{i}", f"l{i}", f"c{time.perf_counter_ns()}-{i}") for i in range(rows)])
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        db = open_database(f"sqlite:///{base / 'import.sqlite3'}")
        create_event(db, "Salon", "Paris", FIRST_DAY, FIRST_DAY)
        timings, floors = [], []
        for run in range(RUNS):
            path = roster_file(base, run)
            started = time.perf_counter()
            parsed = parse_roster_file(path)
            result = import_roster(db, parsed, ImportOptions(SchoolInput(f"Collège n° {run}", "Paris", "75015"),
                                                             day=FIRST_DAY))
            timings.append(time.perf_counter() - started)
            assert result.new_count == PUPILS, result.new_count
            floors.append(plain_insert(base / "plain.sqlite3", PUPILS))
        db.close()
    report(f"import of {PUPILS} pupils in 40 classes (parse + write): median {statistics.median(timings):.3f} s, "
           f"worst {max(timings):.3f} s over {RUNS} runs")
    report(f"plain sqlite3 executemany of {PUPILS} rows: median {statistics.median(floors):.3f} s; "
           f"ratio {statistics.median(timings) / statistics.median(floors):.1f}x")


if __name__ == "__main__":
    main()
