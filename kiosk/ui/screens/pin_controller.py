"""The PIN pad: the reception staff's PIN opens the desk's screens, the organiser's opens everything.

Three wrong tries lock the pad for 30 seconds, counted down on screen. The first time the organiser comes
in with a PIN still at its factory value (the organiser's or the desk's), the pad asks for a new one, twice,
before going on: a default PIN at a public fair is no PIN. The same pad guards leaving the kiosk: closing the
window or leaving full screen asks for organiser mode, where "Quitter le mode kiosque" ends the application.
"""

from __future__ import annotations

import enum
import math

from PySide6.QtCore import QTimer

from kiosk.ui.context import DEFAULT_PIN, DEFAULT_STAFF_PIN, KioskContext, StationRole
from kiosk.ui.navigator import Navigator
from kiosk.ui.pin_hash import MAX_DIGITS, hash_pin, pin_matches, valid_pin
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Access, PinRequest, Screen
from kiosk.ui.screens.pin_view import PinView

MAX_TRIES = 3
LOCK_MS = 30_000
TICK_MS = 1000


class Step(enum.Enum):
    ENTER = "enter"  # the PIN that opens
    NEW = "new"  # a new PIN in place of a default one
    AGAIN = "again"  # the new PIN once more


class PinController(ScreenController[PinRequest, PinView]):
    """Checks the digits against the station's PINs; the right one opens what was asked for."""

    def __init__(self, key: Screen[PinRequest], view: PinView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.request = PinRequest(Access.ORGANISER, lambda: nav.open(Screen.ORGANISER))
        self.step, self.entered, self.chosen, self.tries = Step.ENTER, "", "", 0
        self.replacing: list[Access] = []  # the default PINs still to replace, organiser's first
        self.lock_ms = LOCK_MS
        self.unlock_at = 0  # ms left before the pad works again
        self.ticker = QTimer(self, interval=TICK_MS)
        self.ticker.timeout.connect(self._tick)
        for digit, pad_key in view.digits.items():
            pad_key.clicked.connect(lambda _=False, d=digit: self.press(d))
        view.clear.clicked.connect(self.reset)
        view.ok.clicked.connect(self.submit)
        view.cancel.clicked.connect(nav.home)
        view.retranslated.connect(lambda: self._say_locked() if self.locked else self.reset())
        self.reset()

    @property
    def locked(self) -> bool:
        return self.unlock_at > 0

    def open(self, payload: PinRequest) -> None:
        self.request, self.step, self.replacing = payload, Step.ENTER, []
        self.reset()

    def press(self, digit: str) -> None:
        if not self.locked and len(self.entered) < MAX_DIGITS:
            self.entered += digit
            self._show()

    def reset(self) -> None:
        self.entered = ""
        if not self.locked:
            self.view.message.setText(self._prompt())
        self.view.title.setText(self._title())
        self._show()

    def submit(self) -> None:
        if self.locked:
            return
        entered, self.entered = self.entered, ""
        if self.step is Step.ENTER:
            self._check(entered)
        elif self.step is Step.NEW:
            self._choose(entered)
        else:
            self._confirm(entered)
        self._show()

    # ---- the PIN that opens ----------------------------------------------------------------------------
    def _check(self, entered: str) -> None:
        level = self._level_of(entered)
        if level is None or level < self.request.level:
            self._wrong()
            return
        self.tries = 0
        self.nav.unlock(level)
        self.replacing = self._defaults() if level is Access.ORGANISER else []
        if self.replacing:
            self.step = Step.NEW
            self.reset()
        else:
            self.request.then()

    def _level_of(self, entered: str) -> Access | None:
        settings = self.context.settings
        if pin_matches(entered, settings.pin_hash):
            return Access.ORGANISER
        if settings.role is StationRole.DESK and pin_matches(entered, settings.staff_pin_hash):
            return Access.STAFF
        return None

    def _defaults(self) -> list[Access]:
        settings = self.context.settings
        found = [Access.ORGANISER] if pin_matches(DEFAULT_PIN, settings.pin_hash) else []
        return found + ([Access.STAFF] if pin_matches(DEFAULT_STAFF_PIN, settings.staff_pin_hash) else [])

    def _wrong(self) -> None:
        self.tries += 1
        if self.tries >= MAX_TRIES:
            self.unlock_at = self.lock_ms
            self.ticker.start()
            self.view.set_locked(True)
            self._say_locked()
        else:
            self.view.message.setText(self.tr("Code faux. Essais restants : %n", "", MAX_TRIES - self.tries))

    # ---- a new PIN in place of a default one ---------------------------------------------------------------
    def _choose(self, entered: str) -> None:
        if not valid_pin(entered) or entered in (DEFAULT_PIN, DEFAULT_STAFF_PIN):
            self.view.message.setText(self.tr("Choisissez 4 à 8 chiffres, autres que le code d'origine."))
            return
        self.chosen, self.step = entered, Step.AGAIN
        self.reset()

    def _confirm(self, entered: str) -> None:
        if entered != self.chosen:
            self.step = Step.NEW
            self.reset()
            self.view.message.setText(self.tr("Les deux codes diffèrent : choisissez-le à nouveau."))
            return
        settings, replaced = self.context.settings, self.replacing.pop(0)
        if replaced is Access.ORGANISER:
            settings.pin_hash = hash_pin(entered)
        else:
            settings.staff_pin_hash = hash_pin(entered)
        settings.save(self.context.store)
        if self.replacing:
            self.step = Step.NEW
            self.reset()
        else:
            self.step = Step.ENTER
            self.request.then()

    # ---- texts -----------------------------------------------------------------------------------------------
    def _title(self) -> str:
        if self.step is not Step.ENTER:
            return (self.tr("Nouveau code organisateur") if self.replacing[:1] == [Access.ORGANISER]
                    else self.tr("Nouveau code de l'accueil"))
        return self.tr("Code de l'accueil") if self.request.level is Access.STAFF else self.tr("Code organisateur")

    def _prompt(self) -> str:
        if self.step is Step.NEW:
            return self.tr("Le code d'origine est encore en place : choisissez-en un autre (4 à 8 chiffres).")
        if self.step is Step.AGAIN:
            return self.tr("Tapez le nouveau code une seconde fois.")
        return self.tr("Saisissez le code (4 à 8 chiffres).")

    def _say_locked(self) -> None:
        self.view.message.setText(self.tr("Trois codes faux : clavier bloqué encore %n s.", "",
                                          math.ceil(self.unlock_at / 1000)))

    def _tick(self) -> None:
        self.unlock_at = max(0, self.unlock_at - TICK_MS)
        if self.unlock_at:
            self._say_locked()
        else:
            self.unlock()

    def unlock(self) -> None:
        self.ticker.stop()
        self.unlock_at, self.tries = 0, 0
        self.view.set_locked(False)
        self.reset()

    def _show(self) -> None:
        self.view.dots.setText(" ".join("●" * len(self.entered)) or "–")
