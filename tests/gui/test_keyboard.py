"""The on-screen keyboard: French AZERTY first, English QWERTY after the switch, accents, apostrophe and
hyphen typed by tapping keys, and never over the field being typed, whatever the screen's size."""

from __future__ import annotations

import pytest
from layout_checks import MIN_TARGET_PX
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.keyboard import KeyboardPanel

HOLD_MS = 1200  # long enough for the accents of a held key to show


def visible_keys(panel: KeyboardPanel) -> list[tuple[str, QQuickItem]]:
    """The keys on show, in reading order, with the text printed on them (in lower case)."""
    found: list[tuple[str, QQuickItem]] = []

    def walk(item: QQuickItem) -> None:
        for child in item.childItems():
            shown = child.property("displayText") or child.property("text")
            if child.property("key") is not None and child.isVisible() and shown:
                found.append((str(shown).lower(), child))
            walk(child)

    walk(panel.rootObject())
    return found


def centre(item: QQuickItem) -> QPoint:
    point = item.mapToScene(item.boundingRect().center())
    return QPoint(round(point.x()), round(point.y()))


def key(panel: KeyboardPanel, text: str) -> QQuickItem:
    return next(item for shown, item in visible_keys(panel) if shown == text.lower())


def tap(qtbot, panel: KeyboardPanel, text: str) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(panel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(key(panel, text)))
    qtbot.wait(30)


def hold_for_accent(qtbot, panel: KeyboardPanel, letter: str, keys_left: int) -> None:  # type: ignore[no-untyped-def]
    """Hold a letter until its accents show, slide `keys_left` keys to the left, let go."""
    item = key(panel, letter)
    start = centre(item)
    QTest.mousePress(panel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    qtbot.wait(HOLD_MS)
    target = QPoint(start.x() - round(item.width()) * keys_left, start.y())
    QTest.mouseMove(panel, target)
    qtbot.wait(50)
    QTest.mouseRelease(panel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    qtbot.wait(50)


def in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def shown_keyboard(window, controller, qtbot) -> KeyboardPanel:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(controller.keyboard.visible, timeout=5000)
    panel = window.keyboard
    qtbot.waitUntil(lambda: len(visible_keys(panel)) > 26, timeout=5000)
    qtbot.wait(100)  # the screen above has scrolled to the field
    return panel


def assert_field_in_view(window, panel: KeyboardPanel) -> None:  # type: ignore[no-untyped-def]
    field = QApplication.focusWidget()
    assert field is not None
    frame = window.frames[window.current_screen()].viewport()
    assert in_window(frame).contains(in_window(field)), "the field is scrolled out of sight"
    assert not in_window(field).intersects(in_window(panel)), "the keyboard covers the field"


def open_visitor_form(window, controller, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    controller.screens.home.view.visitor_button.click()
    return controller.screens.visitor.view


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1080, 1920)])
def test_the_keyboard_is_azerty_and_leaves_the_field_in_view(kiosk, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    window.resize(*size)
    view = open_visitor_form(window, controller, qtbot)
    panel = shown_keyboard(window, controller, qtbot)
    assert [text for text, _ in visible_keys(panel)][:6] == ["a", "z", "e", "r", "t", "y"]
    assert QApplication.focusWidget() is view.first_name
    assert_field_in_view(window, panel)
    assert panel.height() < window.height() * 0.6
    controller.screens.home.view.class_button.click()
    pupils = controller.screens.class_form.view.pupils
    QTest.mouseClick(pupils.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pupils, timeout=5000)
    qtbot.wait(200)
    assert_field_in_view(window, panel)


def test_a_name_with_accents_apostrophe_and_hyphen_is_typed_on_the_keyboard(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_visitor_form(window, controller, qtbot)
    panel = shown_keyboard(window, controller, qtbot)
    for letter in "zo":
        tap(qtbot, panel, letter)
    hold_for_accent(qtbot, panel, "e", 2)  # é è e ê ë, held on e: two keys left is é
    QTest.mouseClick(view.last_name, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.last_name, timeout=5000)
    for letter in ("d", "'", "a", "r", "c"):
        tap(qtbot, panel, letter)
    tap(qtbot, panel, "&123")
    tap(qtbot, panel, "-")
    tap(qtbot, panel, "ABC")
    tap(qtbot, panel, "l")
    hold_for_accent(qtbot, panel, "e", 2)
    # The keyboard capitalises as it sees fit (shift follows the start of the field): compare letters.
    assert (view.first_name.text().lower(), view.last_name.text().lower()) == ("zoé", "d'arc-lé")


def test_the_language_switch_gives_an_english_keyboard(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    controller.screens.home.view.language.click()
    open_visitor_form(window, controller, qtbot)
    panel = shown_keyboard(window, controller, qtbot)
    assert [text for text, _ in visible_keys(panel)][:6] == ["q", "w", "e", "r", "t", "y"]


def test_the_keyboard_goes_when_no_field_needs_it(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_visitor_form(window, controller, qtbot)
    shown_keyboard(window, controller, qtbot)
    view.back.click()
    qtbot.waitUntil(lambda: not controller.keyboard.visible(), timeout=5000)
    assert window.current_screen() == "home"
    qtbot.waitUntil(lambda: window.frames["home"].height() > window.height() * 0.8, timeout=5000)


def test_the_accents_of_a_held_top_row_key_show_whole_and_large(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """No band is kept above the keys: the accents of a held key of the first row show over the keys, inside
    the keyboard (not cut off at its top), each at least a touch target high."""
    window, controller = kiosk
    open_visitor_form(window, controller, qtbot)
    panel = shown_keyboard(window, controller, qtbot)
    item = key(panel, "e")
    QTest.mousePress(panel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(item))
    try:
        accents = panel.rootObject().findChild(QQuickItem, "accents")
        qtbot.waitUntil(lambda: bool(accents.property("active")), timeout=HOLD_MS * 3)
        accent_list = accents.findChild(QQuickItem, "accentList")
        top_left = accent_list.mapToScene(QPointF(0, 0))
        assert top_left.y() >= 0, f"the accents start {-top_left.y():.0f} px above the keyboard, cut off"
        assert top_left.y() + accent_list.height() <= panel.height()
        assert accent_list.height() >= MIN_TARGET_PX
        assert accent_list.property("count") >= 4  # é è ê ë (and e)
    finally:
        QTest.mouseRelease(panel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(item))
