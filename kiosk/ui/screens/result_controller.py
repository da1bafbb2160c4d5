"""The answer to a scan: the whole screen in one colour, the name, the class, the time; then back by itself to
what was showing (home, or a form someone was typing).

Green: in. Amber: already inside, going out, not inside. Violet: a class member on another day than the
class's, which staff at a reception desk may accept on the result itself. Red: a code that is not one of
this event's, or a badge nobody holds. "Ask at the reception" only where there is no reception: at a
self-service entrance.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from kiosk.domain.checkin import ScanOutcome
from kiosk.domain.clock import local_time_text, said_time
from kiosk.domain.dates import long_date
from kiosk.domain.kinds import Direction, ScanResult
from kiosk.domain.labels import CATEGORY
from kiosk.ui.context import KioskContext, StationRole
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Access, Screen
from kiosk.ui.screens.result_view import ResultView
from kiosk.ui.sounds import Sounds

GREEN, AMBER, VIOLET, RED = "green", "amber", "violet", "red"
TONE = {ScanResult.CHECKED_IN: GREEN, ScanResult.RE_ENTERED: GREEN, ScanResult.ALREADY_IN: AMBER,
        ScanResult.WRONG_DAY: VIOLET, ScanResult.CHECKED_OUT: AMBER, ScanResult.NOT_INSIDE: AMBER,
        ScanResult.UNKNOWN: RED, ScanResult.INVALID: RED, ScanResult.GROUP: GREEN}
SOUND = {GREEN: "green", AMBER: "amber", VIOLET: "amber", RED: "red"}
SHOWN_FOR_MS = 3500
DECIDING_MS = 15_000  # a wrong day at a desk: time for staff to look and accept


class ResultController(ScreenController[ScanOutcome, ResultView]):
    """Fills the result view from a scan outcome, plays its sound, and goes home after a few seconds."""

    def __init__(self, key: Screen[ScanOutcome], view: ResultView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.zone_name = context.desk.event.timezone
        self.sounds = Sounds(self)
        self.timer = QTimer(self, singleShot=True, interval=SHOWN_FOR_MS)
        self.timer.timeout.connect(nav.resume)
        self.outcome: ScanOutcome | None = None
        view.accept.clicked.connect(self.accept)
        view.retranslated.connect(self._render)

    def open(self, outcome: ScanOutcome) -> None:
        self.outcome = outcome
        self.view.show_tone(TONE[outcome.result])
        self.sounds.play(SOUND[TONE[outcome.result]])
        self._render()
        deciding = self.view.accept.isVisible()
        self.timer.start(DECIDING_MS if deciding else SHOWN_FOR_MS)

    def _render(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        person = outcome.person
        self.view.status.setText(self._status(outcome))
        self.view.name.setText(person.full_name if person else "")
        details = self._details(outcome)
        if outcome.offline:  # said on the result too: the database will decide when it is back
            details = "\n".join(part for part in (details, self.tr("Hors ligne : la base confirmera à son retour."))
                                 if part)
        self.view.details.setText(details)
        self.view.accept.setVisible(outcome.result is ScanResult.WRONG_DAY and person is not None
                                    and self.context.settings.role is StationRole.DESK)

    def accept(self) -> None:
        """Staff let in a class member booked another day: the staff PIN first if the desk is locked."""
        self.timer.stop()
        outcome, station = self.outcome, self.context.station
        if outcome is None or outcome.person is None:
            return
        code = outcome.person.code
        self.nav.with_access(Access.STAFF, lambda: self.run(
            lambda: station.scan(code, Direction.IN, override_day=True),
            lambda accepted: self.nav.interrupt(Screen.RESULT, accepted)))

    def _status(self, outcome: ScanOutcome) -> str:
        texts = {
            ScanResult.CHECKED_IN: self.tr("Bienvenue !"),
            ScanResult.RE_ENTERED: self.tr("Bon retour !"),
            ScanResult.ALREADY_IN: self.tr("Entrée déjà enregistrée"),
            ScanResult.CHECKED_OUT: self.tr("Au revoir !"),
            ScanResult.NOT_INSIDE: self.tr("Aucune entrée aujourd'hui"),
            ScanResult.WRONG_DAY: self.tr("Visite prévue un autre jour"),
            ScanResult.UNKNOWN: self.tr("Badge inconnu"),
            ScanResult.INVALID: self.tr("Code non reconnu"),
            ScanResult.GROUP: self.tr("Classe"),
        }
        return texts[outcome.result]

    def _details(self, outcome: ScanOutcome) -> str:
        person, at = outcome.person, local_time_text(outcome.at, self.zone_name)
        lang = self.context.translations.language
        ask = self.tr("Adressez-vous à l'accueil.") if self.context.settings.role is StationRole.SELF_SERVICE else ""
        if outcome.result is ScanResult.ALREADY_IN and outcome.since is not None:
            return self.tr("à %1").replace("%1", said_time(outcome.since, self.zone_name, lang))
        if outcome.result is ScanResult.WRONG_DAY and outcome.booked_day is not None:
            return " ".join(part for part in (self.tr("Classe attendue le %1.").replace(
                "%1", long_date(outcome.booked_day, lang)), ask) if part)
        if person is None:
            return ask
        where = (f"{person.class_label} — {person.school}" if person.class_label
                 else (self.say(CATEGORY[person.category]) if person.category else person.organisation))
        return f"{where}\n{at}"

    def leave(self) -> None:
        self.timer.stop()
