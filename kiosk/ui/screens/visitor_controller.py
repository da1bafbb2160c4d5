"""Register a walk-in visitor: names, a category (big toggles), organisation or postcode when it matters;
on save the badge PDF is written and opened at once, and the visitor can scan in straight away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit

from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.registration import add_person
from kiosk.domain.views import PersonView
from kiosk.ui import badge_output
from kiosk.ui.context import KioskContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.visitor_view import NEEDS_ORGANISATION, WITH_ORGANISATION, WITH_POSTCODE, VisitorView


class VisitorController(ScreenController[None, VisitorView]):
    """Checks the form, registers on the task runner, then writes and opens the badge."""

    registered = Signal(object)

    def __init__(self, key: Screen[None], view: VisitorView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.person: PersonView | None = None
        self.badge: Path | None = None
        self.badge_error = ""
        view.categories.buttonToggled.connect(lambda *_: view.show_fields_for(view.chosen()))
        view.save.clicked.connect(self.save)
        view.back.clicked.connect(nav.home)
        view.home.clicked.connect(nav.home)
        view.another.clicked.connect(lambda: nav.open(Screen.VISITOR))
        fields = view.fields()
        for place, field in enumerate(fields):
            field.returnPressed.connect(lambda after=fields[place + 1:]: self._next_or_save(after))
        view.retranslated.connect(self._render_done)

    def open(self, payload: None) -> None:
        view = self.view
        for field in view.fields():
            field.clear()
        view.category_buttons[VisitorCategory.GENERAL_PUBLIC].setChecked(True)
        view.show_fields_for(VisitorCategory.GENERAL_PUBLIC)
        view.show_error("")
        self.set_busy(False)
        view.pages.setCurrentWidget(view.form_page)
        self.person, self.badge, self.badge_error = None, None, ""
        view.first_name.setFocus()

    def show_busy(self, busy: bool) -> None:
        self.view.save.setEnabled(not busy)

    def _next_or_save(self, after: tuple[QLineEdit, ...]) -> None:
        """Enter (the on-screen keyboard's too) goes on to the next empty field, and saves after the last."""
        empty = next((field for field in after if field.isVisible() and not field.text().strip()), None)
        if empty is not None:
            empty.setFocus()
        else:
            self.save()

    def save(self) -> None:
        view = self.view
        if self.busy or view.pages.currentWidget() is not view.form_page:
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
        self.run(lambda: add_person(db, PersonKind.VISITOR, first, last, category=category,
                                    organisation=organisation, postcode=postcode, actor=actor),
                 self._registered, lambda error: view.show_error(self.say(error)))

    def _registered(self, person: PersonView) -> None:
        self.person = person
        self.view.pages.setCurrentWidget(self.view.done_page)
        self._render_done()
        self.registered.emit(person)
        db, settings, lang = self.context.db, self.context.settings, self.context.translations.language
        self.run(lambda: badge_output.write_person_badge(db, person.id, settings, lang), self._badge_ready,
                 self._badge_failed, busy=False)

    def _badge_ready(self, path: Path) -> None:
        self.badge = path
        badge_output.hand_over(path, self.context.settings)
        self._render_done()

    def _badge_failed(self, error: KioskError) -> None:
        self.badge_error = self.say(error)
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
