"""The touchscreen window on the 100,000-person fair: start-up to a ready home screen (against an empty
PySide6 window started the same way), scanner Enter to the result painted, search after a keystroke, memory.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from common import MORNING, codes_for_day, describe, fair_database, report, reset_presence

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
STARTS = 5
READY = "READY"

EMPTY_WINDOW = f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1280, 800); window.show()
QTimer.singleShot(0, lambda: (print("{READY}", flush=True), app.quit()))
app.exec()
"""

KIOSK_WINDOW = f"""
import argparse, resource, sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from kiosk.ui.app import build, stylesheet
from kiosk.ui.keyboard import prepare_keyboard
prepare_keyboard()
app = QApplication([])
app.setStyleSheet(stylesheet())
store = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window, controller = build(app, argparse.Namespace(db=sys.argv[1], station="bench", lang="fr", windowed=True), store)
window.allow_close = True; window.resize(1280, 800); window.show()
def ready():
    print("{READY}", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def start_time(script: str, *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait(timeout=60)
    assert line.startswith(READY), line
    return elapsed, line


def bench_start(url: str) -> None:
    ini = str(fair_database()[1]).replace("sqlite:///", "") + ".bench.ini"
    empty = [start_time(EMPTY_WINDOW)[0] for _ in range(STARTS)]
    kiosk = [start_time(KIOSK_WINDOW, url, ini) for _ in range(STARTS)]
    times = [t for t, _ in kiosk]
    memory_mb = max(int(line.split()[1]) for _, line in kiosk) / 1024
    report(f"start to a ready home screen, 100,000 people: median {statistics.median(times):.2f} s "
           f"(empty PySide6 window: {statistics.median(empty):.2f} s, ratio "
           f"{statistics.median(times) / statistics.median(empty):.1f}x); peak memory {memory_mb:.0f} MB")


def bench_scan(url: str) -> None:
    import argparse

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.app import build, stylesheet
    from kiosk.ui.keyboard import prepare_keyboard

    prepare_keyboard()  # as `kiosk` does, before the QApplication
    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(stylesheet())
    store = QSettings(url.replace("sqlite:///", "") + ".scan.ini", QSettings.Format.IniFormat)
    window, controller = build(app, argparse.Namespace(db=url, station="bench", lang="fr", windowed=True), store)
    window.resize(1280, 800)
    window.show()
    db = controller.context.db
    reset_presence(db)
    codes = codes_for_day(db, MORNING.date(), 400)
    samples = []
    for code in codes:
        painted: list[float] = []
        controller.nav.opened.connect(lambda _key, p=painted: p.append(0.0))
        started = time.perf_counter()
        controller.on_scan(code)
        while not painted:
            app.processEvents()
        controller.screens.result.view.repaint()
        samples.append(time.perf_counter() - started)
        controller.nav.opened.disconnect()
    report(f"scanner Enter to the result screen painted (today's date, real clock): {describe(samples)}")


def bench_search(url: str) -> None:
    """From a keystroke (the field's text changing) to the result rows repainted, debounce included."""
    import argparse
    import random

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.app import build
    from kiosk.ui.keyboard import prepare_keyboard
    from kiosk.ui.screens.keys import Screen, SearchStart

    prepare_keyboard()  # as `kiosk` does, before the QApplication
    app = QApplication.instance() or QApplication([])
    store = QSettings(url.replace("sqlite:///", "") + ".search.ini", QSettings.Format.IniFormat)
    window, controller = build(app, argparse.Namespace(db=url, station="bench", lang="fr", windowed=True), store)
    window.resize(1280, 800)
    window.show()
    controller.nav.open(Screen.SEARCH, SearchStart.NEW)
    search = controller.screens.search
    view = search.view
    rng = random.Random(5)
    words = ["lefe", "mar", "d", "dup", "gar", "le go", "ber", "ni", "zo", "coll"]
    samples = []
    for _ in range(300):
        typed = rng.choice(words)[: rng.randint(1, 4)]
        view.field.blockSignals(True)
        view.field.setText(typed[:-1])
        view.field.blockSignals(False)
        done: list[int] = []
        search.model.modelReset.connect(lambda d=done: d.append(1))
        started = time.perf_counter()
        view.field.setText(typed)
        while not done:
            app.processEvents()
        view.repaint()
        samples.append(time.perf_counter() - started)
        search.model.modelReset.disconnect()
    report(f"search screen, keystroke to rows repainted (25 ms debounce included): {describe(samples)}")


def main() -> None:
    _db, url = fair_database()
    bench_start(url)
    bench_scan(url)
    bench_search(url)


if __name__ == "__main__":
    main()
