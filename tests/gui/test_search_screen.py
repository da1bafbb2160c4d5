"""Find someone: accent- and case-insensitive results as each letter is typed; a row opens the person."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.domain.database import Database, open_database
from kiosk.domain.events import create_event
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.models import Group
from kiosk.domain.registration import GroupInput, PersonSpec, SchoolInput, add_group, add_person, insert_people

TODAY = dt.date.today()


@pytest.fixture
def fair(sqlite_url: str) -> Database:
    db = open_database(sqlite_url)
    create_event(db, "Salon des métiers", "Paris Expo", TODAY, TODAY + dt.timedelta(days=3))
    group = add_group(db, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", TODAY))
    add_person(db, PersonKind.PUPIL, "Zoé", "Lefèvre", group_id=group.id)
    add_person(db, PersonKind.PUPIL, "Léa", "Martin", group_id=group.id)
    add_person(db, PersonKind.VISITOR, "Paul", "Lemaire", category=VisitorCategory.PRESS, organisation="Le Parisien")
    return db


def type_text(widget: QWidget, text: str) -> None:
    """Key events one character at a time (QTest.keyClicks aborts on non-ASCII text in Qt 6.12)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def open_search(window, controller, qtbot):  # type: ignore[no-untyped-def]
    controller.screens.home.view.find_button.click()
    view = controller.screens.search.view
    assert window.current_screen() == "search"
    qtbot.waitUntil(view.field.hasFocus, timeout=2000)
    return view


