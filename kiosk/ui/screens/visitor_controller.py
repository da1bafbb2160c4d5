"""Register a walk-in visitor: names, a category (big toggles), organisation or postcode when it matters.

Every mistake is told at once, each under its field. On save the visitor is registered and, when the station
says so (`checkin_walkins`, on by default), checked in through the same path as a scan, so the new badge need
not be scanned. The badge is written and printed on the station's printer, or kept for the desk to show and
print from its preview; the confirmation says which.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit

from kiosk.domain.checkin import ScanOutcome
from kiosk.domain.clock import local_time_text
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import ScanResult, VisitorCategory
from kiosk.domain.labels import RESULT
from kiosk.domain.offline_walkins import Visitor, WalkIn, register_walk_in
from kiosk.domain.text import clean_name, clean_postcode
from kiosk.domain.views import PersonView
from kiosk.ui import badge_output
from kiosk.ui.context import KioskContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.visitor_view import NEEDS_ORGANISATION, WITH_ORGANISATION, WITH_POSTCODE, VisitorView

IN_NOW = frozenset({ScanResult.CHECKED_IN, ScanResult.RE_ENTERED, ScanResult.ALREADY_IN})


class VisitorController(ScreenController[None, VisitorView]):
    """Checks the form, registers (and checks in) on the task runner, then writes and prints the badge."""

    registered = Signal(object)

    def __init__(self, key: Screen[None], view: VisitorView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.person: PersonView | None = None
        self.entry: ScanOutcome | None = None
        self.badge: Path | None = None
        self.badge_error = ""
        self.offline = False  # registered by the station alone: the database registers them on its return
        view.categories.buttonToggled.connect(lambda *_: view.show_fields_for(view.chosen()))
        view.save.clicked.connect(self.save)
        view.back.clicked.connect(nav.home)
        view.home.clicked.connect(nav.home)
        view.another.clicked.connect(lambda: nav.open(Screen.VISITOR))
        view.show_badge.clicked.connect(self.preview_badge)
        fields = view.fields()
        for place, field in enumerate(fields):
            field.returnPressed.connect(lambda after=fields[place + 1:]: self._next_or_save(after))
            field.textChanged.connect(lambda _text, edited=field: self._clear_error(edited))
        view.retranslated.connect(self._render_done)

    def open(self, payload: None) -> None:
        view = self.view
        for field in view.fields():
            field.clear()
        view.category_buttons[VisitorCategory.GENERAL_PUBLIC].setChecked(True)
        view.show_fields_for(VisitorCategory.GENERAL_PUBLIC)
        view.show_error("")
        view.show_field_errors({})
        self.set_busy(False)
        view.pages.setCurrentWidget(view.form_page)
        self.person, self.entry, self.badge, self.badge_error, self.offline = None, None, None, "", False
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

    def _clear_error(self, field: QLineEdit) -> None:
        self.view.field_errors[field].setText(" ")

    def field_errors(self, category: VisitorCategory) -> dict[QLineEdit, str]:
        """What is wrong with each field the category uses, in the reader's language."""
        view, errors = self.view, {}
        checks: list[tuple[QLineEdit, Callable[[str], object]]] = [
            (view.first_name, lambda text: clean_name(text, field_fr="le prénom", field_en="the first name")),
            (view.last_name, lambda text: clean_name(text, field_fr="le nom", field_en="the last name"))]
        if category in WITH_POSTCODE:
            checks.append((view.postcode, clean_postcode))
        for field, check in checks:
            try:
                check(field.text())
            except KioskError as error:
                errors[field] = self.say(error)
        if category in NEEDS_ORGANISATION and not view.organisation.text().strip():
            errors[view.organisation] = self.tr("Indiquez l'organisation (journal, entreprise, stand…).")
        return errors

    def save(self) -> None:
        view = self.view
        if self.busy or view.pages.currentWidget() is not view.form_page:
            return
        category = view.chosen()
        errors = self.field_errors(category)
        view.show_field_errors(errors)
        view.show_error("")
        if errors:
            return
        organisation = view.organisation.text() if category in WITH_ORGANISATION else ""
        postcode = view.postcode.text() if category in WITH_POSTCODE else ""
        visitor = Visitor(view.first_name.text(), view.last_name.text(), category, organisation, postcode)
        station, actor = self.context.station, self.context.settings.station
        check_in = self.context.settings.checkin_walkins
        self.run(lambda: register_walk_in(station, visitor, check_in=check_in, actor=actor), self._registered,
                 lambda error: view.show_error(self.say(error)))

    def _registered(self, walk_in: WalkIn) -> None:
        """Registered (offline too: the badge code was made here): the badge prints at once."""
        self.person, self.entry, self.offline = walk_in.person, walk_in.entry, walk_in.offline
        self.view.pages.setCurrentWidget(self.view.done_page)
        self._render_done()
        self.registered.emit(self.person)
        settings, lang, badge = self.context.settings, self.context.translations.language, walk_in.badge
        self.run(lambda: badge_output.write_badge(badge, settings, lang), self._badge_ready, self._badge_failed,
                 busy=False)

    def _badge_ready(self, path: Path) -> None:
        self.badge = path
        self._render_done()

    def _badge_failed(self, error: KioskError) -> None:
        self.badge_error = self.say(error)
        self._render_done()

    def preview_badge(self) -> None:
        if self.badge is None or self.person is None:
            return
        self.show_pdf(self.tr("Badge de %1").replace("%1", self.person.full_name), self.badge)

    def _render_done(self) -> None:
        view = self.view
        view.done_name.setText(self.tr("Bienvenue, %1 !").replace("%1", self.person.full_name)
                               if self.person else "")
        view.done_hint.setText(self._entry_text())
        if self.badge is not None:
            state = badge_output.where_the_badges_went(self.context.settings)
        elif self.badge_error:
            state = self.tr("Badge non imprimé : %1").replace("%1", self.badge_error)
        else:
            state = self.tr("Impression du badge…")
        view.badge_state.setText(state)
        view.show_badge.setVisible(self.badge is not None)

    def _entry_text(self) -> str:
        """The visitor is in (no need to scan the badge), or should scan it at the entrance."""
        entry = self.entry
        text = self._recorded_text(entry)
        return f"{text}\n{self.tr('Hors ligne : la base confirmera à son retour.')}" if self.offline else text

    def _recorded_text(self, entry: ScanOutcome | None) -> str:
        if entry is None:
            return self.tr("Inscription enregistrée. Scannez le badge à l'entrée.")
        if entry.result in IN_NOW:
            at = local_time_text(entry.at, self.context.desk.event.timezone)
            return self.tr("Inscription et entrée enregistrées à %1 : inutile de scanner le badge.").replace("%1", at)
        return self.tr("Inscription enregistrée ; entrée non enregistrée : %1").replace(
            "%1", self.say(RESULT[entry.result]))
