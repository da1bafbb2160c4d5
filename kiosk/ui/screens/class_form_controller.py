"""Register a class: behaviour of the form (school suggestions, preview, import, badges).

Names typed, pasted or read from a file (CSV/XLSX, e.g. on a USB stick) are parsed, then previewed with a
dry run of the same import that writes them: how many pupils, namesakes, problems by line. Confirming
imports for real (today if the fair is open today, else its first day) and writes the class's badges as one
PDF, printed on the station's printer if it has one, else opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.domain.badge_list import badges_for
from kiosk.domain.dates import long_date
from kiosk.domain.directory import get_group
from kiosk.domain.errors import KioskError
from kiosk.domain.registration import SchoolInput
from kiosk.domain.roster_import import ImportOptions, ImportReport, import_roster
from kiosk.domain.rosters import ParsedRoster, parse_pasted_text, parse_roster_file
from kiosk.domain.views import GroupView
from kiosk.ui.badge_output import print_on_station, station_badges, where_the_badges_went
from kiosk.ui.context import KioskContext
from kiosk.ui.i18n import current_language
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.class_form_view import ClassFormView
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.roster_form_controller import RosterFormController


@dataclass(frozen=True)
class Registered:
    group: GroupView
    pupils: int
    badges: Path
    printing: str  # "" when printed (or no printer); else the sentence saying what went wrong


class ClassFormController(RosterFormController[ClassFormView]):
    def __init__(self, key: Screen[None], view: ClassFormView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.checked: tuple[object, ...] | None = None  # the inputs the last good preview was made of
        self.last_pdf: Path | None = None
        self.schools.picked.connect(view.class_label.setFocus)
        view.pupils.textChanged.connect(self.changed)
        view.file_clear.clicked.connect(lambda: self.set_file(None))
        view.preview_button.clicked.connect(self.check)
        view.confirm.clicked.connect(self.register)
        view.cancel.clicked.connect(nav.home)
        view.done.home.clicked.connect(nav.home)
        view.done_badges.clicked.connect(self._show_badges)

    # ---- opening and typing -------------------------------------------------------------------------------
    def open(self, payload: None) -> None:
        view = self.view
        self.clear_inputs()
        view.pupils.clear()
        view.preview.hide()
        self.set_file(None)
        self.checked, self.busy = None, False
        view.pages.setCurrentIndex(0)
        self.refresh()

    def changed(self) -> None:
        if self.checked is not None and self.checked != self._inputs():
            self.checked = None
            self.view.preview.hide()
        self.refresh()

    def set_file(self, path: Path | None) -> None:
        view = self.view
        view.file_name.setText(path.name if path else "")
        view.file_clear.setVisible(path is not None)
        view.pupils.setEnabled(path is None)
        super().set_file(path)

    # ---- preview and registration ---------------------------------------------------------------------
    def _inputs(self) -> tuple[object, ...]:
        v = self.view
        return (v.school.text(), v.city.text(), v.postcode.text(), v.class_label.text(), v.teacher.text(),
                v.phone.text(), v.pupils.toPlainText(), self.file)

    def _options(self) -> ImportOptions:
        v = self.view
        if not v.school.text().strip():
            raise KioskError("Indiquez l'établissement.", "Enter the school.")
        if not v.class_label.text().strip():
            raise KioskError("Indiquez la classe (par ex. 4e B).", "Enter the class (e.g. 4e B).")
        return ImportOptions(SchoolInput(v.school.text(), v.city.text(), v.postcode.text()),
                             class_label=v.class_label.text(), teacher=v.teacher.text(), phone=v.phone.text(),
                             day=self.context.desk.event.working_day())

    def _parse(self) -> Callable[[], ParsedRoster]:
        file, text = self.file, self.view.pupils.toPlainText()
        if file is not None:
            return lambda: parse_roster_file(file)
        if not text.strip():
            raise KioskError("Ajoutez les élèves : un par ligne, ou un fichier.",
                             "Add the pupils: one per line, or a file.")
        return lambda: parse_pasted_text(text)

    def check(self) -> None:
        """The preview: a dry run of the very import the confirmation will do."""
        try:
            options, parse = self._options(), self._parse()
        except KioskError as error:
            self._show_problem(self.say(error))
            return
        db, inputs = self.context.db, self._inputs()

        def work() -> tuple[tuple[object, ...], ParsedRoster, ImportReport | None]:
            parsed = parse()
            return inputs, parsed, import_roster(db, parsed, options, dry_run=True) if parsed.ok else None

        self.run(work, self._checked)

    def _checked(self, result: tuple[tuple[object, ...], ParsedRoster, ImportReport | None]) -> None:
        inputs, parsed, report = result
        if report is None:
            self._show_problem("\n".join([self.tr("À corriger avant l'inscription :")]
                                         + [self.say(p.msg) for p in parsed.problems]))
            return
        if len(report.classes) != 1:
            self._show_problem(self.tr("Le fichier contient plusieurs classes : importez-le depuis le mode "
                                       "organisateur, ou gardez une seule classe."))
            return
        plan = report.classes[0]
        lines = [self.tr("%n personne(s) à inscrire dans la classe %1.", "", len(plan.new)).replace("%1", plan.label)]
        if plan.already:
            lines.append(self.tr("Personnes déjà inscrites, ignorées : %1.").replace(
                "%1", ", ".join(f"{e.first_name} {e.last_name}" for e in plan.already)))
        for first, second in plan.duplicates:
            lines.append(self.tr("Homonymes lignes %1 et %2 : %3 (les deux lignes sont gardées, vérifiez).")
                         .replace("%1", str(first.line)).replace("%2", str(second.line))
                         .replace("%3", f"{second.first_name} {second.last_name}"))
        day = self.context.desk.event.working_day()
        lines.append(self.tr("Jour de visite : %1.").replace("%1", long_date(day, current_language())))
        self.checked = inputs if plan.new else None
        self.view.preview.setText("\n".join(lines))
        self.view.set_tone("good" if plan.new else "bad")
        self.view.preview.show()
        self.refresh()

    def register(self) -> None:
        if self.checked is None or self.checked != self._inputs() or self.busy:
            return
        try:
            options, parse = self._options(), self._parse()
        except KioskError as error:
            self._show_problem(self.say(error))
            return
        db, settings = self.context.db, self.context.settings
        lang = self.context.translations.language
        say = self.say

        def work() -> Registered:
            report = import_roster(db, parse(), options, actor=settings.station)
            group_id = report.classes[0].group_id
            assert group_id is not None
            group = get_group(db, group_id)
            path = station_badges(f"badges-classe-{group.id}", badges_for(db, group_id=group.id), settings, lang)
            try:
                print_on_station(path, settings)
            except KioskError as error:  # the class is registered all the same: say it, open the PDF
                return Registered(group, report.new_count, path, say(error))
            return Registered(group, report.new_count, path, "")

        self.run(work, self._registered)

    def _registered(self, done: Registered) -> None:
        self.last_pdf = done.badges
        view = self.view
        view.done.title.setText(self.tr("Classe inscrite : %1").replace(
            "%1", f"{done.group.school} — {done.group.label}"))
        view.done.details.setText(done.printing or where_the_badges_went(self.context.settings, done.group.registered))
        view.pages.setCurrentIndex(1)
        self.refresh()

    def _show_badges(self) -> None:
        if self.last_pdf is not None:
            self.show_pdf(self.view.done.title.text(), self.last_pdf)

    # ---- state ---------------------------------------------------------------------------------------------
    def show_busy(self, busy: bool) -> None:
        self.refresh()

    def _show_problem(self, text: str) -> None:
        self.checked = None
        self.view.preview.setText(text)
        self.view.set_tone("bad")
        self.view.preview.show()
        self.refresh()

    def refresh(self) -> None:
        """The buttons' state: Register only for the inputs of a good preview, nothing twice while busy."""
        view = self.view
        ready = self.checked is not None and self.checked == self._inputs()
        view.confirm.setEnabled(ready and not self.busy)
        view.preview_button.setEnabled(not self.busy)