def rows(view) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    model = view.results.model()
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_typing_without_accents_finds_accented_names(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_search(window, controller, qtbot)
    QTest.keyClicks(view.field, "lefe")
    qtbot.waitUntil(lambda: view.field.text() == "lefe", timeout=2000)
    qtbot.waitUntil(lambda: rows(view) == [("Zoé Lefèvre", "4e B — Collège Jean-Moulin")], timeout=3000)
    assert view.results.isVisible()
    assert view.results.model().index(0, 2).data() == "Pas sur place"
    assert view.results.rowHeight(0) >= 64


def test_capitals_and_accents_typed_match_too(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_search(window, controller, qtbot)
    type_text(view.field, "LÉA")
    qtbot.waitUntil(lambda: view.field.text() == "LÉA", timeout=2000)
    qtbot.waitUntil(lambda: [name for name, _ in rows(view)] == ["Léa Martin"], timeout=3000)


def test_visitors_show_their_category_and_nothing_found_says_so(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_search(window, controller, qtbot)
    QTest.keyClicks(view.field, "lemai")
    qtbot.waitUntil(lambda: rows(view) == [("Paul Lemaire", "Presse — Le Parisien")], timeout=3000)
    view.field.setText("zzzz")
    qtbot.waitUntil(lambda: view.state.isVisible() and "Aucune" in view.state.text(), timeout=3000)
    assert not view.results.isVisible()
    view.field.clearFocus()  # the keyboard down: the whole height for the hint
    qtbot.waitUntil(lambda: view.height() > 700, timeout=3000)
    assert view.field.geometry().top() < 120  # the field at the top under the title, not halfway down


def test_tapping_a_row_opens_the_person(kiosk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_search(window, controller, qtbot)
    QTest.keyClicks(view.field, "martin")
    qtbot.waitUntil(lambda: len(rows(view)) == 1, timeout=3000)
    index = view.results.model().index(0, 0)
    QTest.mouseClick(view.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.results.visualRect(index).center())
    assert window.current_screen() == "person"
    person = controller.screens.person.view
    assert person.name.text() == "Léa Martin"
    assert person.details.text() == "4e B — Collège Jean-Moulin"
    window.grab().save(str(tmp_path / "person.png"))
    person.back.click()
    assert window.current_screen() == "search"
    qtbot.waitUntil(lambda: len(rows(view)) == 1, timeout=3000)
    assert view.field.text() == "martin"



def test_every_match_is_counted_and_reachable_by_scrolling(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    """20 LEFEBVRE and 8 Lefèvre: once the list stopped at 20 Lefebvre, with no word that more existed."""
    window, controller = kiosk
    group = add_group(fair, GroupInput(SchoolInput("Collège Pasteur", "Paris", "75005"), "5e A", TODAY))
    for i in range(20):
        add_person(fair, PersonKind.PUPIL, f"Élève{i:02d}", "LEFEBVRE", group_id=group.id)
    for i in range(7):
        add_person(fair, PersonKind.PUPIL, f"Zélie{i}", "Lefèvre", group_id=group.id)
    view = open_search(window, controller, qtbot)
    QTest.keyClicks(view.field, "lefe")
    qtbot.waitUntil(lambda: view.count.isVisible() and view.count.text() == "28 personnes", timeout=3000)
    names = [name for name, _ in rows(view)]
    assert names[0] == "Élève00 LEFEBVRE" and names[-1] == "Zoé Lefèvre" and len(names) == 28
    bar = view.results.verticalScrollBar()
    assert bar.maximum() > 0  # more rows than the screen holds
    bar.setValue(bar.maximum())
    assert view.results.rowAt(view.results.viewport().height() - 1) == 27  # the last match, in sight
    view.field.setText("lefevre zoe")
    qtbot.waitUntil(lambda: view.count.text() == "1 personne", timeout=3000)


def test_too_many_to_count_asks_for_more_letters(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_search(window, controller, qtbot)
    view.show_state("found", 1001, 1000)
    assert view.count.text() == "Plus de 1000 personnes — précisez le nom."
    view.show_state("found", 640, 1000)
    assert view.count.text() == "640 personnes"


def many_martins(db: Database, count: int) -> list[str]:
    """`count` pupils called Martin besides the fixture's Léa Martin; their names in the order shown."""
    group_id = add_group(db, GroupInput(SchoolInput("Collège Pasteur", "Paris", "75005"), "5e A", TODAY)).id
    with db.transaction() as session:
        group = session.get(Group, group_id)
        insert_people(session, [PersonSpec(PersonKind.PUPIL, f"Élève{i:03d}", "MARTIN", group)
                                for i in reversed(range(count))])
    return [f"Élève{i:03d} MARTIN" for i in range(count)] + ["Léa Martin"]


def swipe_up(viewport: QWidget, distance: int) -> None:
    """A finger dragging the list upwards (to see the rows below), as on the touchscreen."""
    start = QPoint(viewport.width() // 2, viewport.height() - 10)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 21):
        QTest.mouseMove(viewport, start - QPoint(0, step * distance // 20))
        QTest.qWait(10)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(0, distance))


def test_scrolling_down_reaches_every_match_in_order(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A common surname: the first page shows at once with the count; swiping and scrolling to the end reads
    page after page until all 301 are listed, in order, each once, the count still in sight."""
    window, controller = kiosk
    expected = many_martins(fair, 300)
    view = open_search(window, controller, qtbot)
    QTest.keyClicks(view.field, "martin")
    qtbot.waitUntil(lambda: view.count.text() == "301 personnes", timeout=3000)
    model, bar = view.results.model(), view.results.verticalScrollBar()
    assert model.rowCount() < 301
    swipe_up(view.results.viewport(), view.results.viewport().height() - 20)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)
    for _ in range(301):
        if model.rowCount() == 301:
            break
        shown = model.rowCount()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda shown=shown: model.rowCount() > shown, timeout=3000)  # type: ignore[misc]
    bar.setValue(bar.maximum())
    assert [name for name, _ in rows(view)] == expected
    assert view.results.rowAt(view.results.viewport().height() - 1) == 300  # the last match, in sight
    assert view.count.isVisible() and view.count.text() == "301 personnes"
    assert not model.canFetchMore(QModelIndex())


def test_back_from_a_person_keeps_the_rows_read_and_the_place(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    expected = many_martins(fair, 120)
    view = open_search(window, controller, qtbot)
    QTest.keyClicks(view.field, "martin")
    model, bar = view.results.model(), view.results.verticalScrollBar()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=3000)
    while model.rowCount() < 121:
        shown = model.rowCount()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda shown=shown: model.rowCount() > shown, timeout=3000)  # type: ignore[misc]
    bar.setValue(bar.maximum() - 200)
    place, top = bar.value(), view.results.rowAt(0)
    index = model.index(top + 1, 0)
    QTest.mouseClick(view.results.viewport(), Qt.MouseButton.LeftButton, pos=view.results.visualRect(index).center())
    assert window.current_screen() == "person"
    assert controller.screens.person.view.name.text() == expected[top + 1]
    controller.screens.person.view.back.click()
    qtbot.waitUntil(lambda: window.current_screen() == "search" and model.rowCount() == 121, timeout=3000)
    qtbot.waitUntil(lambda: bar.value() == place, timeout=3000)
    assert view.results.rowAt(0) == top and [name for name, _ in rows(view)] == expected
