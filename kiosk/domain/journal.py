"""The station journal: a small SQLite file per station that keeps it scanning while the database is away.

It holds what the station needs to answer alone (the event and its key, a copy of the people and classes)
and every scan answered without the database, in order, until the database has taken it. The file is the
station's own (mode 600, in the user data folder, one process at a time: a second process of the same
station takes the next numbered file), written with synchronous=FULL so an entry is on disk before the
answer is shown. Plain sqlite3: the journal is the one thing that must work when everything else is down.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import platformdirs

from kiosk.domain.errors import KioskError
from kiosk.domain.events import EventInfo
from kiosk.domain.kinds import Direction, ScanResult
from kiosk.domain.people_copy import PeopleCopy
from kiosk.domain.sqlite_files import ThreadConnections, private_file

JOURNAL_DIR_ENV = "KIOSK_JOURNAL_DIR"
MAX_SLOTS = 20
_RESULTS = frozenset(r.value for r in ScanResult)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entry (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, code TEXT NOT NULL,
    direction TEXT NOT NULL, override_day INTEGER NOT NULL, at TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}',
    offline_result TEXT NOT NULL, answer TEXT);
CREATE INDEX IF NOT EXISTS entry_code ON entry (code, at);
CREATE INDEX IF NOT EXISTS entry_waiting ON entry (seq) WHERE answer IS NULL;
"""


@dataclass(frozen=True)
class Entry:
    """One thing done at the station without the database: replayed later, in `seq` order, with its `uid`."""

    uid: str
    kind: str  # "scan", "class_in", "walk_in"
    code: str
    direction: Direction
    at: dt.datetime
    offline_result: str
    override_day: bool = False
    data: str = "{}"
    seq: int = 0


def journal_folder() -> Path:
    return Path(os.environ.get(JOURNAL_DIR_ENV) or platformdirs.user_data_path("kiosk", appauthor=False) / "journals")


def journal_name(database_label: str, station: str) -> str:
    """A file name per station and database: the journal of one database is never replayed into another."""
    slug = re.sub(r"\W+", "-", station).strip("-")[:40] or "station"
    digest = hashlib.sha256(f"{database_label}\n{station}".encode()).hexdigest()[:12]
    return f"{slug}-{digest}"


