"""Stations keep answering while their PostgreSQL server is away, from their journal, and the journal reaches
the database when it is back: real station processes, a real server of the test's own stopped, frozen
(SIGSTOP) and started again, a station killed with SIGKILL in the middle and started again."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from own_postgres import OwnServer, new_database, running_server

from kiosk.domain.database import Database, open_database
from kiosk.domain.demo import load_demo
from kiosk.domain.station_desk import ONLINE_ANSWER_ENV, ONLINE_ANSWER_SECONDS


@pytest.fixture(scope="module")
def server() -> Iterator[OwnServer]:
    yield from running_server()


@pytest.fixture(scope="module")
def db(server: OwnServer) -> Iterator[Database]:
    database = open_database(new_database(server))
    load_demo(database, groups=1, visitors=40, seed=5)
    yield database
    database.close()


_NEXT = [0]


def visitors(db: Database, count: int) -> list[str]:
    """Badge codes of visitors no earlier test of this module has used (visitors may come in any day)."""
    with db.connection(write=False) as conn:
        codes = [row[0] for row in conn.exec_driver_sql("SELECT code FROM person WHERE kind = 'visitor' ORDER BY id")]
    _NEXT[0] += count
    return codes[_NEXT[0] - count:_NEXT[0]]


def rows_of(db: Database, codes: list[str]) -> list[tuple[str, str, str]]:
    """(code, result, scan id) of the scans of these badges, in the order they happened."""
    with db.connection(write=False) as conn:
        found = conn.exec_driver_sql("SELECT code, result, uid FROM scan ORDER BY at, id").all()
    return [(c, r, u) for c, r, u in found if c in codes]


class Station:
    """`kiosk-admin --json scan -` as a desk runs it, with its journal in the test's folder."""

    def __init__(self, db: Database, name: str, journals: Path, *, answer_within: str = "5") -> None:
        url = str(db.engine.url.render_as_string(hide_password=False))
        env = {**os.environ, "KIOSK_JOURNAL_DIR": str(journals), ONLINE_ANSWER_ENV: answer_within}
        self.process = subprocess.Popen([sys.executable, "-m", "kiosk.cli", "--db", url, "--json", "scan", "-",
                                         "--station", name], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, env=env)

    def scan(self, code: str) -> dict[str, object]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(code + "\n")
        self.process.stdin.flush()
        box: list[str] = []
        output = self.process.stdout
        reader = threading.Thread(target=lambda: box.append(output.readline()), daemon=True)
        reader.start()
        reader.join(20)
        assert box and box[0], "no answer within 20 s"
        return dict(json.loads(box[0]))

    def finish(self) -> None:
        """Close the input (Ctrl+D): the station waits for the database to take its journal, then exits 0."""
        assert self.process.stdin is not None and self.process.stderr is not None
        self.process.stdin.close()
        assert self.process.wait(timeout=90) == 0
        said = self.process.stderr.read()
        assert "Traceback" not in said and "dans le journal du poste" not in said, said  # nothing left waiting

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


def journal_ids(journals: Path) -> list[str]:
    ids: list[str] = []
    for path in sorted(p for p in journals.glob("*.sqlite3") if not p.name.endswith(".copy.sqlite3")):
        with sqlite3.connect(path) as conn:
            ids += [row[0] for row in conn.execute("SELECT uid FROM entry ORDER BY seq")]
        conn.close()
    return ids


def test_a_frozen_server_gets_offline_answers_then_the_journal_with_the_same_ids(
        server: OwnServer, db: Database, tmp_path: Path) -> None:
    codes = visitors(db, 4)
    desk = Station(db, "Entrée A", tmp_path, answer_within=str(ONLINE_ANSWER_SECONDS))  # as a kiosk waits
    assert desk.scan(codes[0])["result"] == "checked_in"  # (offline too if this machine took 0.8 s for it)
    server.signal_all(signal.SIGSTOP)
    try:
        frozen = [desk.scan(code) for code in codes[1:]]
    finally:
        server.signal_all(signal.SIGCONT)
    assert [(a["result"], a["offline"]) for a in frozen] == [("checked_in", True)] * 3
    desk.finish()
    stored = rows_of(db, codes)
    assert [(c, r) for c, r, _ in stored] == [(c, "checked_in") for c in codes]
    replayed = journal_ids(tmp_path)
    assert [u for _, _, u in stored[-len(replayed):]] == replayed  # in order, with the same ids


def test_a_station_killed_mid_outage_replays_its_journal_when_started_again(
        server: OwnServer, db: Database, tmp_path: Path) -> None:
    codes = visitors(db, 4)
    first = Station(db, "Entrée B", tmp_path)
    assert first.scan(codes[0])["offline"] is False
    server.halt("fast")
    try:
        assert [first.scan(code)["offline"] for code in codes[1:3]] == [True, True]
        first.kill()  # the desk loses power with two scans the database has not seen
        again = Station(db, "Entrée B", tmp_path)  # starts while the server is still down: from its journal
        answer = again.scan(codes[3])
        assert (answer["result"], answer["offline"]) == ("checked_in", True)
    finally:
        server.start()
    again.finish()
    assert [(c, r) for c, r, _ in rows_of(db, codes)] == [(c, "checked_in") for c in codes]


def test_two_desks_that_let_the_same_badge_in_offline_record_one_entry(
        server: OwnServer, db: Database, tmp_path: Path) -> None:
    [code] = visitors(db, 1)
    desks = [Station(db, "Entrée C", tmp_path / "c"), Station(db, "Entrée D", tmp_path / "d")]
    assert [desk.scan("bonjour")["result"] for desk in desks] == ["invalid", "invalid"]  # both desks are up
    server.halt("immediate")
    try:
        answers = [desk.scan(code) for desk in desks]
    finally:
        server.start()
    assert [(a["result"], a["offline"]) for a in answers] == [("checked_in", True)] * 2
    for desk in desks:
        desk.finish()
    assert sorted(r for _, r, _ in rows_of(db, [code])) == ["already_in", "checked_in"]
    with db.connection(write=False) as conn:
        assert conn.exec_driver_sql(f"SELECT on_site FROM person WHERE code = '{code}'").scalar() is True
