"""What the class form and the import screen share in behaviour: schools proposed as the name is typed, the
text fields watched for changes (a preview holds only for the inputs it was made of), the roster file (chosen
in the kiosk's own file chooser, which then comes back here with the form as it was)."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QLineEdit

from kiosk.domain.errors import KioskError
from kiosk.ui.context import KioskContext
from kiosk.ui.file_places import FileKind, FileRequest
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.roster_form_view import RosterFormView
from kiosk.ui.screens.roster_inputs import SchoolFields, SchoolSuggester

FormView = TypeVar("FormView", bound=RosterFormView)


class RosterFormController(ScreenController[None, FormView]):
    def __init__(self, key: Screen[None], view: FormView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.file: Path | None = None
        fields = SchoolFields(view.school, view.city, view.postcode, view.school_choices)
        self.schools = SchoolSuggester(context, fields, self.tell_problem, self)
        for line in self.lines():
            line.textChanged.connect(self.changed)
        view.file_button.clicked.connect(self.choose_file)
        view.retranslated.connect(self.retranslate)

    def lines(self) -> tuple[QLineEdit, ...]:
        v = self.view
        return v.school, v.city, v.postcode, v.class_label, v.teacher, v.phone

    def clear_inputs(self) -> None:
        for line in self.lines():
            line.clear()
        self.schools.reset()

    def choose_file(self) -> None:
        self.nav.open(Screen.FILE_CHOOSER, FileRequest(FileKind.ROSTER, self.key, self.set_file))

    def set_file(self, path: Path | None) -> None:
        self.file = path
        self.changed()

    def changed(self) -> None:
        """An input changed: a preview made of other inputs no longer allows the registration."""

    def retranslate(self) -> None:
        """After a language switch: the texts the controller owns, then the state."""
        self.refresh()

    def refresh(self) -> None:
        """Set again what depends on the state (buttons, the lines that follow the inputs)."""

    def tell_problem(self, error: KioskError) -> None:
        self.nav.tell(error)
