"""The class roster as a table: who is ticked present, each member's role, and who is late or still inside.

Column 0 carries the big tick (check state) and the name, column 1 the role, column 2 the status: the time
of entry, "Arrivée ?" for a member who can be checked in alone now, or "Encore à l'intérieur" in red after a
departure. At departure only those inside can be ticked: who never came today is greyed without a tick box,
who already left shows the time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kiosk.domain.class_visits import Presence
from kiosk.domain.clock import local_time_text
from kiosk.domain.labels import KIND
from kiosk.domain.views import PersonView
from kiosk.ui.i18n import current_language

NAME, ROLE, STATUS = range(3)
RED = QColor("#B3261E")
ACTION = QColor("#13315C")
MUTED = QColor("#5A6B7D")  # unticked: still readable, clearly set apart
GREYED = QColor("#8A96A3")  # not part of this departure: never came today, or already left
Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractTableModel):
    def __init__(self, zone_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone_name = zone_name
        self.people: list[PersonView] = []
        self.presence: dict[int, Presence] = {}
        self.ticked: set[int] = set()
        self.still_inside: set[int] = set()
        self.late_allowed = False
        self.departure = False

    # ---- filling --------------------------------------------------------------------------------------
    def set_people(self, people: list[PersonView], presence: dict[int, Presence]) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.presence = dict(presence)
        self.ticked = set()
        self.still_inside = set()
        self.endResetModel()

    def ids_with(self, presence: Presence) -> set[int]:
        return {p.id for p in self.people if self.presence.get(p.id) is presence}

    def set_mode(self, *, departure: bool, late_allowed: bool) -> None:
        self.departure, self.late_allowed = departure, late_allowed
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, NAME, NAME)
        self._changed()

    def set_ticked(self, ids: Iterable[int]) -> None:
        self.ticked = set(ids)
        self._changed()

    def mark_still_inside(self, ids: Iterable[int]) -> None:
        self.still_inside = set(ids)
        self._changed()

    def mark_inside(self, person: PersonView) -> None:
        self.people = [person if p.id == person.id else p for p in self.people]
        self.presence[person.id] = Presence.INSIDE
        self.ticked.add(person.id)
        self._changed()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, STATUS)
        self._changed()

    # ---- reading --------------------------------------------------------------------------------------
    def toggle(self, row: int) -> bool:
        """Tick or untick a member who can be; False for one who cannot (at departure, who is not inside)."""
        if not self.tickable(row):
            return False
        person = self.people[row]
        self.ticked.symmetric_difference_update({person.id})
        self.dataChanged.emit(self.index(row, 0), self.index(row, STATUS))
        return True

    def tickable(self, row: int) -> bool:
        return not self.departure or self.presence.get(self.people[row].id) is Presence.INSIDE

    def countable(self) -> int:
        """Whom the count "23 / 25" is out of: everyone at arrival, those inside at departure."""
        return sum(1 for row in range(len(self.people)) if self.tickable(row))

    def person(self, row: int) -> PersonView:
        return self.people[row]

    def row_of(self, name: str) -> int:
        """The row of a member by full name (tests and keyboard use)."""
        return next(row for row, p in enumerate(self.people) if p.full_name == name)

    def unticked_ids(self) -> list[int]:
        """The absent at arrival, the missing at departure (only those inside can be missing)."""
        return [p.id for row, p in enumerate(self.people) if p.id not in self.ticked and self.tickable(row)]

    def tick_all(self) -> None:
        self.set_ticked(p.id for row, p in enumerate(self.people) if self.tickable(row))

    def ticked_count(self) -> int:
        return sum(1 for p in self.people if p.id in self.ticked)

    def can_arrive_late(self, row: int) -> bool:
        return self.late_allowed and self.presence.get(self.people[row].id) is not Presence.INSIDE

    # ---- Qt -------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        first = self.tr("Départ · nom") if self.departure else self.tr("Présence · nom")
        return (first, self.tr("Rôle"), self.tr("État"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled
        if index.column() == NAME and self.tickable(index.row()):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person, column = self.people[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME:
            if not self.tickable(index.row()):
                return None  # no tick box: this member is not part of the departure
            return Qt.CheckState.Checked if person.id in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(index.row(), person, column)
        if role == Qt.ItemDataRole.FontRole:
            late = column == STATUS and self.can_arrive_late(index.row())
            if column == NAME or late or person.id in self.still_inside:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and person.duplicate:
            return self.tr("Homonyme dans la classe : vérifiez le prénom")
        return None

    def _colour(self, row: int, person: PersonView, column: int) -> QBrush | None:
        if person.id in self.still_inside:
            return QBrush(RED)
        if not self.tickable(row):
            return QBrush(GREYED)
        if column == STATUS and self.can_arrive_late(row):
            return QBrush(ACTION)
        return QBrush(MUTED) if column == NAME and person.id not in self.ticked else None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != NAME or not self.tickable(index.row()):
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
        presence = self.presence.get(person.id, Presence.NOT_COME)
        if presence is Presence.INSIDE:
            return self._at(self.tr("Entrée à %1"), person.entered_at)
        if self.late_allowed:
            return self.tr("Arrivée ? Touchez ici")
        if presence is Presence.LEFT:
            return self._at(self.tr("Sortie à %1"), person.left_at)
        return self.tr("Pas d'entrée") if self.departure else ""

    def _at(self, text: str, at: dt.datetime | None) -> str:
        return text.replace("%1", local_time_text(at, self.zone_name)) if at is not None else ""

    def _changed(self) -> None:
        if self.people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.people) - 1, STATUS))
