"""The organiser PIN pad, laid out: the dots, a message, a big digit pad, Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from kiosk.ui.views import STRETCH, View, button, column, label, row, title_label

KEY_SIZE = 96  # px: about 25 mm on a 96 dpi screen, far above the 9 mm a finger needs


class PinView(View):
    def __init__(self) -> None:
        super().__init__("pin")
        self.title = title_label()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = label("pinDots", centred=True)
        self.message = label("pinMessage", centred=True, wrap=True)
        self.cancel = self.worded(button("pinCancel"), lambda: self.tr("Annuler"))
        column(self.title, self.dots, self.message, STRETCH, self._build_pad(), STRETCH, row(self.cancel, STRETCH),
               owner=self)

    def _build_pad(self) -> QHBoxLayout:
        """Three columns of digits, then Clear, 0 and OK; centred, never wider than twice its keys."""
        self.digits: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, digit in enumerate("123456789"):
            self.digits[digit] = self._key(digit)
            grid.addWidget(self.digits[digit], index // 3, index % 3)
        self.clear = self.worded(self._key(""), lambda: self.tr("Effacer"))
        self.clear.setObjectName("pinClear")
        self.digits["0"] = self._key("0")
        self.ok = self.worded(self._key(""), lambda: self.tr("Valider"))
        self.ok.setObjectName("pinOk")
        grid.addWidget(self.clear, 3, 0)
        grid.addWidget(self.digits["0"], 3, 1)
        grid.addWidget(self.ok, 3, 2)
        for place in range(3):
            grid.setColumnStretch(place, 1)
        pad = QWidget()
        pad.setLayout(grid)
        pad.setMaximumWidth(KEY_SIZE * 3 * 2)
        return row(STRETCH, (pad, 3), STRETCH)

    def _key(self, text: str) -> QPushButton:
        key = QPushButton(text)
        key.setProperty("role", "pinKey")
        key.setMinimumSize(KEY_SIZE, KEY_SIZE)
        key.setMaximumHeight(KEY_SIZE * 3 // 2)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return key

    def set_locked(self, locked: bool) -> None:
        for key in (*self.digits.values(), self.clear, self.ok):
            key.setEnabled(not locked)
