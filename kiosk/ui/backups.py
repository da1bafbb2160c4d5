"""The kiosk's automatic backup: every 10 minutes, on SQLite, a dated copy into the folder set in the station
settings (a USB stick), keeping the newest N. The copy runs on the task thread; the screen never waits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.domain.backup import rotate_backup
from kiosk.domain.errors import KioskError
from kiosk.ui.context import KioskContext
from kiosk.ui.i18n import current_language

BACKUP_EVERY_MS = 10 * 60 * 1000


class AutomaticBackups(QObject):
    """Starts with the window; does nothing on PostgreSQL (the server has its own backups) or without a folder."""

    saved = Signal(str)  # the file written
    failed = Signal(str)  # one sentence in the window's language, for the status bar

    def __init__(self, context: KioskContext, parent: QObject | None = None, every_ms: int = BACKUP_EVERY_MS) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.back_up_now)
        self.timer.start()

    def back_up_now(self) -> None:
        """One backup now, off the GUI thread, when the station has a folder set and the base is SQLite."""
        settings, db = self.context.settings, self.context.db
        if not settings.backup_folder or not db.is_sqlite:
            return
        folder, kept = Path(settings.backup_folder), settings.backups_kept
        self.context.tasks.run(lambda: str(rotate_backup(db, folder, kept, dt.datetime.now())),
                               self.saved.emit, self._failed)

    def _failed(self, error: KioskError) -> None:
        self.failed.emit(error.text(current_language()))
