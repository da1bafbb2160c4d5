"""What a user sees break when a screen does not fit: small touch targets, parts cut off, overlaps, cut texts.

Touch targets must be at least 9 mm. The kiosk screens are 1280×800 to 1920×1080 panels from about 12" to
32", i.e. 70 to 125 dpi; at 96 dpi 9 mm is 34 px, at 124 dpi it is 44 px. MIN_TARGET_PX = 44 keeps a target
at 9 mm or more on every panel up to 124 dpi (a 1920×1080 screen of 18" or more), and it is the minimum
touch size of the usual guidelines (44 pt on iOS, 48 dp on Android).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

MIN_TARGET_PX = 44
TEXT_MARGIN_PX = 8  # a button's border (2 px a side) and a little air around its text
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
TARGETS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)  # buttons: the clear cross in a field too


def shown(window: QWidget) -> Iterator[QWidget]:
    """Every widget the user can see now (pages of a stack that are not current are hidden)."""
    return (widget for widget in window.findChildren(QWidget) if widget.isVisible() and not widget.isWindow())


def is_target(widget: QWidget) -> bool:
    """A control the user touches; the line edit inside a spin box or a combo box is part of its owner."""
    if not isinstance(widget, TARGETS):
        return False
    return not (isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)))


def scrolls(widget: QWidget) -> bool:
    """Inside the viewport of a scroll area of the screen (or a list, table, text box): it may scroll into view.

    The frame the window puts around each whole screen does not count: a screen must fit the window as it is
    (the frame scrolls only to make room for the on-screen keyboard).
    """
    parent = widget.parentWidget()
    while parent is not None:
        owner = parent.parentWidget()
        if isinstance(owner, QAbstractScrollArea) and owner.viewport() is parent and not _screen_frame(owner):
            return True
        parent = owner
    return False


def _screen_frame(area: QAbstractScrollArea) -> bool:
    return isinstance(area, QScrollArea) and area.widget() in getattr(area.window(), "screens", {}).values()


def describe(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    text = widget.text() if isinstance(widget, (QPushButton, QLabel, QCheckBox, QRadioButton)) else ""
    return f"{name} {text[:30]!r}" if text else name


def in_window(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def small_targets(window: QWidget) -> list[str]:
    return [f"{describe(widget)} is {widget.width()}×{widget.height()} px, under {MIN_TARGET_PX} px"
            for widget in shown(window) if is_target(widget)
            and min(widget.width(), widget.height()) < MIN_TARGET_PX] + small_choices(window)


def small_choices(window: QWidget) -> list[str]:
    """Rows of the drop-down lists on show (as they will be when opened) under the minimum height."""
    return [f"{describe(box)}: its choices are {height} px high, under {MIN_TARGET_PX} px"
            for box in shown(window) if isinstance(box, QComboBox) and box.count()
            and (height := box.view().sizeHintForRow(0)) < MIN_TARGET_PX]


def cut_off(window: QWidget) -> list[str]:
    """Widgets sticking out of the window, or out of their parent (which clips them)."""
    problems = []
    for widget in shown(window):
        if scrolls(widget):
            continue
        rect, parent = in_window(window, widget), widget.parentWidget()
        clip = window.rect() if parent is None else window.rect() & in_window(window, parent)
        if not clip.contains(rect):
            problems.append(f"{describe(widget)} at {rect.getRect()} sticks out of {clip.getRect()}")
    return problems


def overlaps(window: QWidget) -> list[str]:
    """Controls side by side in one parent that cover each other."""
    problems = []
    for parent in (window, *shown(window)):
        children = [child for child in parent.findChildren(QWidget, options=DIRECT) if child.isVisible()
                    and is_target(child)]
        problems += [f"{describe(one)} overlaps {describe(other)}" for one, other in combinations(children, 2)
                     if one.geometry().intersects(other.geometry())]
    return problems


def cut_texts(window: QWidget) -> list[str]:
    """Button texts wider than their button; label texts wider (or, wrapped, taller) than their label."""
    problems = []
    for widget in shown(window):
        if isinstance(widget, QPushButton) and widget.text():
            needed = _text_width(widget, widget.text()) + TEXT_MARGIN_PX
            if widget.width() < needed:
                problems.append(f"{describe(widget)} is {widget.width()} px wide, its text needs {needed}")
        elif isinstance(widget, QLabel) and widget.text().strip() and not scrolls(widget):
            problems += _cut_label(widget)
    return problems


def hidden_numbers(window: QWidget) -> list[str]:
    """Number boxes whose digits have no room (a styled box without arrows once drew them in 1 px)."""
    return [f"{describe(box)} shows {box.text()!r} in {box.lineEdit().width()} px"
            for box in shown(window) if isinstance(box, QAbstractSpinBox)
            and box.lineEdit().width() < _text_width(box, box.text())]


def _cut_label(label: QLabel) -> list[str]:
    room = label.contentsRect()
    if label.wordWrap():
        longest = max(label.text().split(), key=lambda word: _text_width(label, word))
        if _text_width(label, longest) > room.width():
            return [f"{describe(label)}: the word {longest!r} is wider than the label ({room.width()} px)"]
        needed = label.heightForWidth(label.width())
        if label.height() + 1 < needed:
            return [f"{describe(label)} is {label.height()} px high, its wrapped text needs {needed}"]
        return []
    needed = _text_width(label, label.text())
    return [f"{describe(label)} is {room.width()} px wide, its text needs {needed}"] if room.width() < needed else []


def _text_width(widget: QWidget, text: str) -> int:
    return max(widget.fontMetrics().horizontalAdvance(line) for line in text.replace("&&", "&").split("\n"))


def cut_cells(window: QWidget) -> list[str]:
    """Table cells on screen whose text (with its check box and padding) does not fit: it shows elided."""
    problems = []
    for table in shown(window):
        if isinstance(table, QTableView) and table.model() is not None:
            problems += [f"{describe(table)} row {index.row()}: {text!r} is cut ({needed} px for {room})"
                         for index, text, needed, room in _cells(table) if needed > room]
    return problems


def cut_headers(window: QWidget) -> list[str]:
    """Column headers on screen narrower than their title: it shows elided ("ectif atten")."""
    problems = []
    for table in shown(window):
        if isinstance(table, QTableView) and table.model() is not None and table.horizontalHeader().isVisible():
            header = table.horizontalHeader()
            for column in range(header.count()):
                title = table.model().headerData(column, Qt.Orientation.Horizontal)
                if not header.isSectionHidden(column) and header.sectionSize(column) < header.sectionSizeHint(column):
                    problems.append(f"{describe(table)} column {title!r} is {header.sectionSize(column)} px wide, "
                                    f"its title needs {header.sectionSizeHint(column)}")
    return problems


def _cells(table: QTableView) -> Iterator[tuple[QModelIndex, str, int, int]]:
    """(index, text, size needed, size given) of each cell in view: heights when text wraps, else widths."""
    model, delegate, viewport = table.model(), table.itemDelegate(), table.viewport().rect()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            rect, text = table.visualRect(index), model.data(index)
            if not isinstance(text, str) or not text or not rect.intersects(viewport):
                continue
            option = QStyleOptionViewItem()
            option.initFrom(table)
            option.font, option.rect = table.font(), rect
            if table.wordWrap():
                option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            needed = delegate.sizeHint(option, index)
            yield ((index, text, needed.height(), rect.height()) if table.wordWrap()
                   else (index, text, needed.width(), rect.width()))


def layout_problems(window: QWidget) -> list[str]:
    """Everything that looks broken on the window as it shows now, one sentence each."""
    return (small_targets(window) + cut_off(window) + overlaps(window) + cut_texts(window) + cut_cells(window)
            + cut_headers(window) + hidden_numbers(window))
