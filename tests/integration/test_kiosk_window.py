"""End to end: the real `kiosk` process on a virtual X screen, a badge typed by xdotool as a scanner does."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from kiosk.domain.database import open_database
from kiosk.domain.directory import list_people, person_by_code
from kiosk.domain.events import create_event
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person

TODAY = dt.date.today()
NEEDED = ("Xvfb", "xdotool")


@contextlib.contextmanager
def _xvfb(size: str) -> Iterator[str]:
    """A bare X server (no window manager) with one screen of `size` ("1280x800"); yields its display."""
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"missing {missing}: run `make system`")
        pytest.skip(f"missing {missing}")
    number = 90 + os.getpid() % 400
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    display = f":{number}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
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


@pytest.fixture
def x_display() -> Iterator[str]:
    with _xvfb("1280x800") as display:
        yield display


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


GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
QGuiApplication.primaryScreen().grabWindow(int(sys.argv[1])).save(sys.argv[2])
"""


def _screen(env: dict[str, str], window: str, path: Path) -> Image.Image:
    subprocess.run([sys.executable, "-c", GRAB, window, str(path)], env=env, check=True, capture_output=True)
    return Image.open(path).convert("L")


def _key_rows(image: Image.Image) -> list[int]:
    """The heights at which a row of on-screen keys crosses the screen (near-black over nearly half its width)."""
    width, height = image.size
    pixels = image.load()
    return [y for y in range(height // 3, height)
            if sum(pixels[x, y] < 40 for x in range(0, width, 4)) > width // 4 * 0.45]


def _first_key(image: Image.Image, y: int) -> int:
    """The middle of the leftmost key on the row at height y."""
    pixels, x = image.load(), 0
    while pixels[x, y] >= 40:
        x += 1
    start = x
    while pixels[x, y] < 40:
        x += 1
    return (start + x) // 2


def _register_on_the_keys(config: str, taps: list[tuple[int, int]], tmp_path: Path, *, windowed: bool = True,
                          size: str = "1280x800") -> None:
    """Start the kiosk (station settings `config`), tap the visitor button then the PIN (`taps`), type a first name
    on the on-screen keys ("aa") and a last name on a keyboard ("Martin"): the visitor is registered. Not
    `windowed`: full screen, as it starts at a fair, nobody having activated its window."""
    url = f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"
    (tmp_path / "Kiosk").mkdir()
    (tmp_path / "Kiosk" / "kiosk.conf").write_text(config)
    db = open_database(url)
    create_event(db, "Salon des métiers", "Paris Expo", TODAY, TODAY + dt.timedelta(days=3))
    with _xvfb(size) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path),
               "KIOSK_OUTPUT_DIR": str(tmp_path / "out")}
        kiosk = subprocess.Popen([sys.executable, "-c", "from kiosk.ui.app import main; raise SystemExit(main())",
                                  *(["--windowed"] if windowed else []), "--db", url, "--lang", "fr"], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            window = _window_id(display, time.monotonic() + 30)
            if windowed:
                subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, check=False)
            time.sleep(1)
            for x, y in taps:
                subprocess.run(["xdotool", "mousemove", "--window", window, str(x), str(y), "click", "1"], env=env,
                               check=True)
                time.sleep(0.3)
            _type_the_visitor(env, window, tmp_path)
            deadline = time.monotonic() + 15
            while not [p for p in list_people(db) if p.last_name == "Martin"]:
                assert time.monotonic() < deadline, "the visitor typed on the keyboard was never registered"
                time.sleep(0.2)
            [visitor] = [p for p in list_people(db) if p.last_name == "Martin"]
            assert visitor.first_name.lower() == "aa"
        finally:
            kiosk.terminate()
            kiosk.wait(timeout=10)
            db.close()
    assert "Traceback" not in (kiosk.stderr.read() if kiosk.stderr else "")


def _type_the_visitor(env: dict[str, str], window: str, tmp_path: Path) -> None:
    deadline = time.monotonic() + 15
    while not (rows := _key_rows(_screen(env, window, tmp_path / "shot.png"))):
        assert time.monotonic() < deadline, "no on-screen keyboard appeared under the visitor form"
        time.sleep(0.3)
    image = _screen(env, window, tmp_path / "shot.png")
    top_row = rows[len(rows) // 8]  # within the first row of keys (a z e r t y …)
    a_key = _first_key(image, top_row)
    for _ in range(2):  # "a", "a": the first name, typed on the keys
        subprocess.run(["xdotool", "mousemove", "--window", window, str(a_key), str(top_row), "click", "1"],
                       env=env, check=True)
        time.sleep(0.3)
    subprocess.run(["xdotool", "key", "Return"], env=env, check=True)  # on to the last name
    subprocess.run(["xdotool", "type", "--delay", "120", "Martin"], env=env, check=True)
    subprocess.run(["xdotool", "key", "--delay", "300", "Return", "Return"], env=env, check=True)


def test_the_on_screen_keyboard_types_on_the_real_window(tmp_path: Path) -> None:
    """A tap on the home screen's visitor button, then on keys of the on-screen keyboard, on a real X screen: a
    self-service entrance where visitors register themselves (no PIN between them and the form)."""
    _register_on_the_keys("[General]\nrole=self-service\nself_registration=true\n", [(320, 580)], tmp_path)


def test_the_on_screen_keyboard_types_at_once_after_the_desk_pin(tmp_path: Path) -> None:
    """At a reception desk the staff PIN comes first (0000, tapped on its keys), then the form with the keyboard
    up: its keys typed into nothing until the field was tapped (the keyboard was built after the field took
    the focus; offscreen Qt does not show it, a real X screen does)."""
    visitor, zero, ok = (482, 815), (959, 748), (1149, 748)  # the home button, the PIN pad's 0 and Valider
    _register_on_the_keys("[General]\nrole=desk\n", [visitor] + [zero] * 4 + [ok], tmp_path, windowed=False,
                          size="1920x1080")


def _geometry(env: dict[str, str], window: str) -> tuple[int, int, int, int]:
    shown = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window], env=env, capture_output=True,
                           text=True, check=True).stdout
    values = dict(line.split("=", 1) for line in shown.split())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


@pytest.mark.parametrize("size", ["1280x800", "1920x1080", "1080x1920"])
def test_the_locked_kiosk_covers_the_whole_screen_without_a_window_manager(size: str, tmp_path: Path) -> None:
    """No window manager answers showFullScreen on a bare X server: the window must cover the screen itself."""
    url = f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"
    db = open_database(url)
    create_event(db, "Salon des métiers", "Paris Expo", TODAY, TODAY + dt.timedelta(days=3))
    db.close()
    width, height = (int(part) for part in size.split("x"))
    with _xvfb(size) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path)}
        kiosk = subprocess.Popen([sys.executable, "-c", "from kiosk.ui.app import main; raise SystemExit(main())",
                                  "--db", url, "--lang", "fr"], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            window = _window_id(display, time.monotonic() + 30)
            deadline = time.monotonic() + 15
            while (geometry := _geometry(env, window)) != (0, 0, width, height):
                assert time.monotonic() < deadline, f"the kiosk window is {geometry} on a {size} screen"
                time.sleep(0.2)
        finally:
            kiosk.terminate()
            kiosk.wait(timeout=10)
    assert "Traceback" not in (kiosk.stderr.read() if kiosk.stderr else "")
