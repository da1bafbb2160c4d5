"""The station's copy of the people and classes, so that an offline answer still shows the name and class.

Taken every few minutes while the database answers, in one read, and written as a new file beside the
journal (no rollback journal, one fsync), then renamed over the previous copy: a scan reads the old copy or
the new one, never half of one, and the copy costs the journal nothing (benchmarks/bench_journal.py: about
a second for 100,000 people). Mode 600: it holds names.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select

from kiosk.domain.clock import utc_now
from kiosk.domain.database import Database
from kiosk.domain.durable import replace_synced
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.models import Person
from kiosk.domain.sqlite_files import ThreadConnections, private_file
from kiosk.domain.views import GroupView, PersonView, group_query, group_views

COPY_READ_SECONDS = 30.0  # a frozen server must not hold the station's link thread forever
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE person (code TEXT PRIMARY KEY, id INTEGER, kind TEXT, first_name TEXT, last_name TEXT,
    group_id INTEGER, category TEXT, organisation TEXT, on_site INTEGER, entered_at TEXT, left_at TEXT) WITHOUT ROWID;
CREATE TABLE class (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, label TEXT, school TEXT, day TEXT,
    data TEXT NOT NULL);
"""
_PERSON_COLUMNS = ("p.id, p.kind, p.first_name, p.last_name, p.group_id, p.category, p.organisation, p.code, "
                   "p.on_site, p.entered_at, p.left_at, c.label, c.school, c.day")
_P = cast(Table, Person.__table__).c
_PEOPLE = select(_P.code, _P.id, _P.kind, _P.first_name, _P.last_name, _P.group_id, _P.category, _P.organisation,
                 _P.on_site, _P.entered_at, _P.left_at)


class PeopleCopy:
    """The copy file of one station (beside its journal)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._readers = ThreadConnections(path, ("PRAGMA query_only = ON",), read_only=True)
        self._writing = threading.Lock()

    def write(self, people: Iterable[Sequence[Any]], classes: Iterable[GroupView], at: dt.datetime) -> None:
        with self._writing:  # the link thread's refresh and one asked for by hand
            self._write(people, classes, at)

    def _write(self, people: Iterable[Sequence[Any]], classes: Iterable[GroupView], at: dt.datetime) -> None:
        fresh = self.path.with_name(self.path.name + ".new")
        fresh.unlink(missing_ok=True)
        conn = sqlite3.connect(private_file(fresh), isolation_level=None)
        try:
            for pragma in ("journal_mode = OFF", "synchronous = OFF"):  # a new file: synced once, at the end
                conn.execute(f"PRAGMA {pragma}")
            conn.executescript(_SCHEMA)
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _person_rows(people))
            conn.executemany("INSERT INTO class VALUES (?, ?, ?, ?, ?, ?)", (_class_row(g) for g in classes))
            conn.execute("CREATE INDEX person_group ON person (group_id)")
            conn.execute("INSERT INTO meta VALUES ('copied_at', ?)", (at.isoformat(),))
            conn.execute("COMMIT")
        finally:
            conn.close()
        replace_synced(fresh, self.path)
        self._readers.swapped()

    def _rows(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        if not self.path.exists():
            return []
        return list(self._readers.get().execute(sql, params))

    def copied_at(self) -> dt.datetime | None:
        found = self._rows("SELECT value FROM meta WHERE key = 'copied_at'", ())
        return dt.datetime.fromisoformat(found[0][0]) if found else None

    def person(self, code: str) -> PersonView | None:
        found = self._rows(f"SELECT {_PERSON_COLUMNS} FROM person p LEFT JOIN class c ON c.id = p.group_id "
                           "WHERE p.code = ?", (code,))
        return _person(found[0]) if found else None

    def members(self, group_id: int) -> list[PersonView]:
        found = self._rows(f"SELECT {_PERSON_COLUMNS} FROM person p LEFT JOIN class c ON c.id = p.group_id "
                           "WHERE p.group_id = ? ORDER BY lower(p.last_name), lower(p.first_name), p.id", (group_id,))
        return [_person(row) for row in found]

    def group(self, code: str) -> GroupView | None:
        found = self._rows("SELECT data FROM class WHERE code = ?", (code,))
        if not found:
            return None
        data = json.loads(found[0][0])
        return GroupView(**{**data, "day": dt.date.fromisoformat(data["day"]) if data["day"] else None})

    def remove(self) -> None:
        """Delete the copy (after the event's purge: no names stay on the desks either)."""
        with self._writing:
            self._readers.close()
            self.path.unlink(missing_ok=True)

    def close(self) -> None:
        self._readers.close()


def refresh_copy(db: Database, copy: PeopleCopy) -> int:
    """Copy every person and class from the database; returns how many people were copied."""
    now = utc_now()
    with db.transaction(write=False, answer_within=COPY_READ_SECONDS) as session:  # one instant for both
        people = sorted(session.execute(_PEOPLE).all(), key=_first)  # by code: the index is written in order
        classes = group_views(session, group_query())
    copy.write(people, classes, now)
    return len(people)


def _person_rows(people: Iterable[Sequence[Any]]) -> Iterator[tuple[Any, ...]]:
    for code, person_id, kind, first, last, group_id, category, organisation, on_site, entered, left in people:
        yield (code, person_id, kind.value, first, last, group_id, category.value if category else None,
               organisation, int(on_site), entered.isoformat() if entered else None, left.isoformat() if left else None)


def _class_row(group: GroupView) -> tuple[Any, ...]:
    data = {**vars(group), "day": group.day.isoformat() if group.day else None}
    return group.id, group.code, group.label, group.school, data["day"], json.dumps(data)


def _person(row: Sequence[Any]) -> PersonView:
    (person_id, kind, first, last, group_id, category, organisation, code, on_site, entered, left, label, school,
     day) = row
    return PersonView(person_id, PersonKind(kind), first, last, group_id,
                      VisitorCategory(category) if category else None, organisation, "", code, bool(on_site),
                      dt.datetime.fromisoformat(entered) if entered else None,
                      dt.datetime.fromisoformat(left) if left else None, label or "", school or "",
                      dt.date.fromisoformat(day) if day else None)


def _first(row: Sequence[Any]) -> Any:
    return row[0]
