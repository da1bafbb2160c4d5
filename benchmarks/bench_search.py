"""Search as you type on the 100,000-person fair: prefixes of one to six letters, then whole words.

Each search returns a page of 50 people, ranked, with how many match (counted up to 1,000); the next pages
are read after the last row shown. Baselines, timed in the same run: the first page cut at 20 rows, and a
`LIKE '%…%'` scan over the names.
"""

from __future__ import annotations

import random
import statistics
import time

from common import describe, fair_database, report, time_each
from sqlalchemy import func, or_, select

from kiosk.domain.models import Person
from kiosk.domain.search import Page, find_people, more_people, search_people
from kiosk.domain.text import fold

QUERIES_PER_LENGTH = 300


def main() -> None:
    db, _ = fair_database()
    rng = random.Random(3)
    with db.transaction(write=False) as session:
        names = list(session.scalars(select(Person.last_name).order_by(Person.id).limit(20_000)))
    words = [fold(n).split()[0] for n in names if len(fold(n).split()[0]) >= 6]
    all_samples: list[float] = []
    for length in range(1, 7):
        prefixes = [rng.choice(words)[:length] for _ in range(QUERIES_PER_LENGTH)]
        samples = time_each(prefixes, lambda p: search_people(db, str(p)))
        all_samples += samples
        report(f"search, {length}-letter prefix: {describe(samples)}")
    report(f"search, all prefixes: {describe(all_samples)}")

    def like_scan(prefix: object) -> None:
        pattern = f"%{prefix}%"
        with db.transaction(write=False) as session:
            list(session.scalars(select(Person.id).where(or_(func.lower(Person.last_name).like(pattern),
                                                             func.lower(Person.first_name).like(pattern)))
                                 .limit(20)))

    for length in (1, 3):
        prefixes = [rng.choice(words)[:length] for _ in range(QUERIES_PER_LENGTH)]
        full, short = [], []
        for prefix in prefixes:  # interleaved, so that noise falls on both alike
            full += time_each([prefix], lambda p: find_people(db, str(p)))
            short += time_each([prefix], lambda p: find_people(db, str(p), limit=20))
        report(f"{length}-letter prefix, 50 ranked rows + count: {describe(full)}; 20 rows: {describe(short)}; "
               f"ratio (median) {statistics.median(full) / statistics.median(short):.1f}x")

    for length in (1, 3, 6):
        prefixes = [rng.choice(words)[:length] for _ in range(QUERIES_PER_LENGTH)]
        firsts, nexts = [], []
        for prefix in prefixes:
            firsts += time_each([prefix], lambda p: find_people(db, str(p)))
            found = find_people(db, prefix)
            if found.more is not None:
                nexts += time_each([(prefix, found.more)], lambda asked: more_people(db, *asked))  # type: ignore[misc]
        report(f"{length}-letter prefix, first page + count: {describe(firsts)}; next page: "
               f"{describe(nexts) if nexts else 'none (every match on the first page)'}")
    for name in ("martin", "lefe", "jean"):
        found, pages = find_people(db, name), 0
        page: Page = found
        started = time.perf_counter()
        while page.more is not None:
            page, pages = more_people(db, name, page.more), pages + 1
        report(f"'{name}': {found.total} counted, {pages} more pages read in {time.perf_counter() - started:.2f} s")

    rare = [rng.choice(words)[:5] for _ in range(100)]
    indexed = time_each(rare, lambda p: search_people(db, str(p)))
    scanned = time_each(rare, like_scan)
    report(f"5-letter prefix, indexed search: {describe(indexed)}")
    report(f"5-letter prefix, LIKE '%…%' scan: {describe(scanned)}")
    report(f"LIKE scan / indexed search (median): {statistics.median(scanned) / statistics.median(indexed):.1f}x")
    db.close()


if __name__ == "__main__":
    main()
