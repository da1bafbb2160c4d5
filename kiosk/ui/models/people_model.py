"""People found by a search, one row each: name, class (or category), on site or not.

The rows come a page at a time: when the list nears its end the view asks (`fetchMore`), the model says it
wants more (`more_wanted`) and the search screen reads the next page off the GUI thread and adds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from kiosk.domain.clock import local_time_text
from kiosk.domain.labels import CATEGORY, KIND
from kiosk.domain.views import PersonView
from kiosk.ui.i18n import current_language

NAME, WHERE, STATUS = range(3)
ON_SITE_GREEN = QColor("#1B7F3B")
_Index = QModelIndex | QPersistentModelIndex


def where_text(person: PersonView, lang: str) -> str:
    """Class and school for a class member; category (and organisation) for a visitor."""
    if person.class_label:
        return f"{person.class_label} — {person.school}" if person.school else person.class_label
    kind = CATEGORY[person.category].text(lang) if person.category else KIND[person.kind].text(lang)
    return f"{kind} — {person.organisation}" if person.organisation else kind


class PeopleModel(QAbstractTableModel):
    more_wanted = Signal()  # the view nears the last row and more people match: read the next page

    def __init__(self, zone_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone_name = zone_name
        self.people: list[PersonView] = []
        self.has_more = False
        self.asking = False  # the next page was asked for and has not come yet
        # Made once: data() is called for every cell on every repaint.
        self.bold = QFont()
        self.bold.setBold(True)

    def set_people(self, people: Sequence[PersonView], *, has_more: bool = False) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.has_more, self.asking = has_more, False
        self.endResetModel()

    def add_people(self, people: Sequence[PersonView], *, has_more: bool) -> None:
        """The next page, under the rows already shown (which never move); anyone already listed (a person
        renamed between two pages) is not listed twice."""
        listed = {person.id for person in self.people}
        new = [person for person in people if person.id not in listed]
        self.has_more, self.asking = has_more, False
        if new:
            self.beginInsertRows(QModelIndex(), len(self.people), len(self.people) + len(new) - 1)
            self.people += new
            self.endInsertRows()

    def stop_asking(self) -> None:
        """The next page could not be read: a later scroll asks again."""
        self.asking = False

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and self.has_more and not self.asking

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802 - Qt's name
        if self.canFetchMore(parent):
            self.asking = True
            self.more_wanted.emit()

    def person(self, row: int) -> PersonView:
        return self.people[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name and default
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name and default
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person, column = self.people[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (person.full_name, where_text(person, current_language()), self.status_text(person))[column]
        if role == Qt.ItemDataRole.FontRole and column == NAME:
            return self.bold
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and person.on_site:
            return ON_SITE_GREEN
        if role == Qt.ItemDataRole.UserRole:
            return person
        return None

    def status_samples(self) -> list[str]:
        """Every form the status column takes, the time as wide as it gets (to size the column once)."""
        return [self.tr("Sur place depuis %1").replace("%1", "00:00"), self.tr("Sur place"), self.tr("Pas sur place")]

    def status_text(self, person: PersonView) -> str:
        if person.on_site and person.entered_at is not None:
            return self.tr("Sur place depuis %1").replace("%1", local_time_text(person.entered_at, self.zone_name))
        if person.on_site:
            return self.tr("Sur place")
        return self.tr("Pas sur place")
