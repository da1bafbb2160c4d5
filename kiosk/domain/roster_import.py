"""Roster import, writing half: parsed rosters become classes and people, all or nothing.

The same planning serves the preview (`dry_run`) and the real import, so what the organiser approved is
what gets written. Someone already registered in the class under the same name is skipped and reported;
namesakes inside the file are both imported and flagged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from kiosk.domain import audit
from kiosk.domain.counts import PEOPLE, counted, fr_form
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.events import check_event_day, get_event
from kiosk.domain.kinds import PersonKind
from kiosk.domain.lookup import secret_of
from kiosk.domain.models import Group, Person, School
from kiosk.domain.new_people import NewPerson, PersonSpec, prepare_people, write_people
from kiosk.domain.registration import (
    GroupInput,
    SchoolInput,
    add_groups,
    check_days_and_slots,
    find_school,
    make_group,
    make_school,
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
    planned = plan_import(db, parsed, options)
    return ImportReport(parsed.source, planned.plans, dry_run=True) if dry_run else write_import(db, planned, actor)


@dataclass(frozen=True)
class PlannedImport:
    """A checked roster split into classes, planned against what the database held when it was read."""

    parsed: ParsedRoster
    options: ImportOptions
    by_class: dict[str, list[RosterEntry]]
    seen: _Snapshot
    plans: list[ClassPlan]


def plan_import(db: Database, parsed: ParsedRoster, options: ImportOptions) -> PlannedImport:
    """What importing would do (the preview), read without taking the write lock."""
    _refuse_problems(parsed)
    if options.day is not None:
        check_event_day(get_event(db).days, options.day)
    by_class = _split_by_class(parsed, options)
    with db.transaction(write=False) as session:
        seen = _snapshot(session, options)
    return PlannedImport(parsed, options, by_class, seen, _plans(by_class, seen))


def write_import(db: Database, planned: PlannedImport, actor: str = "") -> ImportReport:
    """Write a planned import, all or nothing.

    Codes and search terms are made before the write lock is taken, so that desks scanning on the same SQLite
    file wait for the rows only. If another desk changed this school's classes since the plan was read, the
    plan is made again under the lock (a pupil registered meanwhile is not registered twice).
    """
    plans, options = planned.plans, planned.options
    work = _prepare(options, plans, planned.seen)
    with db.transaction() as session:
        now = _snapshot(session, options)
        if now.same_as(planned.seen):
            session.expunge_all()  # compared only: the prepared classes hold the first read's school and classes
        else:
            plans = _plans(planned.by_class, now)
            work = _prepare(options, plans, now)
        _write(session, options, work, actor)
    return ImportReport(planned.parsed.source, plans, dry_run=False)


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


@dataclass(frozen=True)
class _KnownClass:
    """A class of this school and day already in the database, with the folded names registered in it."""

    group: Group
    registered: set[tuple[str, str]]


@dataclass(frozen=True)
class _Snapshot:
    """What an import plans against: the school (if registered), its classes for the day, the event's key."""

    school: School | None
    known: dict[str, _KnownClass]
    secret: bytes

    def same_as(self, other: _Snapshot) -> bool:
        def key(snapshot: _Snapshot) -> object:
            return (snapshot.school and snapshot.school.id, snapshot.secret,
                    {label: (k.group.id, k.registered) for label, k in snapshot.known.items()})
        return key(self) == key(other)


@dataclass(frozen=True)
class _ClassWork:
    """One class of the file, ready to write: its class (new, or known) and its new people."""

    plan: ClassPlan
    group: Group
    people: list[NewPerson]


def _snapshot(session: Session, options: ImportOptions) -> _Snapshot:
    """The school's classes for the day by folded label, with their members' names, read once for the file."""
    school = find_school(session, options.school)
    known: dict[str, _KnownClass] = {}
    if school is not None:
        query = select(Group).options(joinedload(Group.school)).where(Group.school_id == school.id)
        query = query.where(Group.day.is_(None) if options.day is None else Group.day == options.day)
        for group in session.scalars(query.order_by(Group.id)):
            known.setdefault(fold(group.label), _KnownClass(group, set()))
    by_id = {entry.group.id: entry for entry in known.values()}
    if by_id:
        names = select(Person.group_id, Person.first_name, Person.last_name).where(Person.group_id.in_(by_id))
        for member_of, first, last in session.execute(names):
            by_id[cast(int, member_of)].registered.add((fold(first), fold(last)))  # in_() leaves no None
    return _Snapshot(school, known, secret_of(session))


def _plans(by_class: dict[str, list[RosterEntry]], seen: _Snapshot) -> list[ClassPlan]:
    return [_plan(label, entries, seen.known) for label, entries in by_class.items()]


def _plan(label: str, entries: list[RosterEntry], known: dict[str, _KnownClass]) -> ClassPlan:
    existing = known.get(fold(label))
    registered = existing.registered if existing else set()
    plan = ClassPlan(label, existing.group.id if existing else None)
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


def _prepare(options: ImportOptions, plans: list[ClassPlan], seen: _Snapshot) -> list[_ClassWork]:
    """Classes to create (one new school at most, shared) and people with their codes, outside any lock."""
    school = seen.school or make_school(options.school)
    work = []
    for plan in plans:
        known = seen.known.get(fold(plan.label))
        group = known.group if known else make_group(
            GroupInput(options.school, plan.label, options.day, options.slot_id, _teacher_name(options, plan),
                       options.phone, _pupils(plan)), school, seen.secret)
        work.append(_ClassWork(plan, group, prepare_people(_specs(options, plan, group), seen.secret)))
    return work


def _write(session: Session, options: ImportOptions, work: list[_ClassWork], actor: str) -> None:
    """Every new class, then every person, each in one statement's worth of rows."""
    check_days_and_slots(session, [GroupInput(options.school, "", options.day, options.slot_id)])
    add_groups(session, [item.group for item in work if item.plan.group_id is None], actor)
    for item in work:
        if item.plan.group_id is None:
            item.plan.group_id = item.group.id
        else:
            group = session.get_one(Group, item.plan.group_id)
            group.expected = (group.expected or 0) + _pupils(item.plan)
    write_people(session, [person for item in work for person in item.people])
    for item in work:
        audit.record(session, actor, "import", "group", item.group.id, [f"people:{len(item.people)}"])


def _teacher_entry(plan: ClassPlan) -> RosterEntry | None:
    return next((e for e in plan.new if e.kind is PersonKind.TEACHER), None)


def _teacher_name(options: ImportOptions, plan: ClassPlan) -> str:
    entry = _teacher_entry(plan)
    return clean_text(options.teacher) or (f"{entry.first_name} {entry.last_name}" if entry else "")


def _pupils(plan: ClassPlan) -> int:
    return sum(1 for e in plan.new if e.kind is PersonKind.PUPIL)


def _specs(options: ImportOptions, plan: ClassPlan, group: Group) -> list[PersonSpec]:
    specs = [PersonSpec(e.kind, e.first_name, e.last_name, group) for e in plan.new]
    if _teacher_entry(plan) is None and options.teacher:
        specs += teacher_spec(options.teacher, group)
    return specs
