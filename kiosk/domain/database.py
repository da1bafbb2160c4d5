"""Where the data lives: the embedded SQLite file or a PostgreSQL server, opened and migrated in one call.

SQLite runs in WAL mode with synchronous=FULL (a check-in shown green survives a power cut) and takes its
write lock at BEGIN (BEGIN IMMEDIATE), so two processes never fail half-way through upgrading a read lock.
Every service call is one short transaction; database failures become one clear sentence (`KioskError`).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError
from sqlalchemy.orm import Session

from kiosk.domain.database_checks import (
    parsed_url,
    refuse_foreign_tables,
    require_existing_file,
    unrecognised_address,
)
from kiosk.domain.deadline import DeadlinePassedError, answer_within_on
from kiosk.domain.errors import KioskError
from kiosk.domain.network_share import refuse_network_share

ENV_URL = "KIOSK_DATABASE_URL"


class DatabaseUnavailableError(KioskError):
    """The database is there but does not answer now (server away or frozen, file locked): worth retrying."""


def default_sqlite_path() -> Path:
    return platformdirs.user_data_path("kiosk", appauthor=False) / "kiosk.sqlite3"


def resolve_url(url: str | None = None) -> str:
    """The URL given, else $KIOSK_DATABASE_URL, else the embedded file; plain paths mean SQLite files."""
    chosen = url or os.environ.get(ENV_URL) or ""
    if not chosen:
        return f"sqlite:///{default_sqlite_path()}"
    if chosen.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + chosen.split("://", 1)[1]
    if "://" not in chosen:
        return f"sqlite:///{Path(chosen).expanduser().resolve()}"
    return chosen


def describe(url: str) -> str:
    """The URL without its password, safe to show and log."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url.split("@")[-1] if "@" in url else url


class Database:
    """An open, migrated database. Cheap to share; each operation takes its own short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self.label = describe(str(engine.url.render_as_string(hide_password=False)))

    @contextmanager
    def transaction(self, *, write: bool = True, answer_within: float | None = None) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error, translates database failures.

        `answer_within` (seconds, PostgreSQL) cuts the connection when the server has not answered by then.
        """
        with translate_errors(self.label), self._connected(answer_within) as conn:
            conn.execution_options(kiosk_write=write, kiosk_busy_ms=_busy_ms(answer_within))
            with Session(bind=conn, expire_on_commit=False, autoflush=False) as session, session.begin():
                yield session

    @contextmanager
    def connection(self, *, write: bool = True, answer_within: float | None = None) -> Iterator[Connection]:
        """The scan path's unit of work: plain Core on one connection, without an ORM session."""
        with translate_errors(self.label), self._connected(answer_within) as conn:
            conn.execution_options(kiosk_write=write, kiosk_busy_ms=_busy_ms(answer_within))
            with conn.begin():
                yield conn

    @contextmanager
    def _connected(self, answer_within: float | None) -> Iterator[Connection]:
        """A connection known to be alive, under the deadline: a pooled connection that the server dropped
        (it restarted) is replaced silently, once."""
        if self.is_sqlite:
            with self.engine.connect() as conn:
                yield conn
            return
        started = time.monotonic()
        for attempt in (1, 2):
            left = None if answer_within is None else answer_within - (time.monotonic() - started)
            with self.engine.connect() as conn:
                try:
                    with answer_within_on(conn, left):
                        alive = attempt == 2 or self._alive(conn)
                        if alive:
                            yield conn
                            return
                except DeadlinePassedError as late:
                    raise database_error(TimeoutError("timeout"), self.label) from late

    def _alive(self, conn: Connection) -> bool:
        """Ping a pooled connection (what pool_pre_ping does, but under our deadline); drop it when dead."""
        dialect, dbapi_conn = self.engine.dialect, conn.connection.dbapi_connection
        assert dbapi_conn is not None  # a connection checked out of the pool has one
        try:
            dialect.do_ping(dbapi_conn)
            return True
        except dialect.loaded_dbapi.Error as error:
            if not dialect.is_disconnect(error, dbapi_conn, None):
                raise
            conn.invalidate(error)
            return False

    def ping(self) -> None:
        """Raise a KioskError when the database does not answer (the status bar asks every few seconds).

        Bounded like a scan: the kiosk's one task thread must never hang on a frozen server."""
        with self.connection(write=False, answer_within=SCAN_ANSWER_SECONDS) as conn:
            conn.exec_driver_sql("SELECT 1")

    def schema_revision(self) -> str | None:
        """The Alembic revision the database's schema is at (None: not a migrated database)."""
        from kiosk.migrations import current_revision

        with self.connection(write=False) as conn:
            return current_revision(conn)

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def translate_errors(label: str) -> Iterator[None]:
    """Turn the database's own failures into a sentence a person can act on; let bugs through."""
    try:
        yield
    except IntegrityError:
        raise
    except DBAPIError as exc:
        raise database_error(exc.orig or exc, label) from exc
    except sqlite3.Error as exc:  # raised by the driver itself when BEGIN IMMEDIATE cannot take the lock
        raise database_error(exc, label) from exc


