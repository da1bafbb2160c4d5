"""Register a walk-in visitor, laid out: category toggles, the fields (each with its error line under it),
then a confirmation page.

The fields keep their places whatever the category: a field the category does not use is hidden but keeps
its room, and each error line holds its height even when empty, so nothing jumps under a finger.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kiosk.domain.kinds import VisitorCategory
from kiosk.domain.labels import CATEGORY
from kiosk.ui.i18n import current_language
from kiosk.ui.views import STRETCH, View, big_button, button, column, label, line_edit, page, pages, row, title_label

WITH_ORGANISATION = frozenset({VisitorCategory.PROFESSIONAL, VisitorCategory.PRESS, VisitorCategory.EXHIBITOR,
                               VisitorCategory.STAFF})
NEEDS_ORGANISATION = frozenset({VisitorCategory.PRESS, VisitorCategory.EXHIBITOR})
WITH_POSTCODE = frozenset({VisitorCategory.GENERAL_PUBLIC, VisitorCategory.PROFESSIONAL})
CATEGORY_COLUMNS = 3
ERROR_MARGIN_PX = 8  # room left under an error scrolled into sight


class VisitorView(View):
    def __init__(self) -> None:
        super().__init__("visitor")
        self.title = self.worded(title_label(), lambda: self.tr("Inscrire un visiteur"))
        self.form_page, self.done_page = self._build_form_page(), self._build_done_page()
        self.pages = pages(self.form_page, self.done_page)
        column(self.title, (self.pages, 1), owner=self)

    def _build_form_page(self) -> QWidget:
        self.category_label = self.worded(label("visitorCategoryLabel"), lambda: self.tr("Vous êtes :"))
        self.error = label("visitorError", wrap=True)
        self.save = self.worded(big_button("visitorSave"), lambda: self.tr("Enregistrer et imprimer le badge"))
        self.back = self.worded(button("visitorBack"), lambda: self.tr("Retour à l'accueil"))
        return page(self.category_label, self._build_categories(), self._build_fields(), self.error, STRETCH,
                    self.save, row(self.back, STRETCH), margins=False)

    def _build_categories(self) -> QGridLayout:
        self.categories = QButtonGroup(self)
        self.categories.setExclusive(True)
        self.category_buttons: dict[VisitorCategory, QPushButton] = {}
        grid = QGridLayout()
        for place, category in enumerate(VisitorCategory):
            choice = self.worded(QPushButton(), partial(_category_name, category))
            choice.setObjectName(f"category_{category.value}")
            choice.setProperty("role", "choice")
            choice.setCheckable(True)
            self.categories.addButton(choice)
            self.category_buttons[category] = choice
            grid.addWidget(choice, place // CATEGORY_COLUMNS, place % CATEGORY_COLUMNS)
        return grid

    def _build_fields(self) -> QGridLayout:
        """Two fields a row, each with its error line under it: the form fits 1280×800 with the category
        buttons above it."""
        self.first_name, self.last_name = line_edit("visitorFirstName"), line_edit("visitorLastName")
        self.organisation, self.postcode = line_edit("visitorOrganisation"), line_edit("visitorPostcode", 10)
        self.postcode.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)  # the on-screen keyboard's digits
        self.translated(self.postcode.setPlaceholderText, lambda: self.tr("facultatif"))
        self.field_labels = {field: self.worded(label(f"{field.objectName()}Label"), text) for field, text in (
            (self.first_name, lambda: self.tr("Prénom")), (self.last_name, lambda: self.tr("Nom")),
            (self.organisation, lambda: self.tr("Organisation")), (self.postcode, lambda: self.tr("Code postal")))}
        self.field_errors = {field: _error_line(f"{field.objectName()}Error") for field in self.fields()}
        grid = QGridLayout()
        for place, (field, field_label) in enumerate(self.field_labels.items()):
            row, column = divmod(place, 2)
            grid.addWidget(field_label, 2 * row, 2 * column)
            grid.addWidget(field, 2 * row, 2 * column + 1)
            grid.addWidget(self.field_errors[field], 2 * row + 1, 2 * column + 1)
            for part in (field, field_label):
                policy = part.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                part.setSizePolicy(policy)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _build_done_page(self) -> QWidget:
        self.done_name = label("visitorDoneName", centred=True, wrap=True)
        self.done_hint = label("visitorDoneHint", centred=True, wrap=True)
        self.badge_state = label("visitorBadgeState", centred=True, wrap=True)
        self.show_badge = self.worded(button("visitorShowBadge"), lambda: self.tr("Voir le badge"))
        self.another = self.worded(big_button("visitorAnother"), lambda: self.tr("Inscrire un autre visiteur"))
        self.home = self.worded(big_button("visitorHome"), lambda: self.tr("Terminé"))
        return page(STRETCH, self.done_name, self.done_hint, self.badge_state, row(STRETCH, self.show_badge, STRETCH),
                    STRETCH, row(self.another, self.home))

    def fields(self) -> tuple[QLineEdit, ...]:
        """The text fields in the order they are filled in."""
        return self.first_name, self.last_name, self.organisation, self.postcode

    def chosen(self) -> VisitorCategory:
        return next((category for category, choice in self.category_buttons.items() if choice.isChecked()),
                    VisitorCategory.GENERAL_PUBLIC)

    def show_fields_for(self, category: VisitorCategory) -> None:
        for field, shown in ((self.organisation, category in WITH_ORGANISATION),
                             (self.postcode, category in WITH_POSTCODE)):
            field.setVisible(shown)
            self.field_labels[field].setVisible(shown)

    def show_error(self, text: str) -> None:
        """A trouble that belongs to no one field (the database, say), above the save button."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_field_errors(self, errors: dict[QLineEdit, str]) -> None:
        """Every field's error at once, each under its field; the others' lines empty. The first wrong field
        takes the focus, its error in sight with it (above the on-screen keyboard)."""
        for field, line in self.field_errors.items():
            line.setText(errors.get(field, " "))
        if errors:
            first = next(iter(errors))
            first.setFocus()
            scroll_area = self.parentWidget()
            while scroll_area is not None and not isinstance(scroll_area, QScrollArea):
                scroll_area = scroll_area.parentWidget()
            if scroll_area is not None:
                scroll_area.ensureWidgetVisible(self.field_errors[first], 0, ERROR_MARGIN_PX)


def _category_name(category: VisitorCategory) -> str:
    """A category's name from the domain's table, in the window's language."""
    return CATEGORY[category].text(current_language())


def _error_line(name: str) -> QLabel:
    """A field's error line; a space when there is no error, so that it keeps one line's height."""
    line = label(name, wrap=True)
    line.setProperty("role", "fieldError")
    line.setText(" ")
    return line
