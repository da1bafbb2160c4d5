"""About Kiosk, laid out: the version and the package's licence, the components in large rows to tap, and a
page showing the chosen component's licence texts (both swiped with a finger)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QPlainTextEdit

from kiosk.ui.views import STRETCH, View, button, column, label, page, pages, row, row_list, swipeable, title_label

ROW_HEIGHT = 72  # px: a row is a touch target


class AboutView(View):
    def __init__(self) -> None:
        super().__init__("about")
        self.title = title_label()
        self.statement = label("aboutStatement", wrap=True)
        self.hint = label("aboutHint", wrap=True)
        self.components = self._build_rows()
        self.licence_title = label("licenceTitle", wrap=True)
        self.licence_text = self._build_text()
        self.pages = pages(page(self.statement, self.hint, (self.components, 1), margins=False),
                           page(self.licence_title, (self.licence_text, 1), margins=False))
        self.back = button("aboutBack")
        column(self.title, (self.pages, 1), row(self.back, STRETCH), owner=self)
        self.retranslate()

    @staticmethod
    def _build_rows() -> QListWidget:
        rows = row_list("licenceRows", ROW_HEIGHT)
        rows.setWordWrap(True)  # a long licence expression takes a second line, not an ellipsis
        return rows

    @staticmethod
    def _build_text() -> QPlainTextEdit:
        text = QPlainTextEdit()
        text.setObjectName("licenceText")
        text.setReadOnly(True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        swipeable(text)
        return text

    def showing_text(self) -> bool:
        return self.pages.currentIndex() == 1

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Touchez un composant pour lire sa licence."))
        self.back.setText(self.tr("Retour"))
