"""The class roster as a table: who is ticked present, each member's role, and who is late or still inside.

Column 0 carries the big tick (check state) and the name, column 1 the role, column 2 the status: the time
of entry, "Arrivé ?" for a member who can be checked in alone now, or "Encore à l'intérieur" in red after a
departure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kiosk.domain.clock import local_time_text
from kiosk.domain.labels import KIND
from kiosk.domain.views import PersonView
from kiosk.ui.i18n import current_language

NAME, ROLE, STATUS = range(3)
RED = QColor("#B3261E")
ACTION = QColor("#13315C")
MUTED = QColor("#5A6B7D")  # unticked: still readable, clearly set apart
Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractTableModel):
    def __init__(self, zone_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone_name = zone_name
        self.people: list[PersonView] = []
        self.ticked: set[int] = set()
        self.inside: set[int] = set()
        self.still_inside: set[int] = set()
        self.late_allowed = False

    # ---- filling --------------------------------------------------------------------------------------
    def set_people(self, people: list[PersonView], ticked: Iterable[int], inside: Iterable[int]) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.ticked = set(ticked)
        self.inside = set(inside)
        self.still_inside = set()
        self.endResetModel()

    def set_ticked(self, ids: Iterable[int]) -> None:
        self.ticked = set(ids)
        self._changed()

    def set_late_allowed(self, allowed: bool) -> None:
        self.late_allowed = allowed
        self._changed()

    def mark_still_inside(self, ids: Iterable[int]) -> None:
        self.still_inside = set(ids)
        self._changed()

    def mark_inside(self, person: PersonView) -> None:
        self.people = [person if p.id == person.id else p for p in self.people]
        self.inside.add(person.id)
        self.ticked.add(person.id)
        self._changed()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, STATUS)
        self._changed()

    # ---- reading --------------------------------------------------------------------------------------
    def toggle(self, row: int) -> None:
        person = self.people[row]
        self.ticked.symmetric_difference_update({person.id})
        self.dataChanged.emit(self.index(row, 0), self.index(row, STATUS))

    def person(self, row: int) -> PersonView:
        return self.people[row]

    def row_of(self, name: str) -> int:
        """The row of a member by full name (tests and keyboard use)."""
        return next(row for row, p in enumerate(self.people) if p.full_name == name)

    def unticked_ids(self) -> list[int]:
        return [p.id for p in self.people if p.id not in self.ticked]

    def ticked_count(self) -> int:
        return sum(1 for p in self.people if p.id in self.ticked)

    def can_arrive_late(self, row: int) -> bool:
        return self.late_allowed and self.people[row].id not in self.inside

    # ---- Qt -------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Présent · nom"), self.tr("Rôle"), self.tr("État"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == NAME else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person, column = self.people[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME:
            return Qt.CheckState.Checked if person.id in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if person.id in self.still_inside:
                return QBrush(RED)
            if column == STATUS and self.can_arrive_late(index.row()):
                return QBrush(ACTION)
            return QBrush(MUTED) if column == NAME and person.id not in self.ticked else None
        if role == Qt.ItemDataRole.FontRole:
            late = column == STATUS and self.can_arrive_late(index.row())
            if column == NAME or late or person.id in self.still_inside:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and person.duplicate:
            return self.tr("Homonyme dans la classe : vérifiez le prénom")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != NAME:
            return False
        person = self.people[index.row()]
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        if state == Qt.CheckState.Checked:
            self.ticked.add(person.id)
        else:
            self.ticked.discard(person.id)
        self.dataChanged.emit(index, index)
        return True

    def _text(self, person: PersonView, column: int) -> str:
        if column == NAME:
            return f"{person.last_name.upper()} {person.first_name}" + (" ⚠" if person.duplicate else "")
        if column == ROLE:
            return KIND[person.kind].text(current_language())
        if person.id in self.still_inside:
            return self.tr("Encore à l'intérieur")
        if person.id in self.inside:
            return self._entered(person.entered_at)
        return self.tr("Arrivé ? Touchez ici") if self.late_allowed else ""

    def _entered(self, at: dt.datetime | None) -> str:
        if at is None:
            return self.tr("Sur place")
        return self.tr("Entré à %1").replace("%1", local_time_text(at, self.zone_name))

    def _changed(self) -> None:
        if self.people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.people) - 1, STATUS))
