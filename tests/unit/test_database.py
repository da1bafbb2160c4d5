"""Opening the database: where it is, the SQLite settings we rely on, and one clear sentence when it fails."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import threading
from pathlib import Path
from typing import Any

import pytest
from helpers import count_rows, make_group, make_visitor
from sample_event import EVENT_DAYS
from sqlalchemy import event, text

from kiosk.domain.database import ENV_URL, Database, default_sqlite_path, open_database, resolve_url, use_wal
from kiosk.domain.directory import list_people
from kiosk.domain.errors import KioskError
from kiosk.domain.events import create_event, get_event
from kiosk.domain.kinds import PersonKind
from kiosk.domain.models import Person


def one_clear_sentence(err: KioskError, *, fr: str, en: str) -> None:
    """The error reads as one sentence in each language, with the expected words and no traceback."""
    french, english = err.text("fr"), err.text("en")
    assert fr in french and en in english
    assert french != english
    for sentence in (french, english):
        assert sentence.endswith(".") and "\n" not in sentence and "Traceback" not in sentence
        assert len(sentence) < 300


def new_fair(path: Path) -> str:
    """A database file holding the fair and one visitor, closed again."""
    url = f"sqlite:///{path}"
    db = open_database(url)
    try:
        create_event(db, "Salon", "Paris Expo", EVENT_DAYS[0], EVENT_DAYS[-1])
        make_visitor(db)
    finally:
        db.close()
    return url


def test_url_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_URL, raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_url() == f"sqlite:///{default_sqlite_path()}"
    assert default_sqlite_path().name == "kiosk.sqlite3"
    assert resolve_url("kiosk.sqlite3") == f"sqlite:///{tmp_path.resolve() / 'kiosk.sqlite3'}"
    assert resolve_url("~/fair.sqlite3") == f"sqlite:///{Path.home().resolve() / 'fair.sqlite3'}"
    assert resolve_url("postgresql://kiosk@server/fair") == "postgresql+psycopg://kiosk@server/fair"
    assert resolve_url("postgres://kiosk@server/fair") == "postgresql+psycopg://kiosk@server/fair"

    monkeypatch.setenv(ENV_URL, "from-env.sqlite3")
    assert resolve_url() == f"sqlite:///{tmp_path.resolve() / 'from-env.sqlite3'}"
    assert resolve_url("given.sqlite3") == f"sqlite:///{tmp_path.resolve() / 'given.sqlite3'}"


def test_environment_names_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sub" / "fair.sqlite3"
    monkeypatch.setenv(ENV_URL, str(target))
    db = open_database()
    try:
        assert db.is_sqlite and target.exists()
        create_event(db, "Salon", "", EVENT_DAYS[0], EVENT_DAYS[0])
    finally:
        db.close()
    again = open_database(str(target))
    try:
        assert get_event(again).name == "Salon"
    finally:
        again.close()


def test_sqlite_runs_in_wal_with_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'k.sqlite3'}")
    try:
        with db.engine.connect() as first, db.engine.connect() as second:  # every pooled connection
            for conn in (first, second):
                conn.execution_options(kiosk_write=False)  # a reader: do not take the write lock
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert (conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) > 0
    finally:
        db.close()


def test_postgres_scheme_is_accepted(postgres_url: str) -> None:
    db = open_database(postgres_url.replace("postgresql+psycopg://", "postgresql://", 1))
    try:
        assert not db.is_sqlite and db.engine.dialect.driver == "psycopg"
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM person")).scalar() == 0
    finally:
        db.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes through chmod")
def test_read_only_file_and_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    url = new_fair(folder / "k.sqlite3")
    before = (folder / "k.sqlite3").read_bytes()
    (folder / "k.sqlite3").chmod(0o444)
    folder.chmod(0o555)
    try:
        with pytest.raises(KioskError) as caught:
            db = open_database(url)
            try:
                make_visitor(db, "Nouveau", "Visiteur")
            finally:
                db.close()
        french = caught.value.text("fr")
        assert "lecture seule" in french or "Impossible d'ouvrir" in french
        one_clear_sentence(caught.value, fr="base", en="database")
        assert (folder / "k.sqlite3").read_bytes() == before
    finally:
        folder.chmod(stat.S_IRWXU)
        (folder / "k.sqlite3").chmod(0o644)


def test_read_only_database_reads_and_refuses_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "k.sqlite3"
    new_fair(path)
    monkeypatch.chdir(tmp_path)
    before = sorted(os.listdir(tmp_path))

    db = open_database(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        assert get_event(db).name == "Salon" and len(list_people(db)) == 1
        with pytest.raises(KioskError) as caught:
            make_visitor(db, "Nouveau", "Visiteur")
        one_clear_sentence(caught.value, fr="lecture seule", en="read-only")
        with pytest.raises(KioskError):
            make_group(db)
    finally:
        db.close()

    assert set(os.listdir(tmp_path)) - set(before) <= {"k.sqlite3-wal", "k.sqlite3-shm"}  # no "file:" folder
    writable = open_database(str(path))
    try:
        assert count_rows(writable, Person) == 1
    finally:
        writable.close()


NOT_DATABASES = [os.urandom(8192), b"Nom;Prenom\nMartin;Lea\n" * 50, b"SQLite format 3\x00" + b"\xff" * 200]


@pytest.mark.parametrize("content", NOT_DATABASES, ids=["random", "csv", "truncated"])
def test_a_file_that_is_not_a_database(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    with pytest.raises(KioskError) as caught:
        open_database(f"sqlite:///{path}")
    one_clear_sentence(caught.value, fr="n'est pas une base de données", en="is not a Kiosk database")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_locked_database(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    url = new_fair(path)
    db = open_database(url)

    def short_wait(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout = 50")

    event.listen(db.engine, "connect", short_wait)
    db.engine.dispose()  # pooled connections are made again, with the short wait
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(KioskError) as caught:
            make_visitor(db, "Bloqué", "Visiteur")
        one_clear_sentence(caught.value, fr="occupée", en="locked by another program")
        other.execute("ROLLBACK")
        assert count_rows(db, Person) == 1  # nothing half-written
        make_visitor(db, "Plus", "Tard")  # and it works once the other program lets go
        assert count_rows(db, Person) == 2
    finally:
        other.close()
        db.close()


def test_a_server_that_does_not_answer() -> None:
    with pytest.raises(KioskError) as caught:
        open_database("postgresql+psycopg://nobody:hunter2@127.0.0.1:1/x")
    one_clear_sentence(caught.value, fr="ne répond pas", en="does not answer")
    assert "hunter2" not in caught.value.text("fr") + caught.value.text("en")


def test_an_address_we_cannot_use(tmp_path: Path) -> None:
    with pytest.raises(KioskError) as caught:
        open_database("nosuchdb://somewhere/fair")
    one_clear_sentence(caught.value, fr="Kiosk ne sait pas utiliser la base", en="Kiosk cannot use the database")

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(KioskError) as caught:
        open_database(str(blocker / "k.sqlite3"))
    one_clear_sentence(caught.value, fr="Impossible de créer le dossier", en="Cannot create the folder")


def test_transaction_rolls_back_on_error(db: Database) -> None:
    create_event(db, "Salon", "", EVENT_DAYS[0], EVENT_DAYS[-1])
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Person(kind=PersonKind.VISITOR, first_name="A", last_name="B", code="B1X", organisation="",
                           postcode="", on_site=False, created_at=dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC)))
        session.flush()
        raise RuntimeError("a bug half-way through")
    assert count_rows(db, Person) == 0



def test_kiosks_opening_a_new_file_together_all_get_wal(tmp_path: Path) -> None:
    """Several kiosks switching one new file to WAL at the same moment: SQLite refuses all but one at once,
    without waiting; each must wait its turn, not fail with "database is locked"."""
    failures: list[BaseException] = []
    for round_ in range(30):
        path = tmp_path / f"new-{round_}.sqlite3"
        barrier = threading.Barrier(6)

        def switch(path: Path = path, barrier: threading.Barrier = barrier) -> None:
            connection = sqlite3.connect(path, timeout=10, isolation_level=None)
            try:
                barrier.wait()
                use_wal(connection.cursor())
            except BaseException as error:  # reported below
                failures.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=switch) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert failures == []
