"""What every screen's view shares: texts re-read on a language switch, and big touch-friendly parts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class View(QWidget):
    """A screen's layout, named for the stylesheet and the tests. Subclasses build their widgets, then set
    every text in `retranslate`; `retranslated` then tells the controller to set again the texts it owns
    (counts, outcomes), in the new language."""

    retranslated = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.retranslated.emit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text with self.tr(); called at start and on each language switch."""


def big_button(name: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setProperty("role", "big")
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    button.setMinimumHeight(72)
    return button


def label(name: str = "", *, centred: bool = False, wrap: bool = False) -> QLabel:
    """A label with an object name (for the stylesheet and tests)."""
    made = QLabel()
    made.setObjectName(name)
    made.setWordWrap(wrap)
    if centred:
        made.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return made


def combo(name: str) -> QComboBox:
    """A drop-down list with an object name, as narrow as a dozen characters allow."""
    made = QComboBox()
    made.setObjectName(name)
    made.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    made.setMinimumContentsLength(12)
    return made


def line_edit(name: str, max_length: int = 200) -> QLineEdit:
    """A text field with an object name and a length a name or a label never needs more than."""
    made = QLineEdit()
    made.setObjectName(name)
    made.setMaxLength(max_length)
    return made


def orient(columns: QBoxLayout, size: QSize) -> bool:
    """Side by side on a landscape screen, one above the other in portrait; True in portrait."""
    portrait = size.height() > size.width()
    columns.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
    return portrait


STRETCH = None  # in row() and column(): the room left over goes here
Part = QWidget | QLayout | None | tuple[QWidget | QLayout, int]  # a part, or a part and its stretch factor


def _fill(layout: QBoxLayout, parts: Sequence[Part]) -> None:
    for part in parts:
        part, stretch = part if isinstance(part, tuple) else (part, 0)
        if part is None:
            layout.addStretch(1)
        elif isinstance(part, QLayout):
            layout.addLayout(part, stretch)
        else:
            layout.addWidget(part, stretch)


def row(*parts: Part) -> QHBoxLayout:
    """Parts side by side, left to right; STRETCH takes the room left over (a bottom bar: back on the
    left, the main action on the right)."""
    layout = QHBoxLayout()
    _fill(layout, parts)
    return layout


def column(*parts: Part, owner: QWidget | None = None, margins: bool = True) -> QVBoxLayout:
    """Parts one above the other, as `owner`'s layout when given; without `margins`, flush with the owner's
    edges (a page inside a screen that has its own)."""
    layout = QVBoxLayout(owner) if owner is not None else QVBoxLayout()
    if not margins:
        layout.setContentsMargins(0, 0, 0, 0)
    _fill(layout, parts)
    return layout


def page(*parts: Part, margins: bool = True) -> QWidget:
    """One page of a screen with several (a form, then what was done): a widget laid out as a column."""
    made = QWidget()
    column(*parts, owner=made, margins=margins)
    return made


def pages(*made: QWidget) -> QStackedWidget:
    """The pages of a screen, one showing at a time (the first to start with)."""
    stack = QStackedWidget()
    for one in made:
        stack.addWidget(one)
    return stack


def button(name: str) -> QPushButton:
    made = QPushButton()
    made.setObjectName(name)
    return made


def title_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "title")
    label.setWordWrap(True)
    return label


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the stylesheet selects on (tone, armed…) and apply it now: Qt re-reads styles only
    on polish."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
