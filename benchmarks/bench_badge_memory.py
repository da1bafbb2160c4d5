"""Memory of a whole fair's badges on a one-per-page stock (43,000 CR80 cards: 43,000 pages), written as one
file: peak resident memory of this process and of the largest worker (target 300 MB), time and size.

    .venv/bin/python benchmarks/bench_badge_memory.py
"""

from __future__ import annotations

import datetime as dt
import resource
import secrets
import tempfile
import time
from pathlib import Path

from common import report

from kiosk.documents.badge_batch import write_badges
from kiosk.domain.badge_list import BadgeData
from kiosk.domain.codes import CodeKind, new_code
from kiosk.domain.kinds import PersonKind

BADGES = 43_000
LAYOUT = "cr80"


def batch() -> list[BadgeData]:
    secret, day = secrets.token_bytes(32), (dt.date(2026, 11, 24),)
    return [BadgeData(f"Léa{i % 300}", f"Martin{i % 1000}", "Collège Jean-Moulin", f"4e {i // 30}", PersonKind.PUPIL,
                      None, new_code(CodeKind.BADGE, secret), "Salon des métiers", day) for i in range(BADGES)]


def main() -> None:
    badges = batch()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "badges.pdf"
        started = time.perf_counter()
        written = write_badges(path, badges, LAYOUT, lang="fr")
        elapsed, size = time.perf_counter() - started, path.stat().st_size
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report(f"{written.badges:,} badges on {written.pages:,} pages ({LAYOUT}), one file: {elapsed:.1f} s, "
           f"{size / 2**20:.1f} MiB; peak memory {parent:.0f} MB here, {worker:.0f} MB in the largest worker "
           "(target 300 MB)")


if __name__ == "__main__":
    main()
