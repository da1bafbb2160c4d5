"""Every list, table, scroll area and PDF preview of every screen scrolls when a finger drags it (kinetic
scrolling through QScroller), and a drag on the class roster really moves it without ticking anyone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QHeaderView, QScroller, QWidget

from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person

TODAY = dt.date.today()
CUSTOM = Qt.GestureType.CustomGesture.value


def scroll_areas(window: QWidget) -> list[QAbstractScrollArea]:
    for box in window.findChildren(QComboBox):
        box.view()  # a drop-down list's own list, made when first asked for
    return [area for area in window.findChildren(QAbstractScrollArea) if not isinstance(area, QHeaderView)]


def swipes(area: QAbstractScrollArea) -> bool:
    """A scroller gesture is grabbed on the area's viewport (registered gestures come after CustomGesture)."""
    viewport = area.viewport()
    return QScroller.hasScroller(viewport) and QScroller.grabbedGesture(viewport).value > CUSTOM


def test_every_scrolling_part_of_every_screen_swipes(kiosk) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    areas = scroll_areas(window)
    kinds = {type(area).__name__ for area in areas}
    assert {"QTableView", "QListWidget", "QScrollArea", "QPdfView", "QPlainTextEdit", "ScreenFrame"} <= kinds
    no_swipe = [f"{area.objectName() or type(area).__name__} in {area.window().objectName()}" for area in areas
                if not swipes(area)]
    assert not no_swipe, f"these do not scroll by swiping: {no_swipe}"
    assert len(controller.screens.controllers()) == len(window.frames)  # every screen was looked at


def test_a_finger_drag_scrolls_the_class_roster(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    group = add_group(fair, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", TODAY))
    for number in range(28):
        add_person(fair, PersonKind.PUPIL, f"Élève {number:02}", "Lefèvre", group_id=group.id)
    controller.on_scan(group.code)
    qtbot.waitUntil(lambda: controller.screens.roster.model.rowCount() == 28, timeout=5000)
    table = controller.screens.roster.view.table
    bar, viewport = table.verticalScrollBar(), table.viewport()
    assert bar.maximum() > 0 and bar.value() == 0
    count = controller.screens.roster.view.count.text()
    start = QPoint(viewport.width() // 2, viewport.height() - 20)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 16):
        QTest.mouseMove(viewport, start - QPoint(0, step * 20))
        QTest.qWait(10)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 300))
    qtbot.waitUntil(lambda: bar.value() > 100, timeout=3000)
    assert window.current_screen() == "roster"
    assert controller.screens.roster.view.count.text() == count  # a swipe ticks or unticks no one
