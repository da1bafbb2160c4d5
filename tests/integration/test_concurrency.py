"""Several kiosks, one database: the same badge scanned by real processes at the same instant counts once."""

from __future__ import annotations

import multiprocessing
from collections import Counter

from sample_event import MORNING
from sqlalchemy import func, select

from kiosk.domain.checkin import ScanDesk
from kiosk.domain.database import Database, open_database
from kiosk.domain.kinds import PersonKind, ScanResult
from kiosk.domain.models import Scan
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person

KIOSKS = 4
ROUNDS = 12


def _kiosk(url: str, codes: list[str], barrier: multiprocessing.synchronize.Barrier,
           results: multiprocessing.queues.Queue[tuple[str, str]]) -> None:
    """One kiosk process: waits for the others before each scan so that they all hit the same row together."""
    database = open_database(url)
    desk = ScanDesk(database, station=f"kiosk-{multiprocessing.current_process().name}")
    for code in codes:
        barrier.wait(timeout=60)
        outcome = desk.scan(code, now=MORNING)
        results.put((code, outcome.result.value))
    database.close()


def _badges(db: Database, count: int) -> list[str]:
    group = add_group(db, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", MORNING.date()))
    return [add_person(db, PersonKind.PUPIL, f"Élève{i}", "Lefèvre", group_id=group.id).code for i in range(count)]


def _race(url: str, codes: list[str]) -> list[tuple[str, str]]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(KIOSKS)
    results = context.Queue()
    kiosks = [context.Process(target=_kiosk, args=(url, codes, barrier, results), name=str(i))
              for i in range(KIOSKS)]
    for kiosk in kiosks:
        kiosk.start()
    collected = [results.get(timeout=120) for _ in range(KIOSKS * len(codes))]
    for kiosk in kiosks:
        kiosk.join(timeout=60)
        assert kiosk.exitcode == 0
    return collected


def test_same_badge_on_four_kiosks_at_once_is_one_check_in(db_url: str, event_db: Database) -> None:
    codes = _badges(event_db, ROUNDS)
    outcomes = _race(db_url, codes)
    for code in codes:
        results = Counter(result for scanned, result in outcomes if scanned == code)
        assert results == {ScanResult.CHECKED_IN.value: 1, ScanResult.ALREADY_IN.value: KIOSKS - 1}, code
    with event_db.transaction(write=False) as session:
        check_ins = session.scalar(select(func.count()).where(Scan.result == ScanResult.CHECKED_IN))
        stored = session.scalar(select(func.count()).select_from(Scan))
    assert check_ins == ROUNDS
    assert stored == ROUNDS * KIOSKS

