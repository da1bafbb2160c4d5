"""A language switch turns every visible string at once: each screen is opened with real content in French,
switched to English, and searched for French left behind (a catalogue string, filled in or not, or a French
day or month name)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLabel, QLineEdit, QListView, QWidget
from test_translations import CATALOGUE, messages

from kiosk.domain.class_visits import checkin_class
from kiosk.domain.database import Database
from kiosk.domain.directory import get_group
from kiosk.domain.events import add_slot
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person
from kiosk.ui.screens.keys import Access, PinRequest, Screen, SearchStart

TODAY = dt.date.today()
FRENCH_DATES = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|"
                          r"juin|juillet|août|septembre|octobre|novembre|décembre)\b")
ASK_ORGANISER = PinRequest(Access.ORGANISER, lambda: None)
LANGUAGE_NAMES = {"English", "Français"}  # each written in its own language, in either language


def french_patterns() -> list[re.Pattern[str]]:
    """Each French source with a different English, its %1 / %n as wildcards: "Mise en page : %1" finds
    "Mise en page : A6, un badge par page" too."""
    patterns = []
    for (_, source), message in messages(CATALOGUE).items():
        english = message.findtext("translation") or message.findtext("translation/numerusform") or ""
        literal = re.sub(r"%[0-9n]", "", source)
        if english == source or source in LANGUAGE_NAMES or len(re.sub(r"\W", "", literal)) < 4:
            continue
        parts = re.split(r"%[0-9n]", source)
        patterns.append(re.compile(".+?".join(re.escape(part) for part in parts), re.DOTALL))
    return patterns


def shown_texts(root: QWidget) -> list[str]:
    """What a reader sees: labels, buttons, placeholders, every item of a list box, table headers and cells."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += item_texts(widget)
    return [t for t in texts if t.strip()]


def item_texts(view: QAbstractItemView) -> list[str]:
    model, top = view.model(), QModelIndex()
    columns = 1 if isinstance(view, QListView) else model.columnCount()  # a list widget's is private
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    return texts + [str(model.index(r, c).data() or "") for r in range(min(model.rowCount(top), 40))
                    for c in range(columns)]


def french_left(texts: list[str], patterns: list[re.Pattern[str]]) -> list[str]:
    return [t for t in texts if FRENCH_DATES.search(t) or any(p.fullmatch(t) for p in patterns)]


def a_class_inside(db: Database, desk) -> int:  # type: ignore[no-untyped-def]
    slot = add_slot(db, TODAY, dt.time(0), dt.time(0, 1), 120)  # over: the dashboard flags it
    group = add_group(db, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B",
                                     TODAY + dt.timedelta(days=1), slot_id=slot.id, teacher_name="Anne Durand"))
    for first, last in (("Zoé", "Lefèvre"), ("Léa", "Martin")):
        add_person(db, PersonKind.PUPIL, first, last, group_id=group.id)
    checkin_class(desk, group.id, override_day=True)
    return group.id


def test_a_language_switch_leaves_no_french_on_any_screen(kiosk, fair, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    desk = controller.context.desk
    monkeypatch.setattr(controller.screens.documents, "folder", tmp_path)
    group_id = a_class_inside(fair, desk)
    group = get_group(fair, group_id)
    visitor = add_person(fair, PersonKind.VISITOR, "Paul", "Durand")
    openings = [(Screen.HOME, None), (Screen.SEARCH, SearchStart.NEW), (Screen.PERSON, visitor.id),
                (Screen.VISITOR, None), (Screen.ROSTER, group), (Screen.CLASS_FORM, None), (Screen.PIN, ASK_ORGANISER),
                (Screen.ORGANISER, None), (Screen.DASHBOARD, None), (Screen.IMPORTS, None),
                (Screen.DOCUMENTS, None), (Screen.PREVIEW, None), (Screen.SETTINGS, None),
                (Screen.ABOUT, None),
                (Screen.RESULT, desk.scan(visitor.code)), (Screen.TROUBLE, "kiosk.log")]
    patterns = french_patterns()
    leftovers: dict[str, list[str]] = {}
    seen_in_french = 0  # the same search finds the French before the switch: it can fail
    for key, payload in openings:
        if key is Screen.PREVIEW:  # as an organiser gets there: a document made on the documents screen
            qtbot.mouseClick(controller.screens.documents.view.onsite, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: window.current_screen() == "preview", timeout=10000)
        else:
            controller.nav.open(key, payload)  # type: ignore[arg-type]
        settle(controller, qtbot)
        name = window.current_screen()
        seen_in_french += len(french_left(shown_texts(window.screens[name]), patterns))
        controller.use_language("en")
        settle(controller, qtbot)
        leftovers[name] = french_left(shown_texts(window.screens[name]), patterns)
        controller.use_language("fr")
    assert seen_in_french > 100
    assert {name: texts for name, texts in leftovers.items() if texts} == {}


def settle(controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let the screen's reads finish and their answers be shown."""
    for _ in range(3):
        controller.context.tasks.wait()
        qtbot.wait(20)
