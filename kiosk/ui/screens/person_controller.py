"""One person: who, which class, on site since when; check in or out, reprint the badge, fix the name."""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.checkin import ScanOutcome
from kiosk.domain.clock import local_time_text
from kiosk.domain.directory import get_person
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import Direction
from kiosk.domain.labels import RESULT
from kiosk.domain.registration import edit_person
from kiosk.domain.views import PersonView
from kiosk.ui import badge_output
from kiosk.ui.context import KioskContext
from kiosk.ui.models.people_model import where_text
from kiosk.ui.navigator import Navigator
from kiosk.ui.printing import Document
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen, SearchStart
from kiosk.ui.screens.person_view import PersonScreenView
from kiosk.ui.screens.result_controller import TONE


class PersonController(ScreenController[PersonView | int, PersonScreenView]):
    """Shows one person and runs what the buttons ask on the task runner; the screen never waits."""

    def __init__(self, key: Screen[PersonView | int], view: PersonScreenView, context: KioskContext,
                 nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.person: PersonView | None = None
        self.badge: Path | None = None
        view.show_badge.clicked.connect(self.preview_badge)
        view.check_in.clicked.connect(lambda: self.scan(Direction.IN))
        view.check_out.clicked.connect(lambda: self.scan(Direction.OUT))
        view.reprint.clicked.connect(self.reprint)
        view.fix_name.clicked.connect(self.start_editing)
        view.save.clicked.connect(self.save_name)
        view.cancel.clicked.connect(lambda: view.show_editor(False))
        view.back.clicked.connect(lambda: nav.open(Screen.SEARCH, SearchStart.BACK))
        view.home.clicked.connect(nav.home)
        view.retranslated.connect(self._render)

    def open(self, payload: PersonView | int) -> None:
        """A PersonView is shown at once, then refreshed; a person id is read first."""
        self.view.show_editor(False)
        self.view.show_message("")
        self.badge = None
        self.set_busy(False)
        if isinstance(payload, PersonView):
            self.show(payload)
            person_id = payload.id
        else:
            self.person = None
            person_id = payload
        db = self.context.db
        self.run(lambda: get_person(db, person_id), self._refreshed, busy=False)

    def show(self, person: PersonView) -> None:
        self.person = person
        self._render()

    def show_busy(self, busy: bool) -> None:
        self.view.set_busy(busy)

    def _refreshed(self, person: PersonView) -> None:
        if self.person is None or self.person.id == person.id:
            self.show(person)

    def _render(self) -> None:
        person, view = self.person, self.view
        view.name.setText(person.full_name if person else "")
        view.details.setText(where_text(person, self.context.translations.language) if person else "")
        view.status.setText(self._status(person) if person else "")

    def _status(self, person: PersonView) -> str:
        zone = self.context.desk.event.timezone
        if person.on_site:
            if person.entered_at is None:
                return self.tr("Sur place")
            at = local_time_text(person.entered_at, zone)
            return self.tr("Sur place, entrée enregistrée à %1").replace("%1", at)
        if person.left_at is not None:
            at = local_time_text(person.left_at, zone)
            return self.tr("Pas sur place, sortie enregistrée à %1").replace("%1", at)
        return self.tr("Pas sur place, aucune entrée enregistrée")

    def scan(self, direction: Direction) -> None:
        """The same path as the scanner: the person's own badge code, through the station's desk."""
        if self.person is None:
            return
        desk, db, person = self.context.desk, self.context.db, self.person

        def work() -> tuple[ScanOutcome, PersonView]:
            return desk.scan(person.code, direction), get_person(db, person.id)

        self.run(work, self._scanned, self._failed)

    def _scanned(self, answer: tuple[ScanOutcome, PersonView]) -> None:
        outcome, person = answer
        self.show(person)
        self.view.show_message(self.say(RESULT[outcome.result]), TONE[outcome.result])

    def reprint(self) -> None:
        if self.person is None:
            return
        db, person_id, settings = self.context.db, self.person.id, self.context.settings
        lang = self.context.translations.language
        self.view.show_message(self.tr("Préparation du badge…"))
        self.run(lambda: badge_output.write_person_badge(db, person_id, settings, lang), self._badge_ready,
                 self._failed)

    def _badge_ready(self, path: Path) -> None:
        self.badge = path
        self.view.show_message(self.tr("Badge refait avec le même code.") + " "
                               + badge_output.where_the_badges_went(self.context.settings), show_badge=True)

    def preview_badge(self) -> None:
        if self.badge is None or self.person is None:
            return
        title, person_id = self.tr("Badge de %1").replace("%1", self.person.full_name), self.person.id
        self.nav.open(Screen.PREVIEW, Document(title, self.badge, back=lambda: self.nav.open(Screen.PERSON, person_id),
                                               at_desk=True))

    def start_editing(self) -> None:
        if self.person is None:
            return
        self.view.first_name.setText(self.person.first_name)
        self.view.last_name.setText(self.person.last_name)
        self.view.show_editor(True)
        self.view.first_name.setFocus()

    def save_name(self) -> None:
        if self.person is None:
            return
        db, person_id, actor = self.context.db, self.person.id, self.context.settings.station
        first, last = self.view.first_name.text(), self.view.last_name.text()
        self.run(lambda: edit_person(db, person_id, first_name=first, last_name=last, actor=actor),
                 self._saved, self._failed)

    def _saved(self, person: PersonView) -> None:
        self.view.show_editor(False)
        self.show(person)
        self.view.show_message(self.tr("Nom corrigé : le badge garde le même code."))

    def _failed(self, error: KioskError) -> None:
        self.view.show_message("")
        self.nav.tell(error)
