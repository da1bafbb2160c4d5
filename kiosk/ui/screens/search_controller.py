"""Find someone: results change as each letter is typed (accents and capitals do not matter); tap a row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer

from kiosk.domain.search import COUNT_LIMIT, Found, find_people
from kiosk.ui.context import KioskContext
from kiosk.ui.models.people_model import PeopleModel
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen, SearchStart
from kiosk.ui.screens.search_view import FOUND, HINT, NOTHING, SearchView

DEBOUNCE_MS = 25  # ms: skips work while a word is typed fast, keeps results within 50 ms of a key


class SearchController(ScreenController[SearchStart, SearchView]):
    """Debounces typing, searches on the task runner, keeps only the newest answer, opens a tapped row."""

    def __init__(self, key: Screen[SearchStart], view: SearchView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.model = PeopleModel(context.desk.event.timezone, self)
        view.set_model(self.model)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.search)
        self._asked = 0
        view.field.textChanged.connect(lambda _text: self.timer.start())
        view.field.returnPressed.connect(self._open_first)
        view.results.clicked.connect(self._tapped)
        view.back.clicked.connect(nav.home)
        view.home.clicked.connect(nav.home)

    def open(self, payload: SearchStart) -> None:
        """A fresh search; BACK (from a person) keeps what was typed and refreshes the rows."""
        if payload is SearchStart.BACK:
            self.search()
        else:
            self.view.field.clear()
            self.model.set_people([])
            self.view.show_state(HINT)
        self.view.field.setFocus()

    def search(self) -> None:
        text, db = self.view.field.text(), self.context.db
        self._asked += 1
        asked = self._asked
        if not text.strip():
            self._show(asked, Found([], 0))
            return
        self.run(lambda: find_people(db, text), lambda found: self._show(asked, found), busy=False)

    def _show(self, asked: int, found: Found) -> None:
        if asked != self._asked:
            return  # an older answer arriving late
        self.model.set_people(found.people)
        state = FOUND if found.people else (NOTHING if self.view.field.text().strip() else HINT)
        self.view.show_state(state, found.total, len(found.people), COUNT_LIMIT)
        self.view.results.scrollToTop()

    def _tapped(self, index: QModelIndex) -> None:
        if index.isValid():
            self.nav.open(Screen.PERSON, self.model.person(index.row()))

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self.nav.open(Screen.PERSON, self.model.person(0))
