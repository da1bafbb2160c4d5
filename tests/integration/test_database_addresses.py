"""--db given wrong, as people mistype it: one sentence, exit 1, and nothing created or changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import admin
from pg_server import postgres_url_or_skip
from small_disk import fill, tmpfs


def _refused(db: str, *args: str) -> str:
    done = admin(db, "--lang", "en", *(args or ("groups",)), check=False)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1
    return done.stderr


@pytest.mark.parametrize(("url", "expected"), [
    ("postgresql://kiosk@server:abc/kiosk", "Unrecognised database address"),
    ("postgresql://kiosk@[::1/kiosk", "Unrecognised database address"),
    ("mysql://kiosk@server/kiosk", "Kiosk cannot use the database mysql://kiosk@server/kiosk: give a SQLite file"),
    ("oracle+nodriver://x@y/z", "Kiosk cannot use the database"),
])
def test_addresses_that_cannot_work(url: str, expected: str) -> None:
    assert expected in _refused(url)


def test_a_mistyped_path_creates_neither_folder_nor_database(tmp_path: Path) -> None:
    wrong = tmp_path / "salon2026" / "kiosk.sqlite3"
    assert "No Kiosk database at" in _refused(str(wrong), "groups")
    visitor = ("visitor", "add", "--first-name", "Léa", "--last-name", "Lévy")
    assert "No Kiosk database at" in _refused(str(wrong), *visitor)
    assert not (tmp_path / "salon2026").exists()
    admin(str(wrong), "init", "--event", "Salon", "--from", "2026-11-24", "--to", "2026-11-27")
    assert wrong.exists()


def test_another_programs_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    foreign = tmp_path / "contacts.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE contacts (id INTEGER, name TEXT)")
    for command in (("groups",), ("init", "--event", "Salon", "--from", "2026-11-24", "--to", "2026-11-27")):
        assert "holds another program's tables (contacts)" in _refused(str(foreign), *command)
    with sqlite3.connect(foreign) as conn:
        assert [row[0] for row in conn.execute("SELECT name FROM sqlite_master")] == ["contacts"]


def test_wrong_database_name_or_user_is_said_as_such() -> None:
    server = postgres_url_or_skip().rsplit("/", 1)[0]
    assert "the database of" in _refused(f"{server}/kiosk_no_such_base") and "does not exist" in _refused(
        f"{server}/kiosk_no_such_base")
    wrong_user = server.replace("://postgres@", "://kiosk_nobody@", 1)
    if wrong_user != server:
        assert "refuses this user or password" in _refused(f"{wrong_user}/postgres")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs of our own: the disk really fills, and no device file is ever written to."""
    with tmpfs(tmp_path / "disk", "3m") as folder:
        yield folder


def test_sqlite_disk_full_says_the_disk_is_full(small_disk: Path) -> None:
    database = str(small_disk / "kiosk.sqlite3")
    admin(database, "init", "--event", "Salon", "--from", "2026-11-24", "--to", "2026-11-27")
    fill(small_disk)
    names = "".join(f"Élève{i} NOM{i}\n" for i in range(2000))
    done = admin(database, "--lang", "en", "import", "-", "--school", "Collège", "--postcode", "75011",
                 "--class", "4e B", stdin=names, check=False)
    assert done.returncode == 1
    assert "is full: free some space, then try again." in done.stderr, done.stderr
