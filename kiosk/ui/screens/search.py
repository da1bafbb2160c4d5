"""Find someone: results change as each letter is typed (accents and capitals do not matter); tap a row.

Also installs the people screens (search, person, walk-in visitor) and wires the home buttons to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QScroller,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.errors import KioskError
from kiosk.domain.search import search_people
from kiosk.domain.views import PersonView
from kiosk.ui.context import KioskContext
from kiosk.ui.models.people_model import NAME, STATUS, WHERE, PeopleModel
from kiosk.ui.views import View, button, label, title_label

if TYPE_CHECKING:
    from kiosk.ui.controller import KioskController, Navigator

DEBOUNCE_MS = 25  # ms: skips work while a word is typed fast, keeps results within 50 ms of a key
ROW_HEIGHT = 72  # px: well over 9 mm on a kiosk screen
HINT, NOTHING, FOUND = "hint", "nothing", "found"
BACK = "back"


class SearchView(View):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.title = title_label()
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.results = QTableView()
        self.results.setObjectName("searchResults")
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setShowGrid(False)
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(True)  # a long name or school takes a second line rather than being cut
        self.results.verticalHeader().hide()
        self.results.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.results.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.results.horizontalHeader().hide()
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        QScroller.grabGesture(self.results.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.state = label("searchState", centred=True, wrap=True)
        self.back = button("searchBack")
        self.home = button("searchHome")
        self._state = HINT
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        bottom.addWidget(self.home)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.field)
        layout.addWidget(self.state)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def set_model(self, model: PeopleModel) -> None:
        self.results.setModel(model)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)

    def show_state(self, state: str) -> None:
        """HINT before typing, NOTHING when no one matches, FOUND when rows show."""
        self._state = state
        self.state.setVisible(state != FOUND)
        self.results.setVisible(state == FOUND)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Rechercher une personne"))
        self.field.setPlaceholderText(self.tr("Nom, prénom, école, classe ou code du badge"))
        self.state.setText(self.tr("Aucune personne trouvée. Vérifiez l'orthographe ou tapez moins de lettres.")
                           if self._state == NOTHING else self.tr("Tapez les premières lettres du nom."))
        self.back.setText(self.tr("Retour"))
        self.home.setText(self.tr("Accueil"))
        self.results.viewport().update()  # the on-site column is translated as it is drawn


class SearchController(QObject):
    """Debounces typing, searches on the task runner, keeps only the newest answer, opens a tapped row."""

    def __init__(self, view: SearchView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self.nav = nav
        self.model = PeopleModel(context.desk.event.timezone, self)
        view.set_model(self.model)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.search)
        self._asked = 0
        view.field.textChanged.connect(self._typed)
        view.field.returnPressed.connect(self._open_first)
        view.results.clicked.connect(self._tapped)
        view.back.clicked.connect(nav.home)
        view.home.clicked.connect(nav.home)

    def open(self, payload: object = None) -> None:
        """A fresh search; BACK (from a person) keeps what was typed and refreshes the rows."""
        if payload == BACK:
            self.search()
            self.view.field.setFocus()
            return
        self.view.field.clear()
        self.model.set_people([])
        self.view.show_state(HINT)
        self.view.field.setFocus()

    def _typed(self, _text: str) -> None:
        self.timer.start()

    def search(self) -> None:
        text, db = self.view.field.text(), self.context.db
        self._asked += 1
        asked = self._asked
        if not text.strip():
            self._show(asked, [])
            return
        self.context.tasks.run(lambda: search_people(db, text), lambda found: self._show(asked, found),
                               self._failed)

    def _show(self, asked: int, found: list[PersonView]) -> None:
        if asked != self._asked:
            return  # an older answer arriving late
        self.model.set_people(found)
        self.view.show_state(FOUND if found else (NOTHING if self.view.field.text().strip() else HINT))

    def _failed(self, error: KioskError) -> None:
        self.nav.tell(error)

    def _tapped(self, index: QModelIndex) -> None:
        if index.isValid():
            self.nav.go("person", self.model.person(index.row()))

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self.nav.go("person", self.model.person(0))


def install(controller: KioskController) -> None:
    """The people screens: find someone, one person, register a walk-in visitor."""
    from kiosk.ui.screens.person import PersonController, PersonScreenView
    from kiosk.ui.screens.visitor import VisitorController, VisitorView

    context, nav = controller.context, controller.nav
    search_view, person_view, visitor_view = SearchView(), PersonScreenView(), VisitorView()
    search = SearchController(search_view, context, nav)
    person = PersonController(person_view, context, nav)
    visitor = VisitorController(visitor_view, context, nav)
    nav.add("search", search_view, search.open)
    nav.add("person", person_view, person.open)
    nav.add("visitor", visitor_view, visitor.open)
    controller.home_view.find_button.clicked.connect(lambda: nav.go("search"))
    controller.home_view.visitor_button.clicked.connect(lambda: nav.go("visitor"))
