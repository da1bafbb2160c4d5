"""A scanning station that never stops: the database while it answers, the station journal when it does not.

Online, a scan goes to the database as it always did (`ScanDesk`), on a worker thread so that the station
can stop waiting: when no answer came within ONLINE_ANSWER_SECONDS, or the database is known to be away,
the scan is answered from the journal (kiosk.domain.offline), written to it with its scan id, and the
station stays offline. A link thread then pings the database, replays the journal in order with the same
scan ids (the database decides, and a scan it already took counts once), goes back online once nothing
waits, and refreshes the copy of the people every few minutes. The kiosk window, `kiosk-station` and
`kiosk-admin scan` all scan through this class.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from kiosk.crash import log_crash
from kiosk.domain.checkin import ScanDesk, ScanOutcome
from kiosk.domain.clock import utc_now
from kiosk.domain.codes import CodeKind, parse_code
from kiosk.domain.database import Database, DatabaseUnavailableError, create_database_engine, open_database, resolve_url
from kiosk.domain.database import describe as describe_url
from kiosk.domain.errors import KioskError
from kiosk.domain.events import EventInfo
from kiosk.domain.journal import Entry, StationJournal
from kiosk.domain.kinds import Direction, ScanResult
from kiosk.domain.offline import Fact, copy_facts, offline_outcome
from kiosk.domain.offline_classes import CLASS_IN, CLASS_OUT, replay_class_in, replay_class_out
from kiosk.domain.offline_walkins import WALK_IN, journaled_walk_in, replay_walk_in
from kiosk.domain.people_copy import refresh_copy
from kiosk.domain.text import clean_text
from kiosk.domain.views import PersonView

ONLINE_ANSWER_SECONDS = 0.8  # then the station answers alone: every scan is answered within 1 s
ONLINE_ANSWER_ENV = "KIOSK_ONLINE_ANSWER_SECONDS"  # the test suite's busy machine waits longer before the cut-over
COPY_EVERY_SECONDS = 180.0  # the copy of the people is at most this old while the database answers
RETRY_SECONDS = 1.0  # how often an offline station asks whether the database is back
CLOSE_WAIT_SECONDS = 5.0  # a copy being read stops at its next step
TROUBLE_WAIT_SECONDS = 10.0  # after an unexpected error in the link thread (logged), before trying again
REFUSED_RAW_KEPT = 201  # a refused scan is replayed as read (longer than any code, so still refused)
_PRESENCE_RESULTS = (ScanResult.CHECKED_IN, ScanResult.RE_ENTERED, ScanResult.ALREADY_IN, ScanResult.CHECKED_OUT)
Replayer = Callable[[Entry], str]
T = TypeVar("T")


class StationDesk:
    """One station's scans, through outages. Close it (or use it as a context manager) to stop its threads."""

    def __init__(self, desk: ScanDesk, journal: StationJournal, *, online: bool = True,
                 copy_every: float | None = COPY_EVERY_SECONDS) -> None:
        """`copy_every` None: no copy of the people is taken (a one-off command would wait for it at its end)."""
        self.desk, self.journal, self.copy_every = desk, journal, copy_every
        self._online = online
        self.answer_within = float(os.environ.get(ONLINE_ANSWER_ENV) or ONLINE_ANSWER_SECONDS)
        self.work_within = self.answer_within * 0.8  # class moves give up before the cut-over (no scan id)
        self._waiting = journal.waiting_count()
        self._lock = threading.Lock()
        self._seen: dict[str, list[Fact]] = {}  # this station's online answers since the copy was taken
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="kiosk-scan")
        self._replayers: dict[str, Replayer] = {"scan": self._replay_scan,
                                                CLASS_IN: lambda entry: replay_class_in(self, entry),
                                                CLASS_OUT: lambda entry: replay_class_out(self, entry),
                                                WALK_IN: lambda entry: replay_walk_in(self, entry)}
        self._stop, self._wake = threading.Event(), threading.Event()
        self.last_copy_error: BaseException | None = None
        self.link_trouble: Path | None = None  # the log of an unexpected error in the link thread
        self._link = threading.Thread(target=self._run_link, name="kiosk-station-link", daemon=True)
        self._link.start()

    @property
    def event(self) -> EventInfo:
        return self.desk.event

    @property
    def offline(self) -> bool:
        return not self._online or self._waiting > 0

    @property
    def waiting(self) -> int:
        """Entries the database has not taken yet ("12 scans waiting")."""
        return self._waiting

    # --- scanning ---------------------------------------------------------------------------------
    def scan(self, raw: str, direction: Direction = Direction.IN, *, override_day: bool = False,
             now: dt.datetime | None = None) -> ScanOutcome:
        """Answer one scan within a second, from the database when it answers in time, else offline."""
        now, uid = now or utc_now(), uuid.uuid4().hex
        outcome = self.online(lambda: self.desk.scan(raw, direction, uid=uid, now=now, override_day=override_day))
        if outcome is not None:
            self._remember(outcome)
            return outcome
        return self._offline_scan(raw, direction, uid, now, override_day)

    def online(self, work: Callable[[], T]) -> T | None:
        """`work` on the database when it answers within the budget; None when the station is (now) offline.

        Work still running when the budget is spent goes on; the journal takes the same thing, and what the
        database took twice counts once (a scan by its id, a class by the presence it finds)."""
        if self.offline:
            return None
        future = self._worker.submit(work)
        try:
            return future.result(timeout=self.answer_within)
        except (concurrent.futures.TimeoutError, DatabaseUnavailableError):
            self.went_offline()
            return None

    def went_offline(self) -> None:
        with self._lock:
            self._online = False
        self._wake.set()

    def _remember(self, outcome: ScanOutcome) -> None:
        if outcome.person is not None and outcome.result in _PRESENCE_RESULTS:
            self._seen.setdefault(outcome.code, []).append((outcome.at, outcome.result))

    def _offline_scan(self, raw: str, direction: Direction, uid: str, now: dt.datetime,
                      override_day: bool) -> ScanOutcome:
        parsed = parse_code(raw, self.event.secret)
        if parsed is not None and parsed.kind is CodeKind.GROUP:
            group = self.journal.copy.group(parsed.text)
            result = ScanResult.GROUP if group else ScanResult.UNKNOWN
            return ScanOutcome(result, parsed.text, now, group=group, booked_day=group.day if group else None,
                               offline=True)
        if parsed is None:
            outcome = ScanOutcome(ScanResult.INVALID, clean_text(raw)[:40], now, offline=True)
            code = raw.strip()[:REFUSED_RAW_KEPT]
        else:
            outcome, code = self._badge_offline(parsed.text, direction, now, override_day), parsed.text
        self.journal_entry(Entry(uid, "scan", code, direction, now, outcome.result.value, override_day))
        return outcome

    def _badge_offline(self, code: str, direction: Direction, now: dt.datetime, override_day: bool) -> ScanOutcome:
        today, start = self.desk.today(now)
        person = self.journal.copy.person(code) or journaled_walk_in(self.journal, code)
        return offline_outcome(code, person, direction, now, today, self.facts(code, person, start), override_day)

    def facts(self, code: str, person: PersonView | None, start: dt.datetime) -> list[Fact]:
        """Today's comings and goings of a badge as this station knows them: the copy, then its own doings."""
        facts = (copy_facts(person, start) if person else []) + self.journal.facts(code, start)
        return facts + [fact for fact in self._seen.get(code, []) if fact[0] >= start]

    def journal_entry(self, entry: Entry) -> None:
        """Write an entry (on disk before the answer) and count it as waiting for the database."""
        with self._lock:
            self.journal.append(entry)
            self._waiting += 1
            self._online = False
        self._wake.set()

    # --- the link with the database -------------------------------------------------------------------
    def _run_link(self) -> None:
        while not self._stop.is_set():
            try:
                self._link_step()
            except Exception as bug:  # a bug must not stop the link for good: logged, retried
                self.link_trouble = log_crash("kiosk-station-link", bug)
                self._stop.wait(TROUBLE_WAIT_SECONDS)

    def _link_step(self) -> None:
        if self.offline and not self._replay_all():
            self._stop.wait(RETRY_SECONDS)
            return
        if not self.offline and self._copy_due():
            self.refresh_copy()
        self._wake.wait(timeout=min(self.copy_every or 30.0, 30.0))
        self._wake.clear()

    def _replay_all(self) -> bool:
        """Send what waits, in order; True once nothing waits and the station is online again."""
        try:
            self.desk.db.ping()
        except DatabaseUnavailableError:
            return False
        while self._replay_batch():
            pass
        with self._lock:
            if self._waiting == 0 and self.journal.waiting_count() == 0:
                self._online = True
        return self._online

    def _replay_batch(self) -> bool:
        """Replay the oldest waiting entries; their answers are written together (a crash before that only
        sends them again, which counts once). True when a whole batch went through and more may wait."""
        batch, done = self.journal.waiting(), []
        try:
            for entry in batch:
                done.append((entry.seq, self._replay_one(entry)))
        except DatabaseUnavailableError:
            return False
        finally:
            with self._lock:
                self.journal.answered(done)
                self._waiting -= len(done)
        return bool(batch)

    def _replay_one(self, entry: Entry) -> str:
        try:
            return self._replayers[entry.kind](entry)
        except DatabaseUnavailableError:
            raise
        except KioskError as refused:  # the database refused it for good: keep the reason, go on
            return f"error: {refused.text('en')}"[:200]

    def _replay_scan(self, entry: Entry) -> str:
        outcome = self.desk.scan(entry.code, entry.direction, uid=entry.uid, now=entry.at,
                                 override_day=entry.override_day)
        return outcome.result.value

    def _copy_due(self) -> bool:
        if self.copy_every is None:
            return False
        copied = self.journal.copy.copied_at()
        return copied is None or (utc_now() - copied).total_seconds() >= self.copy_every

    def refresh_copy(self) -> None:
        """Take a new copy of the people and classes (the link thread does it every few minutes)."""
        seen_before = dict(self._seen)
        try:
            refresh_copy(self.desk.db, self.journal.copy)
        except (KioskError, OSError, sqlite3.Error) as error:  # the old copy stays; tried again later
            self.last_copy_error = error
            return
        for code, facts in seen_before.items():  # the copy now has them
            if self._seen.get(code) == facts:
                self._seen.pop(code, None)
        self.journal.forget_answered(self.desk.today(utc_now())[1])  # earlier days: the database has them

    # --- the end ------------------------------------------------------------------------------------
    def settle(self, patience: float) -> int:
        """Wait up to `patience` seconds for the database to take what waits; returns how many still wait."""
        gives_up = time.monotonic() + patience
        while self.offline and time.monotonic() < gives_up:
            self._wake.set()
            time.sleep(0.1)
        return self._waiting

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        self._link.join(timeout=CLOSE_WAIT_SECONDS)
        self._worker.shutdown(wait=False, cancel_futures=True)
        self.journal.close()
        self.desk.db.close()

    def __enter__(self) -> StationDesk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_station(url: str | None, station: str, operator: str = "", *, journal_folder: Path | None = None,
                 keep_copy: bool = True, copy_every: float = COPY_EVERY_SECONDS, create: bool = False) -> StationDesk:
    """The station for the database at `url`; when the database does not answer but this station has
    worked with it before, it starts offline from its journal. `create`: as `open_database`."""
    resolved = resolve_url(url)
    journal = StationJournal.open(describe_url(resolved), clean_text(station)[:100], journal_folder)
    try:
        try:
            db = open_database(resolved, create=create)
            desk = ScanDesk(db, station, operator)
        except DatabaseUnavailableError:
            event = journal.event()
            if event is None:  # never worked with this database: nothing to answer from
                raise
            db = Database(create_database_engine(resolved, create=False))
            return StationDesk(ScanDesk(db, station, operator, event=event), journal, online=False,
                               copy_every=copy_every if keep_copy else None)
        journal.keep_event(desk.event)
        if desk.event.purged_at is not None:  # the event's personal data is gone: none stays on this desk
            journal.copy.remove()
            journal.forget_answered(desk.event.purged_at)
        return StationDesk(desk, journal, copy_every=copy_every if keep_copy and desk.event.purged_at is None
                           else None)
    except BaseException:
        journal.close()
        raise
