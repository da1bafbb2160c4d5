"""The package test's eyes (packaging/linux/package_test.sh), run with the development venv's Python: the product
under test is the installed package, this only looks at what it shows and prints.

    check_screen.py qr BADGES.pdf     the first page's QR codes decode to badge codes
    check_screen.py home SHOT.png     on $DISPLAY, a visible "Kiosk" window covers the screen and shows the home
                                      screen (its big blue buttons), saved to SHOT.png
    check_screen.py restart SHOT.png  the kiosk process killed, a new kiosk window comes back with its home screen
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

BIG_BUTTON = (0x13, 0x31, 0x5C)  # QPushButton[role="big"] in resources/styles/kiosk.qss: the home screen's buttons
GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])
"""


def check_qr(pdf: Path) -> None:
    import zxingcpp

    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(pdf), f"{folder}/page"], check=True)
        page = next(Path(folder).glob("page*.png"))
        codes = [found.text for found in zxingcpp.read_barcodes(Image.open(page))]
    badges = [code for code in codes if code.startswith("B1") and len(code) == 24]
    if not badges:
        raise SystemExit(f"no badge code among the QR codes read on the first page: {codes}")
    print(f"{len(badges)} badge codes read, e.g. {badges[0]}")


def kiosk_window(deadline: float, not_of_pid: int = 0) -> str:
    """A visible kiosk window, not one of process `not_of_pid` (X reuses a dead client's window ids)."""
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Kiosk$"], capture_output=True,
                               text=True, check=False).stdout.split()
        fresh = [window for window in found if window_pid(window) not in (not_of_pid, None)]
        if fresh:
            return fresh[0]
        time.sleep(0.25)
    raise SystemExit("no kiosk window appeared on the display within 60 s")


def window_pid(window: str) -> int | None:
    found = subprocess.run(["xdotool", "getwindowpid", window], capture_output=True, text=True, check=False)
    return int(found.stdout) if found.returncode == 0 and found.stdout.strip().isdigit() else None


def check_home(shot: Path, window: str) -> None:
    """The window covers the screen and, once painted, at least a fifth of it is the home screen's big buttons."""
    geometry = subprocess.run(["xdotool", "getwindowgeometry", window], capture_output=True, text=True,
                              check=True).stdout
    if "Geometry: 1280x800" not in geometry:
        raise SystemExit(f"the kiosk window does not cover the 1280x800 screen: {geometry.strip()}")
    deadline = time.monotonic() + 30
    while True:
        subprocess.run([sys.executable, "-c", GRAB, str(shot)], check=True, capture_output=True)
        image = Image.open(shot).convert("RGB")
        share = sum(count for count, colour in image.getcolors(1 << 24) or [] if _near(colour, BIG_BUTTON))
        share /= image.width * image.height
        if share > 0.2:
            print(f"home screen shown ({share:.0%} of the screen in its buttons' blue), saved to {shot}")
            return
        if time.monotonic() > deadline:
            raise SystemExit(f"the screen does not show the home screen ({share:.0%} in its buttons' blue); see {shot}")
        time.sleep(0.5)


def _near(colour: tuple[int, int, int], wanted: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 6 for a, b in zip(colour, wanted, strict=True))


def check_restart(shot: Path) -> None:
    pid = window_pid(kiosk_window(time.monotonic() + 60))
    if pid is None:
        raise SystemExit("the kiosk window names no process (_NET_WM_PID)")
    os.kill(pid, signal.SIGKILL)
    check_home(shot, kiosk_window(time.monotonic() + 60, not_of_pid=pid))


def main(argv: list[str]) -> None:
    what, path = argv[0], Path(argv[1])
    if what == "qr":
        check_qr(path)
    elif what == "home":
        check_home(path, kiosk_window(time.monotonic() + 60))
    elif what == "restart":
        check_restart(path)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
