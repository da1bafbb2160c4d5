"""The kiosk's behaviour: which screen shows, what a scan does, going home when nobody touches anything.

Scans are handled whatever screen is up (a scan during a result screen replaces it); the database work
runs on the task thread so a slow network never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kiosk.domain.checkin import ScanOutcome
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import ScanResult
from kiosk.ui.context import KioskContext
from kiosk.ui.idle import IdleWatch
from kiosk.ui.keyboard import KeyboardController
from kiosk.ui.lock import SwitchGuard
from kiosk.ui.main_window import MainWindow
from kiosk.ui.printing import printer_installed
from kiosk.ui.screens.catalogue import install_screens
from kiosk.ui.screens.home import HomeView
from kiosk.ui.screens.result import ResultController, ResultView
from kiosk.ui.screens.trouble import TroubleView

IDLE_MS = 60_000
HEALTH_MS = 10_000


class Navigator(QObject):
    """What screens may ask of the kiosk: another screen, home, an outcome, a message."""

    scan_shown = Signal(object)

    def __init__(self, context: KioskContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.openers: dict[str, Callable[[object], None]] = {}
        self.idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self.idle.timeout.connect(self.home)
        self.idle_watch = IdleWatch(self.idle, self)

    def add(self, name: str, view: QWidget, opener: Callable[[object], None] | None = None) -> None:
        self.window.add_screen(name, view)
        if opener is not None:
            self.openers[name] = opener

    def go(self, name: str, payload: object = None) -> None:
        if name in self.openers:
            self.openers[name](payload)
        self.window.show_screen(name)
        self.idle.start()

    def home(self) -> None:
        self.window.show_screen("home")

    def tell(self, error: KioskError) -> None:
        """A problem the user can fix: one sentence and a way on (the dialog's button)."""
        QMessageBox.warning(self.window, self.tr("Attention"), str(error))


class KioskController(QObject):
    def __init__(self, context: KioskContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.nav = Navigator(context, window)
        self.home_view = HomeView(context.desk.event.name)
        self.result_view = ResultView()
        self.result = ResultController(self.result_view, context.desk.event.timezone)
        self.trouble_view = TroubleView()
        self.nav.add("home", self.home_view)
        self.nav.add("result", self.result_view)
        self.nav.add("trouble", self.trouble_view)
        self.result.finished.connect(self.nav.home)
        self.trouble_view.back.clicked.connect(self.nav.home)
        self.home_view.language.clicked.connect(self.switch_language)
        context.tasks.bug.connect(self.show_trouble)
        install_screens(self)
        self.keyboard = KeyboardController(window, window.keyboard, context.translations.language)
        self.guard = SwitchGuard(window, lambda: self.nav.go("pin"))
        self.connected = True
        self.health = QTimer(self, interval=HEALTH_MS)
        self.health.timeout.connect(self.check_database)
        self.health.start()
        self._update_status()
        self.nav.home()

    def on_scan(self, text: str) -> None:
        """A code from the scanner, whatever screen is showing."""
        desk, direction = self.context.desk, self.context.settings.direction
        self.context.tasks.run(lambda: desk.scan(text, direction), self.show_outcome, self.nav.tell)

    def show_outcome(self, outcome: ScanOutcome) -> None:
        if outcome.result is ScanResult.GROUP and "roster" in self.nav.openers:
            self.nav.go("roster", outcome.group)
        else:
            self.result.show(outcome)
            self.window.show_screen("result")
        self.nav.scan_shown.emit(outcome)

    def switch_language(self) -> None:
        translations = self.context.translations
        translations.use("fr" if translations.language == "en" else "en")
        self.context.settings.language = translations.language
        self.keyboard.set_language(translations.language)
        self._update_status()

    def show_trouble(self, log_file: str) -> None:
        self.trouble_view.set_log(log_file)
        self.window.show_screen("trouble")

    def check_database(self) -> None:
        """Every few seconds, off the GUI thread: is the database still answering?"""
        db = self.context.db
        self.context.tasks.run(db.ping, lambda _done: self._set_connected(True),
                               lambda _error: self._set_connected(False))

    def _set_connected(self, connected: bool) -> None:
        self.connected = connected
        self._update_status()

    def _update_status(self) -> None:
        settings, label = self.context.settings, self.context.db.label
        self.window.station.setText(self.tr("Poste : %1").replace("%1", settings.station))
        self.window.database.setText(self.tr("Base : connectée (%1)").replace("%1", label) if self.connected
                                     else self.tr("Base injoignable, nouvelle tentative… (%1)").replace("%1", label))
        printer = settings.printer
        if not printer:
            text = self.tr("Imprimante : aucune (PDF)")
        elif printer_installed(printer):
            text = self.tr("Imprimante : %1").replace("%1", printer)
        else:
            text = self.tr("Imprimante introuvable : %1").replace("%1", printer)
        self.window.printer.setText(text)
