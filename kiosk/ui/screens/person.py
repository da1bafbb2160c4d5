"""One person: who, which class, on site since when; check in or out, reprint the badge, fix the name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

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
from kiosk.ui.screens.result import TONE
from kiosk.ui.views import View, big_button, button, label, restyle, title_label

if TYPE_CHECKING:
    from pathlib import Path

    from kiosk.ui.controller import Navigator


class PersonScreenView(View):
    retranslated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person")
        self.name = title_label()
        self.name.setObjectName("personName")
        self.details = label("personDetails", wrap=True)
        self.status = label("personStatus", wrap=True)
        self.message = label("personMessage", wrap=True)
        self.check_in = big_button("personCheckIn")
        self.check_out = big_button("personCheckOut")
        self.reprint = big_button("personReprint")
        self.fix_name = big_button("personFixName")
        self.editor = QWidget()
        self.editor.setObjectName("personEditor")
        self.first_name = QLineEdit()
        self.first_name.setObjectName("personFirstName")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("personLastName")
        self.save = button("personSave")
        self.cancel = button("personCancel")
        self.back = button("personBack")
        self.home = button("personHome")
        self.first_name_label = label("personFirstNameLabel")
        self.last_name_label = label("personLastNameLabel")
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.addRow(self.first_name_label, self.first_name)
        self.form.addRow(self.last_name_label, self.last_name)
        editor_buttons = QHBoxLayout()
        editor_buttons.addStretch(1)
        editor_buttons.addWidget(self.cancel)
        editor_buttons.addWidget(self.save)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(self.form)
        editor_layout.addLayout(editor_buttons)
        self.action_panel = QWidget()
        actions = QGridLayout(self.action_panel)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.check_in, 0, 0)
        actions.addWidget(self.check_out, 0, 1)
        actions.addWidget(self.reprint, 1, 0)
        actions.addWidget(self.fix_name, 1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        bottom.addWidget(self.home)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.action_panel, 3)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.editor.hide()
        self.message.hide()
        self.retranslate()

    def show_editor(self, shown: bool) -> None:
        """The name form replaces the action buttons while it is open (room for it at 1280×800)."""
        self.editor.setVisible(shown)
        self.action_panel.setVisible(not shown)

    def show_message(self, text: str, tone: str = "info") -> None:
        self.message.setText(text)
        restyle(self.message, "tone", tone)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for part in (self.check_in, self.check_out, self.reprint, self.fix_name, self.save):
            part.setEnabled(not busy)

    def retranslate(self) -> None:
        self.check_in.setText(self.tr("Enregistrer l'entrée"))
        self.check_out.setText(self.tr("Enregistrer la sortie"))
        self.reprint.setText(self.tr("Réimprimer le badge"))
        self.fix_name.setText(self.tr("Corriger le nom"))
        self.first_name_label.setText(self.tr("Prénom"))
        self.last_name_label.setText(self.tr("Nom"))
        self.save.setText(self.tr("Enregistrer le nom"))
        self.cancel.setText(self.tr("Annuler"))
        self.back.setText(self.tr("Retour à la recherche"))
        self.home.setText(self.tr("Accueil"))
        self.retranslated.emit()


class PersonController(QObject):
    """Shows one person and runs what the buttons ask on the task runner; the screen never waits."""

    def __init__(self, view: PersonScreenView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self.nav = nav
        self.person: PersonView | None = None
        view.check_in.clicked.connect(lambda: self.scan(Direction.IN))
        view.check_out.clicked.connect(lambda: self.scan(Direction.OUT))
        view.reprint.clicked.connect(self.reprint)
        view.fix_name.clicked.connect(self.start_editing)
        view.save.clicked.connect(self.save_name)
        view.cancel.clicked.connect(lambda: view.show_editor(False))
        view.back.clicked.connect(lambda: nav.go("search", "back"))
        view.home.clicked.connect(nav.home)
        view.retranslated.connect(self._render)

    def open(self, payload: object) -> None:
        """Payload: a PersonView (shown at once, then refreshed) or a person id."""
        self.view.show_editor(False)
        self.view.show_message("")
        self.view.set_busy(False)
        if isinstance(payload, PersonView):
            self.show(payload)
            person_id = payload.id
        elif isinstance(payload, int):
            self.person = None
            person_id = payload
        else:
            return
        db = self.context.db
        self.context.tasks.run(lambda: get_person(db, person_id), self._refreshed, self.nav.tell)

    def show(self, person: PersonView) -> None:
        self.person = person
        self._render()

    def _refreshed(self, person: PersonView) -> None:
        if self.person is None or self.person.id == person.id:
            self.show(person)

    def _render(self) -> None:
        person = self.person
        view = self.view
        view.name.setText(person.full_name if person else "")
        view.details.setText(where_text(person) if person else "")
        view.status.setText(self._status(person) if person else "")

    def _status(self, person: PersonView) -> str:
        zone = self.context.desk.event.timezone
        if person.on_site:
            if person.entered_at is None:
                return self.tr("Sur place")
            return self.tr("Sur place, entré(e) à %1").replace("%1", local_time_text(person.entered_at, zone))
        if person.left_at is not None:
            return self.tr("Pas sur place, sorti(e) à %1").replace("%1", local_time_text(person.left_at, zone))
        return self.tr("Pas encore entré(e)")

    def scan(self, direction: Direction) -> None:
        """The same path as the scanner: the person's own badge code, through the station's desk."""
        if self.person is None:
            return
        desk, db, person = self.context.desk, self.context.db, self.person
        self.nav.idle.start()
        self.view.set_busy(True)

        def work() -> tuple[ScanOutcome, PersonView]:
            return desk.scan(person.code, direction), get_person(db, person.id)

        self.context.tasks.run(work, self._scanned, self._failed)

    def _scanned(self, answer: tuple[ScanOutcome, PersonView]) -> None:
        outcome, person = answer
        self.view.set_busy(False)
        self.show(person)
        self.view.show_message(RESULT[outcome.result].text(), TONE[outcome.result])

    def reprint(self) -> None:
        if self.person is None:
            return
        db, person_id, settings = self.context.db, self.person.id, self.context.settings
        self.nav.idle.start()
        self.view.set_busy(True)
        self.view.show_message(self.tr("Préparation du badge…"))
        self.context.tasks.run(lambda: badge_output.write_person_badge(db, person_id, settings),
                               self._badge_ready, self._failed)

    def _badge_ready(self, path: Path) -> None:
        self.view.set_busy(False)
        opened = badge_output.hand_over(path, self.context.settings)
        text = self.tr("Badge prêt (même code) : %1") if opened else self.tr("Badge enregistré : %1")
        self.view.show_message(text.replace("%1", path.name))

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
        db, person_id = self.context.db, self.person.id
        first, last = self.view.first_name.text(), self.view.last_name.text()
        actor = self.context.settings.station
        self.nav.idle.start()
        self.view.set_busy(True)
        self.context.tasks.run(lambda: edit_person(db, person_id, first_name=first, last_name=last,
                                                   actor=actor),
                               self._saved, self._failed)

    def _saved(self, person: PersonView) -> None:
        self.view.set_busy(False)
        self.view.show_editor(False)
        self.show(person)
        self.view.show_message(self.tr("Nom corrigé : le badge garde le même code."))

    def _failed(self, error: KioskError) -> None:
        self.view.set_busy(False)
        self.view.show_message("")
        self.nav.tell(error)
