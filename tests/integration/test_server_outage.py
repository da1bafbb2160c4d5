"""A scan never waits more than about 2 s for PostgreSQL, and the station reconnects by itself: a real
server of the test's own, frozen with SIGSTOP and restarted in the middle of scanning."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator

import pytest
from own_postgres import OwnServer, new_database, running_server

from kiosk.domain.checkin import ScanDesk
from kiosk.domain.database import open_database
from kiosk.domain.demo import load_demo
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import ScanResult


@pytest.fixture(scope="module")
def server() -> Iterator[OwnServer]:
    yield from running_server()


@pytest.fixture(scope="module")
def desk(server: OwnServer) -> ScanDesk:
    db = open_database(new_database(server))
    load_demo(db, groups=2, visitors=5, seed=3)
    return ScanDesk(db, "Entrée A")


def _badges(desk: ScanDesk) -> list[str]:
    with desk.db.connection(write=False) as conn:
        return [row[0] for row in conn.exec_driver_sql("SELECT code FROM person ORDER BY id")]


def _bounded(call: Callable[[], object], seconds: float = 20) -> object:
    """Run `call` in a thread; a hang fails the test instead of blocking the suite forever."""
    box: list[object] = []
    worker = threading.Thread(target=lambda: box.append(_outcome(call)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert box, f"no answer after {seconds} s"
    return box[0]


def _outcome(call: Callable[[], object]) -> object:
    try:
        return call()
    except KioskError as error:
        return error


def test_a_frozen_server_gives_a_sentence_not_a_hang(server: OwnServer, desk: ScanDesk) -> None:
    codes = _badges(desk)
    assert desk.scan(codes[0]).result is ScanResult.CHECKED_IN
    server.signal_all(signal.SIGSTOP)
    try:
        frozen = _bounded(lambda: desk.scan(codes[1]))
        pinged = _bounded(desk.db.ping)  # the kiosk's health check must not hang its task thread either
    finally:
        server.signal_all(signal.SIGCONT)
    assert isinstance(frozen, KioskError) and "ne répond pas" in frozen.text("fr")
    assert isinstance(pinged, KioskError) and "ne répond pas" in pinged.text("fr")
    assert desk.scan(codes[2]).result is ScanResult.CHECKED_IN  # the cut connection was replaced silently


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_a_restarted_server_is_reconnected_silently(server: OwnServer, desk: ScanDesk, mode: str) -> None:
    codes = _badges(desk)
    desk.scan(codes[3])
    server.restart(mode)
    again = _bounded(lambda: desk.scan(codes[3]))
    assert not isinstance(again, KioskError), again
    assert getattr(again, "result", None) is ScanResult.ALREADY_IN


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_the_scan_stream_goes_on_through_an_outage(server: OwnServer, desk: ScanDesk, mode: str) -> None:
    codes = _badges(desk)[10:16] if mode == "fast" else _badges(desk)[20:26]
    url = str(desk.db.engine.url.render_as_string(hide_password=False))
    stream = subprocess.Popen([sys.executable, "-m", "kiosk.cli", "--db", url, "--json", "scan", "-"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert stream.stdin is not None and stream.stdout is not None
    try:
        answers = []
        back = threading.Timer(2.0, server.start)
        for number, code in enumerate(codes):
            if number == 3:  # the server goes away; this code is sent while it is down, and waits for it
                server.halt(mode)
                back.start()
            stream.stdin.write(code + "\n")
            stream.stdin.flush()
            answers.append(json.loads(stream.stdout.readline()))
        back.join()
        stream.stdin.close()
        assert stream.wait(timeout=60) == 0, stream.stderr.read() if stream.stderr else ""
    finally:
        stream.kill()
        stream.wait()
    assert [a["result"] for a in answers] == ["checked_in"] * len(codes)
    assert answers[3]["offline"] is True  # answered by the station's journal while the server was down
    with desk.db.connection(write=False) as conn:
        stored = conn.exec_driver_sql("SELECT code, count(*) FROM scan GROUP BY code").all()
    assert all(dict(stored)[code] == 1 for code in codes)
