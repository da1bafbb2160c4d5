"""The kiosk's automatic backups: a copy into the settings' folder off the GUI thread; a missing stick is one
sentence for the status bar, not an error screen."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.domain.database import open_database
from kiosk.ui.backups import AutomaticBackups
from kiosk.ui.controller import KioskController
from kiosk.ui.main_window import MainWindow


def test_backups_go_to_the_stick_and_a_missing_stick_is_said(
        kiosk: tuple[MainWindow, KioskController], qtbot: QtBot, tmp_path: Path) -> None:
    _, controller = kiosk
    context = controller.context
    stick = tmp_path / "clé"
    stick.mkdir()
    context.settings.backup_folder, context.settings.backups_kept = str(stick), 2
    backups = AutomaticBackups(context)
    for _ in range(3):
        with qtbot.waitSignal(backups.saved, timeout=20_000) as saved:
            backups.back_up_now()
    assert len(list(stick.glob("kiosk-*.sqlite3"))) <= 2 and Path(saved.args[0]).exists()
    copy = open_database(saved.args[0], create=False)
    assert copy.is_sqlite
    copy.close()
    context.settings.backup_folder = str(tmp_path / "clé débranchée")
    with qtbot.waitSignal(backups.failed, timeout=20_000) as failed:
        backups.back_up_now()
    assert failed.args[0].startswith("Le dossier des sauvegardes") and "branchez la clé" in failed.args[0]
    backups.timer.stop()


def test_the_kiosk_backs_up_by_itself_and_says_a_missing_stick_in_the_status_bar(
        kiosk: tuple[MainWindow, KioskController], qtbot: QtBot, tmp_path: Path) -> None:
    window, controller = kiosk
    controller.context.settings.backup_folder = str(tmp_path / "clé débranchée")
    assert controller.backups.timer.isActive()  # every 10 minutes, from the start
    controller.backups.back_up_now()
    qtbot.waitUntil(lambda: "Le dossier des sauvegardes" in window.database.text(), timeout=20_000)
    assert window.database.text().startswith("Base : connectée — ")
    (tmp_path / "clé débranchée").mkdir()  # the stick is plugged in again
    controller.backups.back_up_now()
    qtbot.waitUntil(lambda: window.database.text() == "Base : connectée", timeout=20_000)
