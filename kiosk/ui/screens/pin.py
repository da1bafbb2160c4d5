"""The organiser PIN: a big digit pad; three wrong tries lock it for 30 seconds.

The same pad guards leaving the kiosk: closing the window or leaving full screen brings it up, and the
right PIN opens organiser mode, where "Quitter le mode kiosque" ends the application.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.pin_hash import pin_matches
from kiosk.ui.views import View, button, label, title_label

MIN_DIGITS, MAX_DIGITS = 4, 8
MAX_TRIES = 3
LOCK_MS = 30_000
KEY_SIZE = 96  # px: about 25 mm on a 96 dpi screen, far above the 9 mm a finger needs


def valid_pin(text: str) -> bool:
    return text.isdigit() and text.isascii() and MIN_DIGITS <= len(text) <= MAX_DIGITS


class PinView(View):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pin")
        self.title = title_label()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = label("pinDots", centred=True)
        self.message = label("pinMessage", centred=True, wrap=True)
        self.digits: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, digit in enumerate("123456789"):
            self.digits[digit] = self._key(digit)
            grid.addWidget(self.digits[digit], index // 3, index % 3)
        self.clear = self._key("")
        self.clear.setObjectName("pinClear")
        self.digits["0"] = self._key("0")
        self.ok = self._key("")
        self.ok.setObjectName("pinOk")
        grid.addWidget(self.clear, 3, 0)
        grid.addWidget(self.digits["0"], 3, 1)
        grid.addWidget(self.ok, 3, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        pad = QWidget()
        pad.setLayout(grid)
        pad.setMaximumWidth(KEY_SIZE * 3 * 2)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(pad, 3)
        centre.addStretch(1)
        self.cancel = button("pinCancel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(centre)
        layout.addStretch(1)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def _key(self, text: str) -> QPushButton:
        key = QPushButton(text)
        key.setProperty("role", "pinKey")
        key.setMinimumSize(KEY_SIZE, KEY_SIZE)
        key.setMaximumHeight(KEY_SIZE * 3 // 2)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return key

    def retranslate(self) -> None:
        self.title.setText(self.tr("Code organisateur"))
        self.clear.setText(self.tr("Effacer"))
        self.ok.setText(self.tr("Valider"))
        self.cancel.setText(self.tr("Annuler"))

    def set_locked(self, locked: bool) -> None:
        for key in (*self.digits.values(), self.clear, self.ok):
            key.setEnabled(not locked)


class PinController(QObject):
    """Checks the digits against the station's PIN; `accepted` when right."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, view: PinView, pin: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.pin = pin
        self.entered = ""
        self.tries = 0
        self.lock_ms = LOCK_MS
        self.unlock_timer = QTimer(self, singleShot=True)
        self.unlock_timer.timeout.connect(self.unlock)
        for digit, key in view.digits.items():
            key.clicked.connect(lambda _=False, d=digit: self.press(d))
        view.clear.clicked.connect(self.reset)
        view.ok.clicked.connect(self.submit)
        view.cancel.clicked.connect(self.cancelled)
        view.installEventFilter(self)
        self.reset()

    @property
    def locked(self) -> bool:
        return self.unlock_timer.isActive()

    def open(self, _payload: object = None) -> None:
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
        if pin_matches(self.entered, self.pin()):
            self.tries = 0
            self.entered = ""
            self._show()
            self.accepted.emit()
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
