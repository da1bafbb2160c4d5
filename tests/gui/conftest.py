"""The kiosk window on a real SQLite file, driven with pytest-qt (offscreen; Qt warnings fail the test)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from kiosk.domain.database import Database, open_database
from kiosk.domain.events import create_event
from kiosk.ui import badge_output
from kiosk.ui.app import build, stylesheet
from kiosk.ui.controller import KioskController
from kiosk.ui.keyboard import prepare_keyboard
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.keys import Access

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
prepare_keyboard()  # as `kiosk` does, before pytest-qt creates the QApplication


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"


TODAY = dt.date.today()


@pytest.fixture
def fair(sqlite_url: str, migrated_sqlite_template: Path) -> Database:
    """A four-day fair starting today, so that classes booked today can be scanned in."""
    shutil.copyfile(migrated_sqlite_template, sqlite_url.removeprefix("sqlite:///"))  # migrated once per session
    db = open_database(sqlite_url)
    create_event(db, "Salon des métiers", "Paris Expo", TODAY, TODAY + dt.timedelta(days=3))
    return db


@pytest.fixture
def kiosk(qapp: QApplication, qtbot: object, sqlite_url: str, tmp_path: Path,
          fair: Database) -> Iterator[tuple[MainWindow, KioskController]]:
    """The assembled kiosk (French, windowed 1280×800) on the `fair` database."""
    qapp.setStyleSheet(stylesheet())
    store = QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)
    args = argparse.Namespace(db=sqlite_url, station="Entrée A", lang="fr", windowed=True)
    window, controller = build(qapp, args, store)
    # Screens are tested as the organiser sees them; tests of the PINs lock the kiosk first (nav.lock()).
    controller.nav.unlock(Access.ORGANISER)
    window.allow_close = True
    window.resize(1280, 800)
    window.show()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    yield window, controller
    # A keyboard still compiling its QML (a field took the focus at the test's end) must finish before its
    # window goes: deleting a QQuickWidget in the middle of an asynchronous load crashes Qt.
    component = window.keyboard.component if shiboken6.isValid(window) else None
    if component is not None and shiboken6.isValid(component) and component.isLoading():
        # (the component is handed to the panel once loaded: it may be gone already)
        qtbot.waitUntil(lambda: not shiboken6.isValid(component) or not component.isLoading(),  # type: ignore[attr-defined]
                        timeout=10_000)
    controller.context.tasks.wait()
    qapp.processEvents()  # the finished tasks' answers, while their screens still exist
    for scanner in qapp.findChildren(object):
        if type(scanner).__name__ == "ScannerFilter":
            qapp.removeEventFilter(scanner)
            scanner.deleteLater()
    controller.context.station.close()  # its threads, its journal and the database
    # Gone for good before the next test: Qt Virtual Keyboard serves one keyboard panel at a time.
    if shiboken6.isValid(window):  # (a test that quit the kiosk closed it already)
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def badge_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Badge PDFs written at the desk go to a temporary folder."""
    monkeypatch.setenv(badge_output.OUTPUT_ENV, str(tmp_path / "out"))
    return tmp_path / "out"