class StationJournal:
    """The journal file of one station, usable from the station's threads (one sqlite3 connection each), and
    beside it the copy of the people (`copy`)."""

    def __init__(self, path: Path, lock: IO[bytes]) -> None:
        self.path = path
        self._lock_file = lock
        # synchronous=FULL: an entry is on disk before the answer is shown
        self._connections = ThreadConnections(path, ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"))
        self._conn().executescript(_SCHEMA)
        self.copy = PeopleCopy(path.with_name(path.name.removesuffix(".sqlite3") + ".copy.sqlite3"))

    @classmethod
    def open(cls, database_label: str, station: str, folder: Path | None = None) -> StationJournal:
        """The first journal of this station and database that no other running process holds."""
        folder = folder or journal_folder()
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            name = journal_name(database_label, station)
            for slot in range(1, MAX_SLOTS + 1):
                stem = name if slot == 1 else f"{name}-{slot}"
                lock = _locked(folder / f"{stem}.lock")
                if lock is not None:
                    return cls(private_file(folder / f"{stem}.sqlite3"), lock)
        except (OSError, sqlite3.Error) as error:
            raise journal_error(folder, error) from error
        raise KioskError(f"{MAX_SLOTS} postes « {station} » tournent déjà sur cet ordinateur : donnez-leur des noms.",
                         f"{MAX_SLOTS} stations '{station}' already run on this computer: give them names.")

    def _conn(self) -> sqlite3.Connection:
        return self._connections.get()

    def close(self) -> None:
        self._connections.close()
        self.copy.close()
        self._lock_file.close()

    # --- the event --------------------------------------------------------------------------------
    def keep_event(self, event: EventInfo) -> None:
        value = json.dumps({"name": event.name, "venue": event.venue, "timezone": event.timezone,
                            "days": [d.isoformat() for d in event.days], "secret": event.secret.hex()})
        self._conn().execute("INSERT OR REPLACE INTO meta VALUES ('event', ?)", (value,))

    def event(self) -> EventInfo | None:
        row = self._conn().execute("SELECT value FROM meta WHERE key = 'event'").fetchone()
        if row is None:
            return None
        kept = json.loads(row[0])
        return EventInfo(kept["name"], kept["venue"], kept["timezone"],
                         tuple(dt.date.fromisoformat(d) for d in kept["days"]), bytes.fromhex(kept["secret"]))

    # --- entries ----------------------------------------------------------------------------------
    def append(self, entry: Entry) -> None:
        """Write one entry and sync it to disk (synchronous=FULL) before the station answers."""
        self._conn().execute(
            "INSERT INTO entry (uid, kind, code, direction, override_day, at, data, offline_result) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (entry.uid, entry.kind, entry.code, entry.direction.value, int(entry.override_day),
             entry.at.isoformat(), entry.data, entry.offline_result))

    def waiting(self, limit: int = 200) -> list[Entry]:
        """The oldest entries the database has not taken yet, in the order they were made."""
        rows = self._conn().execute(
            "SELECT uid, kind, code, direction, at, offline_result, override_day, data, seq FROM entry "
            "WHERE answer IS NULL ORDER BY seq LIMIT ?", (limit,))
        return [Entry(uid, kind, code, Direction(direction), dt.datetime.fromisoformat(at), result, bool(override),
                      data, seq) for uid, kind, code, direction, at, result, override, data, seq in rows]

    def forget_answered(self, before: dt.datetime) -> None:
        """Drop what the database took before `before`: the journal keeps names no longer than it needs them."""
        self._conn().execute("DELETE FROM entry WHERE answer IS NOT NULL AND at < ?", (before.isoformat(),))

    def walk_in(self, code: str) -> str | None:
        """The data of the walk-in registered here with badge `code`, if one was."""
        row = self._conn().execute("SELECT data FROM entry WHERE kind = 'walk_in' AND code = ?", (code,)).fetchone()
        return None if row is None else str(row[0])

    def waiting_count(self) -> int:
        return int(self._conn().execute("SELECT count(*) FROM entry WHERE answer IS NULL").fetchone()[0])

    def answered(self, answers: list[tuple[int, str]]) -> None:
        """The database took these entries (seq) and gave these answers (its results, which decide)."""
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany("UPDATE entry SET answer = ? WHERE seq = ?", [(a, seq) for seq, a in answers])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def facts(self, code: str, since: dt.datetime) -> list[tuple[dt.datetime, ScanResult]]:
        """What this station did with badge `code` since `since` (its scans, walk-ins, the class moves that
        moved it): the database's answer where it has one."""
        rows = self._conn().execute(
            "SELECT at, coalesce(answer, offline_result) FROM entry WHERE at >= ? AND ("
            "(kind IN ('scan', 'walk_in') AND code = ?) OR (kind IN ('class_in', 'class_out') AND EXISTS ("
            "SELECT 1 FROM json_each(entry.data, '$.moved') WHERE value = ?))) ORDER BY seq",
            (since.isoformat(), code, code))
        return [(dt.datetime.fromisoformat(at), ScanResult(result)) for at, result in rows if result in _RESULTS]


def _locked(path: Path) -> IO[bytes] | None:
    """The lock file held by this process, or None when another process holds it."""
    handle = open(path, "ab")  # noqa: SIM115 - held open as long as the journal is
    os.fchmod(handle.fileno(), 0o600)
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


def journal_error(folder: Path, error: BaseException) -> KioskError:
    reason = getattr(error, "strerror", None) or str(error)
    return KioskError(f"Le journal du poste ne peut pas être écrit dans {folder} ({reason}) : libérez de la place "
                      "ou appelez un responsable.",
                      f"The station journal cannot be written in {folder} ({reason}): free some space or call a "
                      "supervisor.")
