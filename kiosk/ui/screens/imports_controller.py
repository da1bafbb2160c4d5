"""Import rosters and bookings (organiser mode): behaviour of the screen; layout in imports.py.

A file (CSV or XLSX, from a USB stick) may hold several classes of one school. "Aperçu" reads it and runs a
dry run of the import off the GUI thread; "Importer" writes exactly the roster that was previewed, and only
while every input is still the one of the preview. Problems the organiser can fix are one sentence on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.domain.dates import long_date
from kiosk.domain.errors import KioskError
from kiosk.domain.events import EventInfo, SlotInfo, get_event, list_slots
from kiosk.domain.registration import SchoolInput
from kiosk.domain.roster_import import ImportOptions, ImportReport, RosterProblemsError, import_roster
from kiosk.domain.rosters import ParsedRoster, parse_roster_file
from kiosk.ui.context import KioskContext
from kiosk.ui.models.import_model import ImportNamesModel, ImportPreviewModel
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.imports_view import ImportView
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.roster_form_controller import RosterFormController


@dataclass(frozen=True)
class Inputs:
    """Everything the organiser chose on the screen; a preview holds for these inputs only."""

    file: Path | None
    school: str
    city: str
    postcode: str
    day: dt.date | None
    slot_id: int | None
    class_label: str
    teacher: str
    phone: str

    def options(self) -> ImportOptions:
        return ImportOptions(SchoolInput(self.school, self.city, self.postcode), self.class_label or None,
                             self.teacher, self.phone, self.day, self.slot_id)


@dataclass(frozen=True)
class Previewed:
    inputs: Inputs
    parsed: ParsedRoster  # imported as previewed, even if the file changes or the stick is pulled out
    report: ImportReport


class ImportController(RosterFormController[ImportView]):
    def __init__(self, key: Screen[None], view: ImportView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.model = ImportPreviewModel()
        view.table.use(self.model)
        self.names = ImportNamesModel()
        view.names.use(self.names)
        self.problem: Inputs | None = None  # the inputs a problem was told for: changing one clears it
        self.previewed: Previewed | None = None
        self.imported_group: int | None = None  # the first class of the last import, for its badges
        self.days: tuple[dt.date, ...] = ()
        self.slots: list[SlotInfo] = []
        self.message: Callable[[], str] = str  # the message line, re-read on a language switch
        self.schools.picked.connect(view.day.setFocus)
        view.day.currentIndexChanged.connect(self._fill_slots)
        view.slot.currentIndexChanged.connect(self.changed)
        view.preview_button.clicked.connect(self.preview)
        view.import_button.clicked.connect(self.write)
        view.back.clicked.connect(lambda: nav.open(Screen.ORGANISER))
        view.badges.clicked.connect(lambda: nav.open(Screen.DOCUMENTS, self.imported_group))

    # ---- opening and choosing ------------------------------------------------------------------------------
    def open(self, payload: None) -> None:
        self.file, self.previewed, self.busy = None, None, False
        self.days, self.slots = (), []
        self.view.day.clear()  # filled again from the database, slots too
        self.clear_inputs()
        self._show_report(None)
        self.view.badges.hide()
        self._say(str)
        db = self.context.db
        self.run(lambda: (get_event(db), list_slots(db)), self._calendar, self._failed)

    def _calendar(self, found: tuple[EventInfo, list[SlotInfo]]) -> None:
        event, self.slots = found
        self.days = event.days
        combo, lang = self.view.day, self.context.translations.language
        combo.clear()
        for day in self.days:
            combo.addItem(long_date(day, lang))
        if self.days:
            combo.setCurrentIndex(self.days.index(event.working_day()))

    def _fill_slots(self) -> None:
        day, combo = self.inputs().day, self.view.slot
        combo.clear()
        combo.addItem(self.tr("Sans créneau"), None)
        for slot in self.slots:
            if slot.day == day:
                combo.addItem(slot.label, slot.id)
        self.changed()

    def inputs(self) -> Inputs:
        v = self.view
        index, slot = v.day.currentIndex(), v.slot.currentData()
        return Inputs(self.file, v.school.text(), v.city.text(), v.postcode.text(),
                      self.days[index] if 0 <= index < len(self.days) else None,
                      slot if isinstance(slot, int) else None, v.class_label.text(), v.teacher.text(), v.phone.text())

    def changed(self) -> None:
        """Any input changed: a preview made of other inputs no longer allows the import, and a problem told
        for other inputs is gone (the next preview tells what is still wrong)."""
        if self.previewed is not None and self.previewed.inputs != self.inputs():
            self.previewed = None
            self._show_report(None)
            self._say(lambda: self.tr("Les choix ont changé : refaites l'aperçu avant d'importer."))
        elif self.problem is not None and self.problem != self.inputs():
            self._say(str)
        self.refresh()

    def _show_report(self, report: ImportReport | None) -> None:
        self.model.set_report(report)
        self.names.set_report(report)

    # ---- preview and import --------------------------------------------------------------------------------
    def preview(self) -> None:
        """A dry run of the very import "Importer" will do, off the GUI thread."""
        inputs = self.inputs()
        file = inputs.file
        if file is None:
            self._failed(KioskError("Choisissez d'abord le fichier à importer.", "Choose the file to import first."))
            return
        db, options = self.context.db, inputs.options()

        def work() -> Previewed:
            parsed = parse_roster_file(file)
            return Previewed(inputs, parsed, import_roster(db, parsed, options, dry_run=True))

        self._show_report(None)
        self.view.badges.hide()
        self._say(lambda: self.tr("Lecture du fichier…"))
        self.run(work, self._previewed, self._failed)

    def _previewed(self, previewed: Previewed) -> None:
        if previewed.inputs != self.inputs():
            self._say(lambda: self.tr("Les choix ont changé : refaites l'aperçu avant d'importer."))
        else:
            report = previewed.report
            self.previewed = previewed
            self._show_report(report)
            self._say(lambda: self.say(report.summary()), "good" if report.new_count else "bad")
        self.refresh()

    def write(self) -> None:
        previewed = self.previewed
        if previewed is None or previewed.inputs != self.inputs() or self.busy:
            return
        db, options, actor = self.context.db, previewed.inputs.options(), self.context.settings.station
        self._say(lambda: self.tr("Importation en cours…"))
        self.run(lambda: import_roster(db, previewed.parsed, options, actor=actor), self._written, self._failed)

    def _written(self, report: ImportReport) -> None:
        self.previewed = None
        self.imported_group = next((plan.group_id for plan in report.classes if plan.group_id), None)
        self._show_report(report)
        self._say(lambda: self.say(report.summary()), "good")
        self.view.badges.show()
        self.refresh()

    # ---- state ---------------------------------------------------------------------------------------------
    def show_busy(self, busy: bool) -> None:
        self.refresh()

    def _failed(self, error: KioskError) -> None:
        """A problem the organiser can fix: its one sentence on the screen, and a new preview needed; a file
        refused for its lines lists every one of them in the names table (the sentence names the first)."""
        self.previewed = None
        if isinstance(error, RosterProblemsError):
            self.model.set_report(None)
            self.names.set_problems(error.problems)
        self.tell_problem(error)
        self.refresh()

    def tell_problem(self, error: KioskError) -> None:
        self._say(lambda: self.say(error), "bad")
        self.problem = self.inputs()

    def _say(self, text: Callable[[], str], tone: str = "") -> None:
        self.problem = None
        self.message = text
        self.view.message.setText(text())
        self.view.set_tone(tone)

    def retranslate(self) -> None:
        """The day names, "no slot", the message line and both tables in the new language (not at every key
        typed: rebuilding the tables would also lose where the names list was scrolled to)."""
        view, lang = self.view, self.context.translations.language
        for index, day in enumerate(self.days[:view.day.count()]):
            view.day.setItemText(index, long_date(day, lang))
        if view.slot.count():
            view.slot.setItemText(0, self.tr("Sans créneau"))
        view.message.setText(self.message())
        self.model.retranslate()
        self.names.retranslate()
        self.refresh()

    def refresh(self) -> None:
        view, previewed = self.view, self.previewed
        view.file_name.setText(self.file.name if self.file else self.tr("Aucun fichier choisi (CSV ou Excel)"))
        ready = previewed is not None and previewed.inputs == self.inputs() and previewed.report.new_count > 0
        view.import_button.setEnabled(ready and not self.busy)
        for part in (view.preview_button, view.file_button):
            part.setEnabled(not self.busy)
