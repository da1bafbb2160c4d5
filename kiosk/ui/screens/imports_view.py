"""Import rosters and bookings (organiser mode): layout only; see imports_controller.

Landscape: the file, the school, the booking and the one-class details on the left, the preview (classes,
then every name, scrolling) and its outcome on the right; portrait: one above the other. Preview and Import
sit at the bottom, in reach.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QScroller,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.models.import_model import ImportNamesModel, ImportPreviewModel
from kiosk.ui.screens.roster_form_view import RosterFormView
from kiosk.ui.views import STRETCH, big_button, button, column, combo, label, row, title_label


def _rows_to_read(table: QTableView, name: str) -> None:
    """A table to read, not to edit: rows at least 44 px high, long texts wrapped, no sideways scrolling."""
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setMinimumSectionSize(44)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(True)


SUMMARY_MAX_PX = 300  # the classes' table; a file of many classes scrolls in it


class PreviewTable(QTableView):
    """The class column as wide as its labels, up to a quarter of the table; the namesakes take the rest."""

    def __init__(self) -> None:
        super().__init__()
        _rows_to_read(self, "importTable")

    def use(self, model: ImportPreviewModel) -> None:
        """Show `model`; the header's sections exist only once it is set, so they are sized here."""
        self.setModel(model)
        header = self.horizontalHeader()
        for section, mode in enumerate((QHeaderView.ResizeMode.Fixed, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(section, mode)
        model.modelReset.connect(self.fit_columns)
        model.headerDataChanged.connect(self.fit_columns)

    def fit_columns(self) -> None:
        """The class column fitted, then the table only as high as its rows (up to SUMMARY_MAX_PX): the names
        below take the rest."""
        header = self.horizontalHeader()
        wanted = max(self.sizeHintForColumn(0), header.sectionSizeHint(0))
        header.resizeSection(0, min(wanted, self.viewport().width() // 4))
        self.resizeRowsToContents()
        rows = self.verticalHeader().length() if self.model() and self.model().rowCount() else 44
        self.setFixedHeight(min(header.height() + rows + 2 * self.frameWidth(), SUMMARY_MAX_PX))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()


class NamesTable(QTableView):
    """Every name of the file, to check spelling and accents before importing; swiped like the search list."""

    def __init__(self) -> None:
        super().__init__()
        _rows_to_read(self, "importNames")
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def use(self, model: ImportNamesModel) -> None:
        self.setModel(model)
        header = self.horizontalHeader()
        for section, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                        QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                        QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(section, mode)


class ImportView(RosterFormView):
    def __init__(self) -> None:
        super().__init__("imports")
        self.title = self.worded(title_label(), lambda: self.tr("Importer des listes et des réservations"))
        self.table = PreviewTable()
        self.names = NamesTable()
        column(self.title, (self._build_columns(self._inputs(), self._outcome()), 1), self._bottom(), owner=self)

    def _inputs(self) -> QWidget:
        """One field a row, its caption on the left, centred on it."""
        self._build_school_fields(("importSchool", "importCity", "importPostcode", "importClass", "importTeacher",
                                   "importPhone"))
        self.file_button = self.worded(button("importFileButton"), lambda: self.tr("Choisir un fichier…"))
        self.file_name = label("importFileName", wrap=True)
        self.day, self.slot = combo("importDay"), combo("importSlot")
        self.one_class = self.worded(label("importOneClass", wrap=True),
                                     lambda: self.tr("Seulement si le fichier n'a pas de colonne « Classe » :"))
        self.field_labels = self._captions(
            ("file", lambda: self.tr("Fichier")), ("school", lambda: self.tr("Établissement")),
            ("city", lambda: self.tr("Ville")), ("postcode", lambda: self.tr("Code postal")),
            ("day", lambda: self.tr("Jour de visite")), ("slot", lambda: self.tr("Créneau")),
            ("class", lambda: self.tr("Classe")), ("teacher", lambda: self.tr("Enseignant")),
            ("phone", lambda: self.tr("Tél.")))
        files = QHBoxLayout()
        files.addWidget(self.file_button)
        files.addWidget(self.file_name, 1)
        rows: list[tuple[QLabel | None, QWidget | QLayout | None]] = [
            (self.field_labels[0], files), (self.field_labels[1], self.school), (None, self.school_choices),
            (self.field_labels[2], self._pair(self.city, 3, self.field_labels[3], self.postcode, 2)),
            (self.field_labels[4], self.day), (self.field_labels[5], self.slot), (self.one_class, None),
            (self.field_labels[6], self.class_label),
            (self.field_labels[7], self._pair(self.teacher, 1, self.field_labels[8], self.phone, 1))]
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid(rows))
        layout.addStretch(1)
        return panel

    @staticmethod
    def _grid(rows: list[tuple[QLabel | None, QWidget | QLayout | None]]) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for line, (caption, field) in enumerate(rows):
            if caption is not None:  # a caption without a field is a line across both columns
                grid.addWidget(caption, line, 0, 1, 1 if field else 2)
            if isinstance(field, QWidget):
                grid.addWidget(field, line, 1)
            elif field is not None:
                grid.addLayout(field, line, 1)
        return grid

    @staticmethod
    def _pair(first: QWidget, first_stretch: int, caption: QWidget, second: QWidget,
              second_stretch: int) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(first, first_stretch)
        row.addWidget(caption)
        row.addWidget(second, second_stretch)
        return row

    def _outcome(self) -> QVBoxLayout:
        self.message = label("importMessage", wrap=True)
        self.tone_target = self.message
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.badges = self.worded(button("importBadges"), lambda: self.tr("Imprimer les badges…"))
        self.badges.hide()
        return column(self.table, (self.names, 1), self.message, self.badges)

    def _bottom(self) -> QHBoxLayout:
        self.back = self.worded(button("importBack"), lambda: self.tr("Retour"))
        self.preview_button = self.worded(button("importPreview"), lambda: self.tr("Aperçu"))
        self.import_button = self.worded(big_button("importConfirm"), lambda: self.tr("Importer"))
        return row(self.back, STRETCH, self.preview_button, (self.import_button, 2))

    def fit_orientation(self, portrait: bool) -> None:
        """In portrait the names list below the form takes the height left (no empty band between them)."""
        self.names.setMinimumHeight(360 if portrait else 0)
        self.columns.setStretch(0, 0 if portrait else 1)
