"""What every screen's view shares: texts re-read on a language switch, and big touch-friendly parts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

Text = Callable[[], str]  # a text read again in the current language: lambda: self.tr("…")


class Worded(Protocol):
    def setText(self, text: str) -> None: ...  # noqa: N802 - Qt's name


WordedT = TypeVar("WordedT", bound=Worded)


class View(QWidget):
    """A screen's layout, named for the stylesheet and the tests. Subclasses give each widget its text where
    they make it (`worded`, `translated`); `retranslate` sets them all again on a language switch, then
    `retranslated` tells the controller to set again the texts it owns (counts, outcomes)."""

    retranslated = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._texts: list[tuple[Callable[[str], None], Text]] = []

    def worded(self, part: WordedT, text: Text) -> WordedT:
        """`part` (a label, a button) shows `text`, now and again after every language switch."""
        self.translated(part.setText, text)
        return part

    def translated(self, setter: Callable[[str], None], text: Text) -> None:
        """`setter(text())` now and after every language switch (a placeholder, a tooltip, a title)."""
        self._texts.append((setter, text))
        setter(text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.retranslated.emit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text given by `worded` and `translated` again, in the language now installed; views with
        texts of their own (a model's headers) extend it."""
        for setter, text in self._texts:
            setter(text())


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


COMBO_ROW_PX = 56  # a choice in an open drop-down list is a touch target too


def combo(name: str) -> QComboBox:
    """A drop-down list with an object name, as narrow as a dozen characters allow; its open list has
    rows a finger can hit and swipes."""
    made = QComboBox()
    made.setObjectName(name)
    made.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    made.setMinimumContentsLength(12)
    made.setItemDelegate(TallRows(COMBO_ROW_PX, made))
    swipeable(made.view())
    return made


class TallRows(QStyledItemDelegate):
    """Rows of a list at least `height` px high, whatever their text and the style would make them."""

    def __init__(self, height: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.height = height

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self.height))


def swipeable(area: QAbstractScrollArea) -> QAbstractScrollArea:
    """Kinetic scrolling by dragging a finger on the area: lists, tables, scroll areas, PDF pages.

    One scroller gesture per widget is possible; the left-button one serves both kinds of touchscreens: those
    sending mouse events, and those sending touch events (Qt turns a touch no widget takes into mouse events).
    """
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    properties = QScroller.scroller(viewport).scrollerProperties()
    # No bounce past the ends: the rows stop where they end.
    for overshoot in (QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                      QScrollerProperties.ScrollMetric.VerticalOvershootPolicy):
        properties.setScrollMetric(overshoot, QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    QScroller.scroller(viewport).setScrollerProperties(properties)
    if isinstance(area, QAbstractItemView):  # whole items jump under a finger: pixels follow it
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return area


def fit_for_touch(widget: QWidget) -> None:
    """Every list, table and scroll area inside `widget` (a whole screen) scrolls by swiping, and every
    drop-down list opens with rows a finger can hit, whichever way they were made."""
    for box in widget.findChildren(QComboBox):
        if not isinstance(box.itemDelegate(), TallRows):
            box.setItemDelegate(TallRows(COMBO_ROW_PX, box))
        swipeable(box.view())
    for area in widget.findChildren(QAbstractScrollArea):
        if not isinstance(area, QHeaderView):  # a table's header moves with its table
            swipeable(area)


def row_list(name: str, height: int) -> QListWidget:
    """A list of rows to tap, each at least `height` px high, swiped with a finger."""
    rows = QListWidget()
    rows.setObjectName(name)
    rows.setItemDelegate(TallRows(height, rows))
    swipeable(rows)
    return rows


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


class DonePage(QWidget):
    """The page a form turns to once its work is done: what was done (`title`, then `details`), the `extra`
    parts under them (a way back to the badges), and a big way `home`; named `<name>DoneTitle`…"""

    def __init__(self, name: str, *extra: Part) -> None:
        super().__init__()
        self.title = label(f"{name}DoneTitle", centred=True, wrap=True)
        self.details = label(f"{name}DoneDetails", centred=True, wrap=True)
        self.home = big_button(f"{name}DoneHome")
        column(STRETCH, self.title, self.details, *extra, STRETCH, self.home, owner=self)


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
