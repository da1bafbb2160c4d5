"""The dashboard's two lists as small read-only table models: arrivals by category, classes by time slot."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.labels import CATEGORY, KIND
from kiosk.domain.stats import SlotFill, Tally

_Index = QModelIndex | QPersistentModelIndex


def audience_label(key: str, lang: str) -> str:
    """A Tally key (a kind for class members, a category for visitors) in words."""
    if key in {k.value for k in PersonKind}:
        return KIND[PersonKind(key)].text(lang)
    return CATEGORY[VisitorCategory(key)].text(lang)


class _RowsModel(QAbstractTableModel):
    """Rows of texts under translated headers; numbers are right-aligned."""

    HEADERS: tuple[object, ...] = ()  # source texts, marked with QT_TRANSLATE_NOOP

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, ...]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(type(self).__name__, str(self.HEADERS[section]))
        return None

    def _replace(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.HEADERS) - 1))


class ArrivalsModel(_RowsModel):
    """Today's people by category: expected, arrived."""

    HEADERS = (QT_TRANSLATE_NOOP("ArrivalsModel", "Catégorie"),
               QT_TRANSLATE_NOOP("ArrivalsModel", "Attendus"),
               QT_TRANSLATE_NOOP("ArrivalsModel", "Arrivés"))

    def set_tallies(self, tallies: Sequence[Tally], lang: str) -> None:
        self._replace([(audience_label(t.key, lang), str(t.registered), str(t.arrived))
                       for t in tallies if t.registered or t.arrived])


class SlotsModel(_RowsModel):
    """The day's time slots: classes booked, their pupils registered and arrived, against capacity."""

    HEADERS = (QT_TRANSLATE_NOOP("SlotsModel", "Créneau"),
               QT_TRANSLATE_NOOP("SlotsModel", "Classes"),
               QT_TRANSLATE_NOOP("SlotsModel", "Inscrits"),
               QT_TRANSLATE_NOOP("SlotsModel", "Arrivés"),
               QT_TRANSLATE_NOOP("SlotsModel", "Capacité"))

    def set_slots(self, slots: Sequence[SlotFill]) -> None:
        self._replace([(s.label, str(s.classes), str(s.registered), str(s.arrived), str(s.capacity)) for s in slots])
