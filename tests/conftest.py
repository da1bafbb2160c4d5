"""Shared fixtures: a real SQLite file and, when a server is given, a real PostgreSQL database per test.

CI starts a throw-away PostgreSQL server and sets KIOSK_TEST_POSTGRES_URL (see .ci/with-postgres); on CI a
missing server fails the run rather than silently skipping half of the tests.

Each test gets a database of its own, already migrated: a copy of a file migrated once per session on
SQLite; on PostgreSQL a database copied from a migrated template, emptied after the test (TRUNCATE, a tenth
of the cost of a new copy) and handed to the next test of the same worker.
"""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import postgres_url_or_skip
from sample_event import EVENT_DAYS
from sqlalchemy import Engine, create_engine, text

from kiosk.domain.database import Database, open_database
from kiosk.domain.events import create_event
from kiosk.domain.journal import JOURNAL_DIR_ENV
from kiosk.domain.models import Base
from kiosk.domain.station_desk import ONLINE_ANSWER_ENV


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Station journals of the tests' own (every scan opens one), not in the user's data folder.
    if JOURNAL_DIR_ENV not in os.environ:
        os.environ[JOURNAL_DIR_ENV] = tempfile.mkdtemp(prefix="kiosk-test-journals.")
        config.add_cleanup(lambda: shutil.rmtree(os.environ.pop(JOURNAL_DIR_ENV), ignore_errors=True))
    # A scan the database answers in 0.9 s on this busy machine is not an outage: outages are made for real
    # (a lock held, a server stopped or frozen) and answer with an error; tests/integration/test_station_outage
    # runs one station with the kiosk's own 0.8 s.
    os.environ.setdefault(ONLINE_ANSWER_ENV, "5")


@functools.cache
def _admin_engine() -> Engine:
    """The server's superuser connection, one per worker, kept for the session."""
    return create_engine(postgres_url_or_skip(), isolation_level="AUTOCOMMIT", pool_pre_ping=True)


def _create_database(template: str | None = None) -> str:
    """A new database on the test server (a copy of `template` when given); returns its URL."""
    name = f"kiosk_test_{uuid.uuid4().hex[:12]}"
    with _admin_engine().connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    return f"{postgres_url_or_skip().rsplit('/', 1)[0]}/{name}"


def _drop_database(url: str) -> None:
    with _admin_engine().connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))


_SPARE: list[str] = []  # this worker's migrated PostgreSQL databases, emptied, waiting for the next test


@pytest.fixture(scope="session")
def migrated_template() -> Iterator[str]:
    """A migrated, empty database that tests copy: cheaper than migrating a new database each time."""
    url = _create_database()
    open_database(url).close()
    try:
        yield url.rsplit("/", 1)[1]
    finally:
        while _SPARE:
            _drop_database(_SPARE.pop())
        _drop_database(url)


def _emptied(url: str) -> bool:
    """Empty a used test database as a new copy of the template would be; False when it cannot be done."""
    name = url.rsplit("/", 1)[1]
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    try:
        with _admin_engine().connect() as conn:  # what the test left open goes, as DROP ... WITH (FORCE) does
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"),
                         {"name": name})
        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(text("SET LOCAL lock_timeout = '5s'"))
                conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        finally:
            engine.dispose()
    except Exception:
        return False
    return True


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty (unmigrated) PostgreSQL database on the test server, dropped afterwards."""
    url = _create_database()
    try:
        yield url
    finally:
        _drop_database(url)


@pytest.fixture
def migrated_postgres_url(migrated_template: str) -> Iterator[str]:
    url = _SPARE.pop() if _SPARE else _create_database(migrated_template)
    try:
        yield url
    finally:
        if _emptied(url):
            _SPARE.append(url)
        else:
            _drop_database(url)


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite file (in WAL mode, checkpointed) that tests copy instead of migrating their own."""
    path = tmp_path_factory.mktemp("template") / "kiosk.sqlite3"
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _url_for(request: pytest.FixtureRequest, tmp_path: Path, *, migrated: bool) -> str:
    if request.param == "sqlite":
        path = tmp_path / "kiosk.sqlite3"
        if migrated:
            shutil.copyfile(request.getfixturevalue("migrated_sqlite_template"), path)
        return f"sqlite:///{path}"
    return str(request.getfixturevalue("migrated_postgres_url" if migrated else "postgres_url"))


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test that uses it runs twice: on a migrated SQLite file and on a migrated PostgreSQL database."""
    return _url_for(request, tmp_path, migrated=True)


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Like `db_url`, but the database has no tables yet (for migration tests): a new file, an empty database."""
    return _url_for(request, tmp_path, migrated=False)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def event_db(db: Database) -> Database:
    """A database holding a four-day fair (24–27 November 2026, Europe/Paris)."""
    create_event(db, "Salon des métiers de l'industrie", "Paris Expo", EVENT_DAYS[0], EVENT_DAYS[-1])
    return db
