"""Room left by the on-screen keyboard: no empty band above the keys, at least five search results in view at
1280×800 with the keyboard up, and every form's main button whole (seen entirely, never cut by the keyboard
or the screen's edge) while typing, at every size."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from test_keyboard import in_window, shown_keyboard, visible_keys
from test_layout_sizes import SIZES, Tour, demo_data

from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import add_person

SHOTS = os.environ.get("KIOSK_SHOTS")  # a folder: save what each check saw, to look at


@pytest.fixture
def tour(kiosk, fair, qtbot, tmp_path: Path) -> Tour:  # type: ignore[no-untyped-def]
    demo_data(fair)
    return Tour(kiosk, fair, qtbot, tmp_path)


def typing_in(tour: Tour, field: QLineEdit, size: QSize) -> None:
    tour.window.resize(size)
    tour.settled()
    field.setFocus()
    panel = shown_keyboard(tour.window, tour.controller, tour.qtbot)
    tour.qtbot.wait(200)
    tour.window.grab()
    if SHOTS:
        tour.window.grab().save(str(Path(SHOTS) / f"{tour.window.current_screen()}-{size.width()}x{size.height()}.png"))
    assert panel.isVisible()


def seen(widget: QWidget) -> QRect:
    """What of `widget` shows on the screen: its rectangle clipped by the frame around the screen."""
    window = widget.window()
    frame = window.frames[window.current_screen()].viewport()
    return in_window(widget) & in_window(frame)


def test_no_empty_band_above_the_keys(tour: Tour) -> None:
    tour.nav.open(tour.screens.visitor.key)
    typing_in(tour, tour.screens.visitor.view.first_name, SIZES["1280x800"])
    panel = tour.window.keyboard
    top_keys = min(item.mapToScene(item.boundingRect().topLeft()).y() for _, item in visible_keys(panel))
    assert top_keys < 24, f"{top_keys:.0f} px of empty keyboard above its first row of keys"


def test_five_search_results_show_above_the_keyboard_at_1280x800(tour: Tour) -> None:
    for number in range(12):
        add_person(tour.db, PersonKind.VISITOR, f"Camille {number:02}", "Lefort")
    tour.search()
    view = tour.screens.search.view
    typing_in(tour, view.field, SIZES["1280x800"])
    table, viewport = view.results, view.results.viewport()
    whole = [row for row in range(table.model().rowCount())
             if seen(viewport).contains(QRect(in_window(viewport).topLeft() + table.visualRect(
                 table.model().index(row, 0)).topLeft(), table.visualRect(table.model().index(row, 0)).size()))]
    assert len(whole) >= 5, f"{len(whole)} search results in view with the keyboard up"


FORMS = {  # screen: (its tour step, the field typed in, the main button)
    "visitor": ("visitor", "first_name", "save"),
    "class_form": ("class_form", "school", "confirm"),
    "imports": ("imports", "school", "import_button"),
    "settings": ("settings", "station", "save"),
    "search": ("search", "field", "home"),
    "person": ("person_editor", "first_name", "save"),
    "file_chooser": ("file_chooser", "name", "save"),  # the name of a PDF being saved
}


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
@pytest.mark.parametrize("screen", FORMS)
def test_the_main_button_is_whole_while_typing(tour: Tour, screen: str, size: QSize) -> None:
    step, field_name, button_name = FORMS[screen]
    tour.window.resize(size)
    getattr(tour, step)()
    tour.settled()
    view = getattr(tour.screens, screen).view
    typing_in(tour, getattr(view, field_name), size)
    button: QAbstractButton = getattr(view, button_name)
    shown = seen(button)
    assert shown.isEmpty() or shown == in_window(button), (
        f"{button.objectName()} is cut: {shown.height()} of its {button.height()} px show")
    assert QApplication.focusWidget() is getattr(view, field_name)