def database_error(cause: BaseException, label: str) -> KioskError:
    text = str(cause).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return KioskError(f"La base {label} est en lecture seule : donnez le droit d'écriture ou choisissez un "
                          "autre fichier.",
                          f"The database {label} is read-only: allow writing to it or choose another file.")
    if "locked" in text or "busy" in text:
        return DatabaseUnavailableError(
            f"La base {label} est occupée par un autre programme : réessayez dans un instant.",
            f"The database {label} is locked by another program: try again in a moment.")
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return KioskError(f"Le fichier {label} n'est pas une base de données Kiosk : choisissez le bon fichier.",
                          f"The file {label} is not a Kiosk database: choose the right file.")
    if "unable to open" in text:
        return KioskError(f"Impossible d'ouvrir la base {label} : vérifiez que le dossier existe et est "
                          "accessible.",
                          f"Cannot open the database {label}: check that its folder exists and is accessible.")
    if "disk is full" in text or "no space left" in text or ("i/o error" in text and _disk_nearly_full(label)):
        return KioskError(f"Le disque de la base {label} est plein : libérez de la place, puis réessayez.",
                          f"The disk of the database {label} is full: free some space, then try again.")
    if "database" in text and "does not exist" in text:
        return KioskError(f"Le serveur répond mais la base de {label} n'existe pas : vérifiez son nom.",
                          f"The server answers but the database of {label} does not exist: check its name.")
    if "no pg_hba.conf entry" in text:
        return KioskError(f"Le serveur de {label} refuse les connexions de ce poste : ajoutez son réseau à son "
                          "pg_hba.conf.",
                          f"The server of {label} refuses connections from this machine: add its network to its "
                          "pg_hba.conf.")
    if ("password authentication failed" in text or "no password supplied" in text
            or ("role" in text and "does not exist" in text)):
        return KioskError(f"Le serveur de {label} refuse cet utilisateur ou ce mot de passe : vérifiez-les.",
                          f"The server of {label} refuses this user or password: check them.")
    if "connect" in text or "connection" in text or "server" in text or "timeout" in text:
        return DatabaseUnavailableError(f"Le serveur de base de données {label} ne répond pas : vérifiez le réseau et "
                          "l'adresse.",
                          f"The database server {label} does not answer: check the network and the address.")
    return KioskError(f"La base {label} a refusé l'opération ({type(cause).__name__}) : appelez un "
                      "responsable.",
                      f"The database {label} refused the operation ({type(cause).__name__}): call a "
                      "supervisor.")



def _busy_ms(answer_within: float | None) -> int:
    """How long SQLite waits for another process's write lock: a scan at most SQLITE_SCAN_WAIT_SECONDS."""
    if answer_within is None:
        return SQLITE_BUSY_SECONDS * 1000
    return int(min(answer_within, SQLITE_SCAN_WAIT_SECONDS) * 1000)


