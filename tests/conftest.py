"""Shared fixtures: a real SQLite file and, when a server is given, a real PostgreSQL database per test.

CI starts a throw-away PostgreSQL server and sets KIOSK_TEST_POSTGRES_URL (see .ci/with-postgres); on CI a
missing server fails the run rather than silently skipping half of the tests.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sample_event import EVENT_DAYS
from sqlalchemy import Engine, create_engine, text

from kiosk.domain.database import Database, open_database
from kiosk.domain.events import create_event

PG_URL = os.environ.get("KIOSK_TEST_POSTGRES_URL", "")


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def postgres_url_or_skip() -> str:
    if PG_URL:
        return PG_URL
    if os.environ.get("CI"):
        pytest.fail("KIOSK_TEST_POSTGRES_URL is not set: run the tests through `make test` (.ci/with-postgres).")
    pytest.skip("no PostgreSQL server (set KIOSK_TEST_POSTGRES_URL or run `make test`)")


def _admin_engine() -> Engine:
    return create_engine(postgres_url_or_skip(), isolation_level="AUTOCOMMIT")


def _create_database(template: str | None = None) -> str:
    """A new database on the test server (a copy of `template` when given); returns its URL."""
    name = f"kiosk_test_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    admin.dispose()
    return f"{postgres_url_or_skip().rsplit('/', 1)[0]}/{name}"


def _drop_database(url: str) -> None:
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def migrated_template() -> Iterator[str]:
    """A migrated, empty database that tests copy: cheaper than migrating a new database each time."""
    url = _create_database()
    open_database(url).close()
    try:
        yield url.rsplit("/", 1)[1]
    finally:
        _drop_database(url)


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
    url = _create_database(migrated_template)
    try:
        yield url
    finally:
        _drop_database(url)


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _url_for(request: pytest.FixtureRequest, tmp_path: os.PathLike[str], postgres_fixture: str) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{os.path.join(tmp_path, 'kiosk.sqlite3')}"
    return str(request.getfixturevalue(postgres_fixture))


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: os.PathLike[str]) -> str:
    """Each test that uses it runs twice: on a SQLite file and on a migrated PostgreSQL database."""
    return _url_for(request, tmp_path, "migrated_postgres_url")


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: os.PathLike[str]) -> str:
    """Like `db_url`, but the PostgreSQL database has no tables yet (for migration tests)."""
    return _url_for(request, tmp_path, "postgres_url")


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
