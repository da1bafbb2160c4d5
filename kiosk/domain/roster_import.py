"""Roster import, writing half: parsed rosters become classes and people, all or nothing.

The same planning serves the preview (`dry_run`) and the real import, so what the organiser approved is
what gets written. Someone already registered in the class under the same name is skipped and reported;
namesakes inside the file are both imported and flagged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain import audit
from kiosk.domain.counts import PEOPLE, counted, fr_form
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.events import check_event_day, get_event
from kiosk.domain.kinds import PersonKind
from kiosk.domain.models import Group, Person, School
from kiosk.domain.registration import (
    GroupInput,
    PersonSpec,
    SchoolInput,
    insert_people,
    new_group,
    school_identity,
    teacher_spec,
)
from kiosk.domain.rosters import LineProblem, ParsedRoster, RosterEntry
from kiosk.domain.text import clean_text, fold

_SHOWN_PROBLEMS = 5  # in the sentence; `RosterProblemsError.problems` has every one, for a screen to list


class RosterProblemsError(KioskError):
    """Nothing imported: the sentence names the first lines to fix, `problems` has every one of them."""

    def __init__(self, fr: str, en: str, problems: list[LineProblem]) -> None:
        super().__init__(fr, en)
        self.problems = problems


@dataclass(frozen=True)
class ImportOptions:
    """What the file does not say: the school, and for a one-class file its class, teacher and day."""

    school: SchoolInput
    class_label: str | None = None
    teacher: str = ""
    phone: str = ""
    day: dt.date | None = None
    slot_id: int | None = None


@dataclass
class ClassPlan:
    label: str
    group_id: int | None
    new: list[RosterEntry] = field(default_factory=list)
    already: list[RosterEntry] = field(default_factory=list)
    duplicates: list[tuple[RosterEntry, RosterEntry]] = field(default_factory=list)


@dataclass(frozen=True)
class ImportReport:
    source: str
    classes: list[ClassPlan]
    dry_run: bool

    @property
    def new_count(self) -> int:
        return sum(len(c.new) for c in self.classes)

    @property
    def skipped_count(self) -> int:
        return sum(len(c.already) for c in self.classes)

    def summary(self) -> Msg:
        """The last line of a preview or an import, as the command line and the kiosk both show it."""
        people, n = counted(self.new_count, *PEOPLE), self.new_count
        if self.dry_run:
            return Msg(f"Aperçu : {people.fr} {fr_form(n, 'serait inscrite', 'seraient inscrites')}. "
                       "Rien n'a été écrit.",
                       f"Preview: {people.en} would be registered. Nothing was written.")
        return Msg(f"Importation terminée : {people.fr} {fr_form(n, 'inscrite', 'inscrites')} depuis {self.source}.",
                   f"Import finished: {people.en} registered from {self.source}.")


def import_roster(db: Database, parsed: ParsedRoster, options: ImportOptions, *, dry_run: bool = False,
                  actor: str = "") -> ImportReport:
    """Check the roster, then (unless `dry_run`) write every class and person in one transaction."""
    _refuse_problems(parsed)
    if options.day is not None:
        check_event_day(get_event(db).days, options.day)
    by_class = _split_by_class(parsed, options)
    with db.transaction(write=not dry_run) as session:
        plans = [_plan(session, options, label, entries) for label, entries in by_class.items()]
        if not dry_run:
            for plan in plans:
                _write(session, options, plan, actor)
    return ImportReport(parsed.source, plans, dry_run)


def _refuse_problems(parsed: ParsedRoster) -> None:
    if parsed.ok:
        return
    shown = parsed.problems[:_SHOWN_PROBLEMS]
    more_fr = f" (et {len(parsed.problems) - len(shown)} autres)" if len(parsed.problems) > len(shown) else ""
    more_en = f" (and {len(parsed.problems) - len(shown)} more)" if len(parsed.problems) > len(shown) else ""
    raise RosterProblemsError(
        f"Rien n'a été importé : corrigez {parsed.source} puis recommencez. "
        + " ".join(p.msg.fr for p in shown) + more_fr,
        f"Nothing was imported: fix {parsed.source} and try again. " + " ".join(p.msg.en for p in shown) + more_en,
        parsed.problems)


def _split_by_class(parsed: ParsedRoster, options: ImportOptions) -> dict[str, list[RosterEntry]]:
    by_class: dict[str, list[RosterEntry]] = {}
    for entry in parsed.entries:
        label = clean_text(entry.class_label or options.class_label or "")
        if not label:
            raise KioskError("Indiquez la classe : le fichier n'a pas de colonne « Classe ».",
                             "Give the class: the file has no 'Class' column.")
        by_class.setdefault(label, []).append(entry)
    return by_class


def _existing_group(session: Session, options: ImportOptions, label: str) -> Group | None:
    _, key, postcode = school_identity(options.school)
    query = select(Group).join(School).where(School.name_key == key, School.postcode == postcode)
    query = query.where(Group.day.is_(None) if options.day is None else Group.day == options.day)
    return next((g for g in session.scalars(query) if fold(g.label) == fold(label)), None)


def _plan(session: Session, options: ImportOptions, label: str, entries: list[RosterEntry]) -> ClassPlan:
    group = _existing_group(session, options, label)
    registered: set[tuple[str, str]] = set()
    if group is not None:
        rows = session.execute(select(Person.first_name, Person.last_name).where(Person.group_id == group.id))
        registered = {(fold(first), fold(last)) for first, last in rows}
    plan = ClassPlan(label, group.id if group else None)
    seen: dict[tuple[str, str], RosterEntry] = {}
    for entry in entries:
        key = (fold(entry.first_name), fold(entry.last_name))
        if key in registered:
            plan.already.append(entry)
            continue
        if key in seen:
            plan.duplicates.append((seen[key], entry))
        seen.setdefault(key, entry)
        plan.new.append(entry)
    return plan


def _write(session: Session, options: ImportOptions, plan: ClassPlan, actor: str) -> None:
    teacher_entry = next((e for e in plan.new if e.kind is PersonKind.TEACHER), None)
    teacher_name = clean_text(options.teacher) or (
        f"{teacher_entry.first_name} {teacher_entry.last_name}" if teacher_entry else "")
    pupils = sum(1 for e in plan.new if e.kind is PersonKind.PUPIL)
    if plan.group_id is None:
        group = new_group(session, GroupInput(options.school, plan.label, options.day, options.slot_id,
                                              teacher_name, options.phone, pupils), actor)
        plan.group_id = group.id
    else:
        group = session.get_one(Group, plan.group_id)
        group.expected = (group.expected or 0) + pupils
    specs = [PersonSpec(e.kind, e.first_name, e.last_name, group) for e in plan.new]
    if teacher_entry is None and options.teacher:
        specs += teacher_spec(options.teacher, group)
    ids = insert_people(session, specs)
    audit.record(session, actor, "import", "group", group.id, [f"people:{len(ids)}"])