def _disk_nearly_full(label: str) -> bool:
    """SQLite reports a full disk as a plain I/O error when the WAL index cannot grow: look at the disk."""
    try:
        path = make_url(label).database
        return path is not None and shutil.disk_usage(Path(path).parent).free < 2**20
    except (ArgumentError, ValueError, OSError):
        return False


SCAN_ANSWER_SECONDS = 2.0  # no scan waits longer than this for PostgreSQL (watchdog in kiosk.domain.deadline)
# libpq: connect within 2 s; a dead peer found by TCP keepalives within ~5 s and unacknowledged data after 2 s,
# for every operation (the watchdog bounds scans only: reports and imports may legitimately run longer).
POSTGRES_TIMEOUTS: dict[str, Any] = {"connect_timeout": 2, "keepalives": 1, "keepalives_idle": 2,
                                     "keepalives_interval": 1, "keepalives_count": 3, "tcp_user_timeout": 2000}
SQLITE_SCAN_WAIT_SECONDS = 1.0  # a scan waits at most this for a write lock held by an import
SQLITE_BUSY_SECONDS = 10  # how long a kiosk waits for another one's write before saying the file is busy


def use_wal(cursor: Any) -> None:
    """Put the file in WAL mode (kept in the file once done). Switching a new file can fail at once, without
    waiting on the busy timeout, when several kiosks open it together: retry until the timeout instead."""
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_engine(url: str, create: bool) -> Engine:
    parsed = make_url(url)
    path = parsed.database
    # A "file:..." URI (uri=true, e.g. mode=ro) is not a path: making its folder would create "./file:/...".
    if path and path != ":memory:" and parsed.query.get("uri") != "true":
        refuse_network_share(Path(path))
    if path and path != ":memory:" and parsed.query.get("uri") != "true" and not create:
        require_existing_file(Path(path))
    elif path and path != ":memory:" and parsed.query.get("uri") != "true":
        folder = Path(path).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KioskError(f"Impossible de créer le dossier {folder} : {exc.strerror}.",
                             f"Cannot create the folder {folder}: {exc.strerror}.") from exc
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS, "isolation_level": None})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_SECONDS * 1000}")
        use_wal(cursor)
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Straight to the driver: this runs on every scan, and a full SQLAlchemy execution costs more than it.
        options = conn.get_execution_options()
        driver, info = conn.connection.driver_connection, conn.connection.info
        busy_ms = options.get("kiosk_busy_ms", SQLITE_BUSY_SECONDS * 1000)
        if info.get("kiosk_busy_ms") != busy_ms:  # a scan waits less for the lock than an import
            driver.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
            info["kiosk_busy_ms"] = busy_ms
        driver.execute("BEGIN IMMEDIATE" if options.get("kiosk_write", True) else "BEGIN")

    return engine


def create_database_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for the URL, with the SQLite settings we rely on; no connection is made yet.

    Without `create`, a SQLite file that does not exist is refused rather than made (with its folders).
    """
    try:
        if parsed_url(url, describe(url)).get_backend_name() == "sqlite":
            return _sqlite_engine(url, create)
        return create_engine(url, pool_size=5, max_overflow=5, connect_args=POSTGRES_TIMEOUTS)
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as exc:
        raise unrecognised_address(describe(url)) from exc


def open_database(url: str | None = None, *, migrate: bool = True, create: bool = True) -> Database:
    """Open the database named by `url` (see `resolve_url`) and bring its schema up to date.

    `create=False` (every command but `init` and `demo`) refuses a SQLite file that does not exist yet.
    """
    from kiosk.domain.models import Base
    from kiosk.migrations import upgrade_to_head

    engine = create_database_engine(resolve_url(url), create=create)
    database = Database(engine)
    if migrate:
        with translate_errors(database.label):
            refuse_foreign_tables(engine, database.label, set(Base.metadata.tables))
            upgrade_to_head(engine)
    return database
