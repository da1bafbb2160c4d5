"""The kiosk's behaviour as a whole: what a scan does, the language, the status bar, the database's health.

Scans are handled whatever screen is up (a scan during a result screen replaces it); the database work runs
on the task thread so a slow network never freezes the window. The screens themselves are in the catalogue
(screens/catalogue.py); this controller builds them and connects what concerns the whole kiosk.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kiosk.domain.checkin import ScanOutcome
from kiosk.domain.kinds import ScanResult
from kiosk.ui.backups import AutomaticBackups
from kiosk.ui.context import KioskContext
from kiosk.ui.keyboard import KeyboardController
from kiosk.ui.lock import WindowGuard
from kiosk.ui.main_window import MainWindow
from kiosk.ui.navigator import Navigator
from kiosk.ui.printing import printer_installed
from kiosk.ui.screens.catalogue import build_screens
from kiosk.ui.screens.keys import Screen
from kiosk.ui.views import restyle

HEALTH_MS = 10_000
JOURNAL_MS = 1000


class KioskController(QObject):
    def __init__(self, context: KioskContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.nav = Navigator(window, context.settings)
        self.screens = build_screens(context, self.nav)
        self.screens.home.language_wanted.connect(self.switch_language)
        self.screens.settings.saved.connect(self.apply_settings)
        context.tasks.bug.connect(self.show_trouble)
        self.keyboard = KeyboardController(window, window.keyboard, context.translations.language)
        self.guard = WindowGuard(window, lambda: self.nav.open(Screen.ORGANISER))
        self.backups = AutomaticBackups(context, parent=self)  # SQLite, when the settings name a folder
        self.backups.failed.connect(self._backup_failed)
        self.backup_problem = ""
        self.backups.saved.connect(lambda _path: self._backup_failed(""))
        self.connected = True
        self.health = QTimer(self, interval=HEALTH_MS)
        self.health.timeout.connect(self.check_database)
        self.health.start()
        self.journal_watch = QTimer(self, interval=JOURNAL_MS)  # reads two numbers: no database work
        self.journal_watch.timeout.connect(self._journal_changed)
        self.journal_watch.start()
        self.journal_shown = (False, 0)
        self.update_status()
        self.nav.home()

    def on_scan(self, text: str) -> None:
        """A code from the scanner, whatever screen is showing: answered within a second, offline from the
        station journal when the database is away."""
        station, direction = self.context.station, self.context.settings.direction
        self.context.tasks.run(lambda: station.scan(text, direction), self.show_outcome, self.nav.tell)

    def show_outcome(self, outcome: ScanOutcome) -> None:
        self.update_status()
        if outcome.result is ScanResult.GROUP and outcome.group is not None:
            self.nav.interrupt(Screen.ROSTER, outcome.group)
        else:
            self.nav.interrupt(Screen.RESULT, outcome)

    def switch_language(self) -> None:
        self.use_language("fr" if self.context.translations.language == "en" else "en")

    def use_language(self, lang: str) -> None:
        self.context.translations.use(lang)
        self.context.settings.language = lang
        self.keyboard.set_language(lang)
        self.update_status()

    def apply_settings(self) -> None:
        """Saved in organiser mode: the language at once, and the station's name and printer below."""
        if self.context.settings.language != self.context.translations.language:
            self.use_language(self.context.settings.language)
        self.update_status()

    def show_trouble(self, log_file: str) -> None:
        self.nav.open(Screen.TROUBLE, log_file)

    def check_database(self) -> None:
        """Every few seconds, off the GUI thread: is the database still answering?"""
        db = self.context.db
        self.context.tasks.run(db.ping, lambda _done: self._set_connected(True),
                               lambda _error: self._set_connected(False))

    def _backup_failed(self, sentence: str) -> None:
        """The last automatic backup's problem stays in the status bar until one succeeds."""
        self.backup_problem = sentence
        self.update_status()

    def _journal_changed(self) -> None:
        station = self.context.station
        if (station.offline, station.waiting) != self.journal_shown:
            self.update_status()

    def _set_connected(self, connected: bool) -> None:
        self.connected = connected
        self.update_status()

    def update_status(self) -> None:
        """Station, database state and printer; never the database's address (the public reads this line:
        organisers find it in the settings)."""
        settings = self.context.settings
        self.window.station.setText(self.tr("Poste : %1").replace("%1", settings.station))
        state = self._database_state()
        restyle(self.window.database, "offline", self.context.station.offline)
        self.window.database.setText(f"{state} — {self.backup_problem}" if self.backup_problem else state)
        printer = settings.printer
        if not printer:
            text = self.tr("Imprimante : aucune (PDF)")
        elif printer_installed(printer):
            text = self.tr("Imprimante : %1").replace("%1", printer)
        else:
            text = self.tr("Imprimante introuvable : %1").replace("%1", printer)
        self.window.printer.setText(text)

    def _database_state(self) -> str:
        """Offline, the number of scans the database has not seen yet comes first: staff must know."""
        station = self.context.station
        self.journal_shown = (station.offline, station.waiting)
        if station.offline:
            return self.tr("Hors ligne — %n passage(s) en attente", "", station.waiting)
        return self.tr("Base : connectée") if self.connected else self.tr("Base injoignable, nouvelle tentative…")
