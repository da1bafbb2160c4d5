"""The answer to a scan: the whole screen in one colour, the name, the class, the time; then home by itself.

Green: in. Amber: already inside, wrong day, going out, not inside. Red: unreadable or unknown code.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from kiosk.domain.checkin import ScanOutcome
from kiosk.domain.clock import local_time_text
from kiosk.domain.kinds import ScanResult
from kiosk.domain.labels import CATEGORY
from kiosk.ui.context import KioskContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.result_view import ResultView
from kiosk.ui.sounds import Sounds

GREEN, AMBER, RED = "green", "amber", "red"
TONE = {ScanResult.CHECKED_IN: GREEN, ScanResult.RE_ENTERED: GREEN, ScanResult.ALREADY_IN: AMBER,
        ScanResult.WRONG_DAY: AMBER, ScanResult.CHECKED_OUT: AMBER, ScanResult.NOT_INSIDE: AMBER,
        ScanResult.UNKNOWN: RED, ScanResult.INVALID: RED, ScanResult.GROUP: GREEN}
SHOWN_FOR_MS = 3500


class ResultController(ScreenController[ScanOutcome, ResultView]):
    """Fills the result view from a scan outcome, plays its sound, and goes home after a few seconds."""

    def __init__(self, key: Screen[ScanOutcome], view: ResultView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.zone_name = context.desk.event.timezone
        self.sounds = Sounds(self)
        self.timer = QTimer(self, singleShot=True, interval=SHOWN_FOR_MS)
        self.timer.timeout.connect(nav.home)

    def open(self, outcome: ScanOutcome) -> None:
        self.view.show_tone(TONE[outcome.result])
        self.sounds.play(TONE[outcome.result])
        self.view.status.setText(self._status(outcome))
        person = outcome.person
        self.view.name.setText(person.full_name if person else "")
        self.view.details.setText(self._details(outcome))
        self.timer.start()

    def _status(self, outcome: ScanOutcome) -> str:
        texts = {
            ScanResult.CHECKED_IN: self.tr("Bienvenue !"),
            ScanResult.RE_ENTERED: self.tr("Bon retour !"),
            ScanResult.ALREADY_IN: self.tr("Déjà entré"),
            ScanResult.CHECKED_OUT: self.tr("Au revoir !"),
            ScanResult.NOT_INSIDE: self.tr("Pas entré aujourd'hui"),
            ScanResult.WRONG_DAY: self.tr("Pas le bon jour"),
            ScanResult.UNKNOWN: self.tr("Badge inconnu"),
            ScanResult.INVALID: self.tr("Code illisible"),
            ScanResult.GROUP: self.tr("Classe"),
        }
        return texts[outcome.result]

    def _details(self, outcome: ScanOutcome) -> str:
        person, at = outcome.person, local_time_text(outcome.at, self.zone_name)
        if outcome.result is ScanResult.ALREADY_IN and outcome.since is not None:
            return self.tr("Entré à %1").replace("%1", local_time_text(outcome.since, self.zone_name))
        if outcome.result is ScanResult.WRONG_DAY and outcome.booked_day is not None:
            return self.tr("Classe attendue le %1 : appelez un responsable.").replace(
                "%1", outcome.booked_day.strftime("%d/%m/%Y"))
        if person is None:
            return self.tr("Adressez-vous à l'accueil.")
        where = (f"{person.class_label} — {person.school}" if person.class_label
                 else (self.say(CATEGORY[person.category]) if person.category else person.organisation))
        return f"{where}\n{at}"

    def leave(self) -> None:
        self.timer.stop()
