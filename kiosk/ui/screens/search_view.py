"""Find someone, laid out: the field, a hint or the rows found, the way back."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QScroller, QTableView

from kiosk.ui.models.people_model import NAME, STATUS, WHERE, PeopleModel
from kiosk.ui.views import STRETCH, View, button, column, label, line_edit, row, title_label

ROW_HEIGHT = 64  # px: well over 9 mm on a kiosk screen, and five rows above the keyboard at 1280×800
HINT, NOTHING, FOUND = "hint", "nothing", "found"
STATUS_PADDING_PX = 12


class SearchView(View):
    def __init__(self) -> None:
        super().__init__("search")
        self.title = title_label()
        self.field = line_edit("searchField")
        self.field.setClearButtonEnabled(True)
        self.results = self._build_results()
        self.state = label("searchState", centred=True, wrap=True)
        self.count = label("searchCount", wrap=True)
        self.back = button("searchBack")
        self.home = button("searchHome")
        self._state, self._total, self._counted = HINT, 0, 0
        # The hint takes the room the rows take once found: the field stays at the top, not halfway down.
        column(self.title, self.field, (self.state, 1), self.count, (self.results, 1),
               row(self.back, STRETCH, self.home), owner=self)
        self.retranslate()

    @staticmethod
    def _build_results() -> QTableView:
        results = QTableView()
        results.setObjectName("searchResults")
        results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        results.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        results.setShowGrid(False)
        results.setAlternatingRowColors(True)
        results.setWordWrap(True)  # a long name or school takes a second line rather than being cut
        results.verticalHeader().hide()
        results.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        results.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        results.horizontalHeader().hide()
        results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        QScroller.grabGesture(results.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        return results

    def set_model(self, model: PeopleModel) -> None:
        self.results.setModel(model)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Stretch)
        # Fixed, not ResizeToContents: sizing to contents reads every row (up to 100) on each keystroke.
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        self._fit_status_column()

    def _fit_status_column(self) -> None:
        """As wide as the longest whereabouts the column can show, in the current language."""
        model = self.results.model()
        if isinstance(model, PeopleModel):
            metrics = self.results.fontMetrics()
            widest = max(metrics.horizontalAdvance(text) for text in model.status_samples())
            self.results.horizontalHeader().resizeSection(STATUS, widest + 2 * STATUS_PADDING_PX)

    def show_state(self, state: str, total: int = 0, counted: int = 0) -> None:
        """HINT before typing, NOTHING when no one matches, FOUND when rows show: `total` match in all
        (`counted` is where counting stopped); the list reaches every one of them as it is scrolled."""
        self._state, self._total, self._counted = state, total, counted
        self.state.setVisible(state != FOUND)
        self.results.setVisible(state == FOUND)
        self.count.setVisible(state == FOUND)
        self.retranslate()

    def _count_text(self) -> str:
        """"640 personnes"; above where counting stops, a request to type more (scrolling still reaches all)."""
        if self._total > self._counted:
            return self.tr("Plus de %n personne(s) — précisez le nom.", "", self._counted)
        return self.tr("%n personne(s)", "", self._total)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Rechercher une personne"))
        self.field.setPlaceholderText(self.tr("Nom, prénom, école, classe ou code du badge"))
        self.state.setText(self.tr("Aucune personne trouvée. Vérifiez l'orthographe ou tapez moins de lettres.")
                           if self._state == NOTHING else self.tr("Tapez les premières lettres du nom."))
        self.count.setText(self._count_text())
        self.back.setText(self.tr("Retour"))
        self.home.setText(self.tr("Accueil"))
        self._fit_status_column()
        self.results.viewport().update()  # the on-site column is translated as it is drawn
