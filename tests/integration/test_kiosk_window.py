"""End to end: the real `kiosk` process on a virtual X screen, a badge typed by xdotool as a scanner does."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.database import open_database
from kiosk.domain.directory import person_by_code
from kiosk.domain.events import create_event
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person

TODAY = dt.date.today()
NEEDED = ("Xvfb", "xdotool")


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"missing {missing}: run `make system`")
        pytest.skip(f"missing {missing}")
    display = f":{90 + os.getpid() % 400}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def _window_id(display: str, deadline: float) -> str:
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Kiosk"],
                               capture_output=True, text=True, env={**os.environ, "DISPLAY": display})
        if found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.2)
    raise AssertionError("the kiosk window never appeared")


def test_a_badge_typed_on_the_real_window_is_checked_in(x_display: str, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"
    db = open_database(url)
    create_event(db, "Salon des métiers", "Paris Expo", TODAY, TODAY + dt.timedelta(days=3))
    group = add_group(db, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", TODAY))
    code = add_person(db, PersonKind.PUPIL, "Zoé", "Lefèvre", group_id=group.id).code
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path)}
    kiosk = subprocess.Popen([sys.executable, "-c", "from kiosk.ui.app import main; raise SystemExit(main())",
                              "--windowed", "--db", url, "--lang", "fr"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        window = _window_id(x_display, time.monotonic() + 30)
        subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, check=False)
        subprocess.run(["xdotool", "type", "--delay", "5", code], env=env, check=True)
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
        deadline = time.monotonic() + 15
        while not (person_by_code(db, code) or _missing()).on_site:
            assert time.monotonic() < deadline, "the scan never reached the database"
            time.sleep(0.1)
    finally:
        kiosk.terminate()
        kiosk.wait(timeout=10)
        db.close()
    assert "Traceback" not in (kiosk.stderr.read() if kiosk.stderr else "")


def _missing() -> object:
    raise AssertionError("the badge holder vanished from the database")
