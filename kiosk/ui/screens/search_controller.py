"""Find someone: results change as each letter is typed (accents and capitals do not matter); tap a row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer

from kiosk.domain.errors import KioskError
from kiosk.domain.search import COUNT_LIMIT, DEFAULT_LIMIT, Found, Mark, Page, find_people, more_people
from kiosk.ui.context import KioskContext
from kiosk.ui.models.people_model import PeopleModel
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen, SearchStart
from kiosk.ui.screens.search_view import FOUND, HINT, NOTHING, SearchView

DEBOUNCE_MS = 25  # ms: skips work while a word is typed fast, keeps results within 50 ms of a key
AHEAD_SCREENS = 2  # the next page is read when the rows left below the view fill less than this many screens


class SearchController(ScreenController[SearchStart, SearchView]):
    """Debounces typing, searches on the task runner, keeps only the newest answer, reads the next page as
    the list nears its end (every match can be reached by scrolling), opens a tapped row."""

    def __init__(self, key: Screen[SearchStart], view: SearchView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.model = PeopleModel(context.desk.event.timezone, self)
        view.set_model(self.model)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.search)
        self._asked = 0
        self._text = ""  # the search the rows show
        self._more: Mark | None = None  # where its next page starts
        self.model.more_wanted.connect(self._read_more)
        view.results.verticalScrollBar().valueChanged.connect(self._scrolled)
        view.field.textChanged.connect(lambda _text: self.timer.start())
        view.field.returnPressed.connect(self._open_first)
        view.results.clicked.connect(self._tapped)
        view.back.clicked.connect(nav.home)
        view.home.clicked.connect(nav.home)

    def open(self, payload: SearchStart) -> None:
        """A fresh search; BACK (from a person) keeps what was typed and refreshes the rows."""
        if payload is SearchStart.BACK:
            self.search(keep=True)
        else:
            self.view.field.clear()
            self.model.set_people([])
            self.view.show_state(HINT)
        self.view.field.setFocus()

    def search(self, *, keep: bool = False) -> None:
        """Read the first page for the text typed; `keep`: as many rows as shown, at the same place (back
        from a person: their whereabouts refreshed, the list where it was left)."""
        text, db = self.view.field.text(), self.context.db
        self._asked += 1
        asked = self._asked
        if not text.strip():
            self._show(asked, text, Found([], None, 0))
            return
        rows = max(DEFAULT_LIMIT, self.model.rowCount()) if keep else DEFAULT_LIMIT
        at = self.view.results.verticalScrollBar().value() if keep else 0
        self.run(lambda: find_people(db, text, rows), lambda found: self._show(asked, text, found, at), busy=False)

    def _show(self, asked: int, text: str, found: Found, at: int = 0) -> None:
        if asked != self._asked:
            return  # an older answer arriving late
        self._text, self._more = text, found.more
        self.model.set_people(found.people, has_more=found.more is not None)
        state = FOUND if found.people else (NOTHING if self.view.field.text().strip() else HINT)
        self.view.show_state(state, found.total, COUNT_LIMIT)
        self.view.results.verticalScrollBar().setValue(at)

    def _scrolled(self, value: int) -> None:
        """Read ahead: the next page is asked for before the last row comes into sight."""
        bar = self.view.results.verticalScrollBar()
        if bar.maximum() - value < AHEAD_SCREENS * self.view.results.viewport().height():
            self.model.fetchMore(QModelIndex())

    def _read_more(self) -> None:
        after, text, db, asked = self._more, self._text, self.context.db, self._asked
        if after is None:
            self.model.stop_asking()
            return
        self.run(lambda: more_people(db, text, after), lambda page: self._add(asked, after, page),
                 lambda error: self._not_read(asked, error), busy=False)

    def _add(self, asked: int, after: Mark, page: Page) -> None:
        if asked != self._asked or after != self._more:
            return  # the text changed meanwhile: these rows belong to an older search
        self._more = page.more
        self.model.add_people(page.people, has_more=page.more is not None)

    def _not_read(self, asked: int, error: KioskError) -> None:
        if asked == self._asked:
            self.model.stop_asking()
            self.nav.tell(error)

    def _tapped(self, index: QModelIndex) -> None:
        if index.isValid():
            self.nav.open(Screen.PERSON, self.model.person(index.row()))

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self.nav.open(Screen.PERSON, self.model.person(0))
