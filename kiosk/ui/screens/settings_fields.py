"""Touch-friendly inputs of the settings screen: numbers between − and + keys, PIN fields, yes/no toggles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from kiosk.documents.layouts import MAX_OFFSET_MM
from kiosk.ui.pin_hash import MAX_DIGITS
from kiosk.ui.views import line_edit


def _keyless(box: QAbstractSpinBox) -> None:
    """The number alone: the − and + keys beside it change it. Its own arrows stay (NoButtons with a styled
    border squeezes the digits into a 1 px field) but kiosk.qss gives them no width."""
    box.setAlignment(Qt.AlignmentFlag.AlignCenter)
    box.setMinimumHeight(52)


def offset_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
    box.setSingleStep(0.5)
    box.setDecimals(1)
    _keyless(box)
    return box


def count_box(least: int, most: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(least, most)
    _keyless(box)
    return box


def stepper(box: QAbstractSpinBox) -> QWidget:
    """The value between two finger-sized − and + keys."""
    holder = QWidget()
    keys = QHBoxLayout(holder)
    keys.setContentsMargins(0, 0, 0, 0)
    for text, step in (("−", box.stepDown), ("+", box.stepUp)):
        key = QPushButton(text)
        key.setMinimumWidth(72)
        key.clicked.connect(step)
        keys.addWidget(key)
        if text == "−":
            keys.addWidget(box, 1)
    return holder


def pin_field(name: str) -> QLineEdit:
    field = line_edit(name, MAX_DIGITS)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field


class Toggle(QPushButton):
    """A yes/no setting as one big button that says its state."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "choice")
        self.setCheckable(True)
        self.toggled.connect(lambda _on: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Toggle", "Oui") if self.isChecked()
                     else QCoreApplication.translate("Toggle", "Non"))
