"""Importing a 1,000-pupil roster (40 classes, Windows-1252 CSV as French spreadsheets write it): parse and
write in one transaction, against registering the same pupils one at a time (the naive way) in the same run."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from common import FIRST_DAY, report

from kiosk.domain.database import Database, open_database
from kiosk.domain.demo_data import LAST_NAMES, PUPIL_FIRST_NAMES
from kiosk.domain.events import create_event
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person
from kiosk.domain.roster_import import ImportOptions, import_roster
from kiosk.domain.rosters import parse_roster_file

PUPILS = 1000
RUNS = 5


def roster_file(folder: Path, seed: int) -> Path:
    rng = random.Random(seed)
    lines = ["Liste des élèves inscrits;;", ";;", "NOM;Prénom;Classe"]
    lines += [f"{rng.choice(LAST_NAMES).upper()};{rng.choice(PUPIL_FIRST_NAMES)};{3 + i % 2}e {chr(65 + i // 50)}"
              for i in range(PUPILS)]
    path = folder / f"roster-{seed}.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252", errors="replace"))
    return path


def one_by_one(db: Database, path: Path) -> float:
    """The same roster through the walk-in form's service, one person and one commit at a time."""
    parsed = parse_roster_file(path)
    started = time.perf_counter()
    groups: dict[str, int] = {}
    for entry in parsed.entries:
        label = entry.class_label or ""
        if label not in groups:
            groups[label] = add_group(db, GroupInput(SchoolInput("Collège témoin", "Paris", "75015"), label,
                                                     FIRST_DAY)).id
        add_person(db, PersonKind.PUPIL, entry.first_name, entry.last_name, group_id=groups[label])
    return time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        db = open_database(f"sqlite:///{base / 'import.sqlite3'}")
        create_event(db, "Salon", "Paris", FIRST_DAY, FIRST_DAY)
        timings = []
        for run in range(RUNS):
            path = roster_file(base, run)
            started = time.perf_counter()
            parsed = parse_roster_file(path)
            result = import_roster(db, parsed, ImportOptions(SchoolInput(f"Collège n° {run}", "Paris", "75015"),
                                                             day=FIRST_DAY))
            timings.append(time.perf_counter() - started)
            assert result.new_count == PUPILS, result.new_count
        naive = one_by_one(db, roster_file(base, RUNS))
        db.close()
    report(f"import of {PUPILS} pupils in 40 classes (parse + write): median {statistics.median(timings):.3f} s, "
           f"worst {max(timings):.3f} s over {RUNS} runs")
    report(f"the same {PUPILS} pupils one at a time: {naive:.3f} s; the import is "
           f"{naive / statistics.median(timings):.1f}x faster")


if __name__ == "__main__":
    main()
