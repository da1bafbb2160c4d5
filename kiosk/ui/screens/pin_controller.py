"""The organiser PIN: a big digit pad; three wrong tries lock it for 30 seconds.

The same pad guards leaving the kiosk: closing the window or leaving full screen brings it up, and the
right PIN opens organiser mode, where "Quitter le mode kiosque" ends the application.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from kiosk.ui.context import KioskContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.pin_hash import MAX_DIGITS, pin_matches
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.pin_view import PinView

MAX_TRIES = 3
LOCK_MS = 30_000


class PinController(ScreenController[None, PinView]):
    """Checks the digits against the station's PIN; the right one opens organiser mode."""

    def __init__(self, key: Screen[None], view: PinView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.entered = ""
        self.tries = 0
        self.lock_ms = LOCK_MS
        self.unlock_timer = QTimer(self, singleShot=True)
        self.unlock_timer.timeout.connect(self.unlock)
        for digit, pad_key in view.digits.items():
            pad_key.clicked.connect(lambda _=False, d=digit: self.press(d))
        view.clear.clicked.connect(self.reset)
        view.ok.clicked.connect(self.submit)
        view.cancel.clicked.connect(nav.home)
        view.installEventFilter(self)
        self.reset()

    @property
    def locked(self) -> bool:
        return self.unlock_timer.isActive()

    def open(self, payload: None) -> None:
        self.reset()

    def press(self, digit: str) -> None:
        if not self.locked and len(self.entered) < MAX_DIGITS:
            self.entered += digit
            self._show()

    def reset(self) -> None:
        self.entered = ""
        if not self.locked:
            self.view.message.setText(self.tr("Saisissez le code (4 à 8 chiffres)."))
        self._show()

    def submit(self) -> None:
        if self.locked:
            return
        if pin_matches(self.entered, self.context.settings.pin_hash):
            self.tries = 0
            self.entered = ""
            self._show()
            self.nav.open(Screen.ORGANISER)
            return
        self.tries += 1
        self.entered = ""
        if self.tries >= MAX_TRIES:
            self.unlock_timer.start(self.lock_ms)
            self.view.set_locked(True)
            self.view.message.setText(self.tr("Trois codes faux : clavier bloqué pendant %1 secondes.")
                                      .replace("%1", str(self.lock_ms // 1000)))
        else:
            self.view.message.setText(self.tr("Code faux. Essais restants : %1").replace(
                "%1", str(MAX_TRIES - self.tries)))
        self._show()

    def unlock(self) -> None:
        self.unlock_timer.stop()
        self.tries = 0
        self.view.set_locked(False)
        self.reset()

    def _show(self) -> None:
        self.view.dots.setText(" ".join("●" * len(self.entered)) or "–")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and not self.locked and not self.tries:
            self.reset()
        return False
