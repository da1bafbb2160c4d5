"""Register a walk-in visitor: names, a category (big toggles), organisation or postcode when it matters;
on save the badge PDF is written and opened at once, and the visitor can scan in straight away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.labels import CATEGORY
from kiosk.domain.registration import add_person
from kiosk.domain.views import PersonView
from kiosk.ui import badge_output
from kiosk.ui.context import KioskContext
from kiosk.ui.views import View, big_button, button, label, title_label

if TYPE_CHECKING:
    from pathlib import Path

    from kiosk.ui.controller import Navigator

WITH_ORGANISATION = frozenset({VisitorCategory.PROFESSIONAL, VisitorCategory.PRESS, VisitorCategory.EXHIBITOR,
                               VisitorCategory.STAFF})
NEEDS_ORGANISATION = frozenset({VisitorCategory.PRESS, VisitorCategory.EXHIBITOR})
WITH_POSTCODE = frozenset({VisitorCategory.GENERAL_PUBLIC, VisitorCategory.PROFESSIONAL})
CATEGORY_COLUMNS = 3


class VisitorView(View):
    retranslated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitor")
        self.title = title_label()
        self.pages = QStackedWidget()
        # The form.
        self.form_page = QWidget()
        self.first_name = QLineEdit()
        self.first_name.setObjectName("visitorFirstName")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("visitorLastName")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("visitorOrganisation")
        self.postcode = QLineEdit()
        self.postcode.setObjectName("visitorPostcode")
        self.postcode.setMaxLength(10)
        self.category_label = label("visitorCategoryLabel")
        self.categories = QButtonGroup(self)
        self.categories.setExclusive(True)
        self.category_buttons: dict[VisitorCategory, QPushButton] = {}
        grid = QGridLayout()
        for place, category in enumerate(VisitorCategory):
            choice = QPushButton()
            choice.setObjectName(f"category_{category.value}")
            choice.setProperty("role", "choice")
            choice.setCheckable(True)
            self.categories.addButton(choice)
            self.category_buttons[category] = choice
            grid.addWidget(choice, place // CATEGORY_COLUMNS, place % CATEGORY_COLUMNS)
        self.field_labels = {field: label(f"{field.objectName()}Label")
                             for field in (self.first_name, self.last_name, self.organisation, self.postcode)}
        # Two fields a row: the form fits 1280×800 with the category buttons above it.
        fields = QGridLayout()
        for place, (field, field_label) in enumerate(self.field_labels.items()):
            row, column = divmod(place, 2)
            fields.addWidget(field_label, row, 2 * column)
            fields.addWidget(field, row, 2 * column + 1)
        fields.setColumnStretch(1, 1)
        fields.setColumnStretch(3, 1)
        self.error = label("visitorError", wrap=True)
        self.save = big_button("visitorSave")
        self.back = button("visitorBack")
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        form_layout = QVBoxLayout(self.form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.category_label)
        form_layout.addLayout(grid)
        form_layout.addLayout(fields)
        form_layout.addWidget(self.error)
        form_layout.addStretch(1)
        form_layout.addWidget(self.save)
        form_layout.addLayout(bottom)
        # The confirmation.
        self.done_page = QWidget()
        self.done_name = label("visitorDoneName", centred=True, wrap=True)
        self.done_hint = label("visitorDoneHint", centred=True, wrap=True)
        self.badge_state = label("visitorBadgeState", centred=True, wrap=True)
        self.another = big_button("visitorAnother")
        self.home = big_button("visitorHome")
        done_buttons = QHBoxLayout()
        done_buttons.addWidget(self.another)
        done_buttons.addWidget(self.home)
        done_layout = QVBoxLayout(self.done_page)
        done_layout.addStretch(1)
        for part in (self.done_name, self.done_hint, self.badge_state):
            done_layout.addWidget(part)
        done_layout.addStretch(1)
        done_layout.addLayout(done_buttons)
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.done_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def chosen(self) -> VisitorCategory:
        return next((category for category, choice in self.category_buttons.items() if choice.isChecked()),
                    VisitorCategory.GENERAL_PUBLIC)

    def show_fields_for(self, category: VisitorCategory) -> None:
        for field, shown in ((self.organisation, category in WITH_ORGANISATION),
                             (self.postcode, category in WITH_POSTCODE)):
            field.setVisible(shown)
            self.field_labels[field].setVisible(shown)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Inscrire un visiteur"))
        self.category_label.setText(self.tr("Vous êtes :"))
        for category, choice in self.category_buttons.items():
            choice.setText(CATEGORY[category].text())
        for field, text in ((self.first_name, self.tr("Prénom")), (self.last_name, self.tr("Nom")),
                            (self.organisation, self.tr("Organisation")),
                            (self.postcode, self.tr("Code postal"))):
            self.field_labels[field].setText(text)
        self.postcode.setPlaceholderText(self.tr("facultatif"))
        self.save.setText(self.tr("Enregistrer et imprimer le badge"))
        self.back.setText(self.tr("Retour à l'accueil"))
        self.another.setText(self.tr("Inscrire un autre visiteur"))
        self.home.setText(self.tr("Terminé"))
        self.done_hint.setText(self.tr("Vous êtes inscrit(e). Scannez votre badge à l'entrée."))
        self.retranslated.emit()


class VisitorController(QObject):
    """Checks the form, registers on the task runner, then writes and opens the badge."""

    registered = Signal(object)

    def __init__(self, view: VisitorView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self.nav = nav
        self.person: PersonView | None = None
        self.badge: Path | None = None
        self.badge_error = ""
        view.categories.buttonToggled.connect(lambda *_: view.show_fields_for(view.chosen()))
        view.save.clicked.connect(self.save)
        view.back.clicked.connect(nav.home)
        view.home.clicked.connect(nav.home)
        view.another.clicked.connect(lambda: nav.go("visitor"))
        fields = (view.first_name, view.last_name, view.organisation, view.postcode)
        for place, field in enumerate(fields):
            field.returnPressed.connect(lambda after=fields[place + 1:]: self._next_or_save(after))
        view.retranslated.connect(self._render_done)

    def open(self, payload: object = None) -> None:
        view = self.view
        for field in (view.first_name, view.last_name, view.organisation, view.postcode):
            field.clear()
        view.category_buttons[VisitorCategory.GENERAL_PUBLIC].setChecked(True)
        view.show_fields_for(VisitorCategory.GENERAL_PUBLIC)
        view.show_error("")
        view.save.setEnabled(True)
        view.pages.setCurrentWidget(view.form_page)
        self.person, self.badge, self.badge_error = None, None, ""
        view.first_name.setFocus()

    def _next_or_save(self, after: tuple[QLineEdit, ...]) -> None:
        """Enter (the on-screen keyboard's too) goes on to the next empty field, and saves after the last."""
        empty = next((field for field in after if field.isVisible() and not field.text().strip()), None)
        if empty is not None:
            empty.setFocus()
        else:
            self.save()

    def save(self) -> None:
        view = self.view
        if not view.save.isEnabled() or view.pages.currentWidget() is not view.form_page:
            return
        category = view.chosen()
        organisation = view.organisation.text() if category in WITH_ORGANISATION else ""
        postcode = view.postcode.text() if category in WITH_POSTCODE else ""
        if category in NEEDS_ORGANISATION and not organisation.strip():
            view.show_error(self.tr("Indiquez l'organisation (journal, entreprise, stand…)."))
            view.organisation.setFocus()
            return
        first, last = view.first_name.text(), view.last_name.text()
        db, actor = self.context.db, self.context.settings.station
        view.show_error("")
        view.save.setEnabled(False)
        self.nav.idle.start()
        self.context.tasks.run(
            lambda: add_person(db, PersonKind.VISITOR, first, last, category=category, organisation=organisation,
                               postcode=postcode, actor=actor),
            self._registered, self._refused)

    def _refused(self, error: KioskError) -> None:
        self.view.save.setEnabled(True)
        self.view.show_error(str(error))

    def _registered(self, person: PersonView) -> None:
        self.person = person
        self.view.pages.setCurrentWidget(self.view.done_page)
        self._render_done()
        self.registered.emit(person)
        db, settings = self.context.db, self.context.settings
        self.context.tasks.run(lambda: badge_output.write_person_badge(db, person.id, settings),
                               self._badge_ready, self._badge_failed)

    def _badge_ready(self, path: Path) -> None:
        self.badge = path
        badge_output.hand_over(path, self.context.settings)
        self._render_done()

    def _badge_failed(self, error: KioskError) -> None:
        self.badge_error = str(error)
        self._render_done()
        self.nav.tell(error)

    def _render_done(self) -> None:
        view = self.view
        view.done_name.setText(self.tr("Bienvenue, %1 !").replace("%1", self.person.full_name)
                               if self.person else "")
        if self.badge is not None:
            state = self.tr("Votre badge est prêt.")
        elif self.badge_error:
            state = self.tr("Badge non imprimé : demandez à l'accueil de le réimprimer.")
        else:
            state = self.tr("Impression du badge…")
        view.badge_state.setText(state)
