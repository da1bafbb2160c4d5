"""What the class form and the import screen share: schools proposed as you type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from kiosk.domain.errors import KioskError
from kiosk.domain.schools import SchoolChoice, find_schools
from kiosk.ui.context import KioskContext

SUGGEST_DELAY_MS = 250


@dataclass(frozen=True)
class SchoolFields:
    name: QLineEdit
    city: QLineEdit
    postcode: QLineEdit
    choices: QListWidget  # hidden until there is something to propose


class SchoolSuggester(QObject):
    """Known schools proposed under the name as it is typed (looked up off the GUI thread after a short
    pause); a tap on one fills the name, the city and the postcode, then `picked` is emitted."""

    picked = Signal()

    def __init__(self, context: KioskContext, fields: SchoolFields, on_error: Callable[[KioskError], None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.context, self.fields, self.on_error = context, fields, on_error
        self.timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self.timer.timeout.connect(self.suggest)
        fields.name.textEdited.connect(lambda _text: self.timer.start())
        fields.choices.itemClicked.connect(self.pick)

    def suggest(self) -> None:
        db, text = self.context.db, self.fields.name.text()
        self.context.tasks.run(lambda: (text, find_schools(db, text)), self._suggested, self.on_error)

    def _suggested(self, found: tuple[str, list[SchoolChoice]]) -> None:
        text, schools = found
        choices = self.fields.choices
        choices.clear()
        if text != self.fields.name.text():
            return
        for school in schools:
            item = QListWidgetItem(" — ".join(part for part in (school.name, school.postcode, school.city) if part))
            item.setData(Qt.ItemDataRole.UserRole, school)
            choices.addItem(item)
        choices.setVisible(bool(schools))

    def pick(self, item: QListWidgetItem) -> None:
        school = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(school, SchoolChoice):
            self.fields.name.setText(school.name)
            self.fields.city.setText(school.city)
            self.fields.postcode.setText(school.postcode)
        self.fields.choices.hide()
        self.picked.emit()

    def reset(self) -> None:
        self.timer.stop()
        self.fields.choices.clear()
        self.fields.choices.hide()
