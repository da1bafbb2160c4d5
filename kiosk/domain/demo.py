"""Realistic French demo data: a 4-day industry fair in Paris, school classes with their teachers, visitors.

`kiosk-admin demo`, `make run` and the benchmarks load it, so it must look like a real fair (accented and
hyphenated names, classes of one school arriving together, every kind of visitor) and load fast: 4,000 classes
and 100,000 people go in with one transaction per 100 classes and one INSERT per batch through
`insert_people`, the same checks, badge codes and search terms as every other way of registering people.
The names are deterministic for a seed (`random.Random(seed)`); badge codes stay random, as they must.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from sqlalchemy import select

from kiosk.domain import audit
from kiosk.domain import demo_data as data
from kiosk.domain.clock import local_day, utc_now
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.domain.events import SlotInfo, add_slot, create_event, get_event, list_slots
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.models import Event, School
from kiosk.domain.new_people import PersonSpec, insert_people
from kiosk.domain.registration import GroupInput, SchoolInput, new_group
from kiosk.domain.text import fold

T = TypeVar("T")
Progress = Callable[[int, int], None]

ACTOR = "demo"
EVENT_NAME = "Salon des métiers de l'industrie {year}"
VENUE = "Paris Expo – Porte de Versailles, Hall 7"
TIMEZONE = "Europe/Paris"
EVENT_DAYS = 4
OPENS, CLOSES = dt.time(9), dt.time(18)
SLOT_TIMES = ((dt.time(9), dt.time(11)), (dt.time(11), dt.time(13)),
              (dt.time(13, 30), dt.time(15, 30)), (dt.time(15, 30), dt.time(17, 30)))
SLOT_CAPACITY = 600
"""Pupils per slot, as a hall takes them; a bigger demo gets bigger slots so that its classes still fit."""
MIN_PUPILS, MODE_PUPILS, MAX_PUPILS = 18, 26, 30
CLASSES_PER_SCHOOL = ((1, 2), (2, 4), (3, 3), (4, 1))
"""(classes, weight): a school usually books two or three classes together, on one coach."""
COMPANIONS = (0, 1, 1, 2)
FEMALE_SHARE = 0.6
NOTE_SHARE = 0.12
NAMESAKE_SHARE = 1 / 200
"""Classes with two pupils of the same name (two "Léa Martin"): rare, but the roster must show them."""
FICTION_MOBILE = "06 39 98"
"""The mobile range ARCEP sets aside for fiction: a demo never shows a real person's number."""
VISITOR_WEIGHTS = ((VisitorCategory.GENERAL_PUBLIC, 60), (VisitorCategory.PROFESSIONAL, 20),
                   (VisitorCategory.EXHIBITOR, 10), (VisitorCategory.PRESS, 3), (VisitorCategory.STAFF, 7))
ORGANISATIONS = {VisitorCategory.PROFESSIONAL: data.PROFESSIONAL_ORGANISATIONS,
                 VisitorCategory.EXHIBITOR: data.EXHIBITORS, VisitorCategory.PRESS: data.PRESS,
                 VisitorCategory.STAFF: data.STAFF_TEAMS}
GROUPS_PER_BATCH = 100
VISITORS_PER_BATCH = 2_000

_LAST_NAMES = data.COMMON_LAST_NAMES + data.LAST_NAMES
_LAST_NAME_COUNTS = [2] * len(data.COMMON_LAST_NAMES) + [1] * len(data.LAST_NAMES)
_CITIES_BY_DEPARTEMENT = {dep: [c for c in data.CITIES if c[1][:2] == dep] for dep in data.DEPARTEMENT_WEIGHTS}


@dataclass(frozen=True)
class DemoSummary:
    groups: int
    pupils: int
    adults: int
    visitors: int
    event_created: bool


@dataclass(frozen=True)
class _ClassPlan:
    group: GroupInput
    members: tuple[PersonSpec, ...]


def load_demo(db: Database, *, groups: int = 120, visitors: int = 400, seed: int = 1,
              first_day: dt.date | None = None, progress: Progress | None = None) -> DemoSummary:
    """Add `groups` school classes and `visitors` individual visitors to the event, creating it if need be.

    A new event is the fair: 4 days from `first_day` (default: today in Paris, so the demo can be scanned at
    once), 9:00–18:00, four slots a day. An existing event keeps its days; days without slots get those four.
    Each class is 18–30 pupils of one school with its lead teacher (a TEACHER badge, and the class's teacher
    name and phone) and 0–2 companions; its expected count is the pupils only, as bookings and roster imports
    count them and as slot capacities are. `progress(done, total)` counts people written, after each batch.
    """
    if groups < 0 or visitors < 0:
        raise KioskError("Le nombre de classes et de visiteurs ne peut pas être négatif.",
                         "The number of classes and visitors cannot be negative.")
    event_created = _ensure_event(db, first_day)
    slots = _ensure_slots(db, groups)
    rng = random.Random(seed)
    plans = _plan_classes(rng, groups, slots, _known_schools(db))
    guests = _plan_visitors(rng, visitors)
    total = sum(len(plan.members) for plan in plans) + len(guests)
    done = 0
    for batch in _chunks(plans, GROUPS_PER_BATCH):
        done += _write_classes(db, batch)
        _report(progress, done, total)
    for people in _chunks(guests, VISITORS_PER_BATCH):
        done += _write_visitors(db, people)
        _report(progress, done, total)
    pupils = sum(plan.group.expected or 0 for plan in plans)
    return DemoSummary(len(plans), pupils, total - len(guests) - pupils, len(guests), event_created)


# --- the event ---------------------------------------------------------------------------------------

def _ensure_event(db: Database, first_day: dt.date | None) -> bool:
    """Create the fair unless the database already holds an event (the demo then adds to that one)."""
    with db.transaction(write=False) as session:
        if session.scalar(select(Event.id).limit(1)) is not None:
            return False
    first = first_day or local_day(utc_now(), TIMEZONE)
    create_event(db, EVENT_NAME.format(year=first.year), VENUE, first, first + dt.timedelta(days=EVENT_DAYS - 1),
                 opens=OPENS, closes=CLOSES, timezone=TIMEZONE)
    return True


def _ensure_slots(db: Database, groups: int) -> list[SlotInfo]:
    """The event's slots, after giving the standard four to every day that has none."""
    event = get_event(db)
    slots = list_slots(db)
    covered = {slot.day for slot in slots}
    needed = groups * MAX_PUPILS / max(1, len(event.days) * len(SLOT_TIMES))
    capacity = max(SLOT_CAPACITY, math.ceil(needed / 50) * 50)
    slots += [add_slot(db, day, starts, ends, capacity)
              for day in event.days if day not in covered for starts, ends in SLOT_TIMES]
    return sorted(slots, key=lambda slot: (slot.day, slot.starts))


def _known_schools(db: Database) -> set[tuple[str, str]]:
    """Schools already in the database, so that a second demo brings new ones rather than a second "4e B"."""
    with db.transaction(write=False) as session:
        return {(key, postcode) for key, postcode in session.execute(select(School.name_key, School.postcode))}


# --- planning: pure and deterministic for a seed ------------------------------------------------------

def _plan_classes(rng: random.Random, count: int, slots: list[SlotInfo],
                  taken: set[tuple[str, str]]) -> list[_ClassPlan]:
    """Classes school by school; each school's classes share the least busy slot so far (one coach).

    A small demo caps classes per school at a fifth of the total, so that it still has five schools or more
    (and with them five départements: `_schools` visits every département before coming back to one).
    """
    levels = _quota(rng, count, data.LEVEL_WEIGHTS)
    load = dict.fromkeys((slot.id for slot in slots), 0)
    schools = _schools(rng, taken)
    most = max(1, count // 5)
    plans: list[_ClassPlan] = []
    while len(plans) < count:
        size = min(_weighted(rng, CLASSES_PER_SCHOOL), most, count - len(plans))
        school = next(schools)
        slot = min(slots, key=lambda s: (load[s.id], rng.random()))
        for label in _class_labels(rng, levels[len(plans):len(plans) + size]):
            plan = _plan_class(rng, school, label, slot)
            load[slot.id] += plan.group.expected or 0
            plans.append(plan)
    return plans


def _schools(rng: random.Random, taken: set[tuple[str, str]]) -> Iterator[SchoolInput]:
    """Schools from every département in turn before any comes back (even a small demo spans the map),
    then the Paris area more often, as at a real Paris fair; never the same school twice if avoidable."""
    while True:
        firsts = list(data.DEPARTEMENT_WEIGHTS)
        extras = [dep for dep, weight in data.DEPARTEMENT_WEIGHTS.items() for _ in range(weight - 1)]
        rng.shuffle(firsts)
        rng.shuffle(extras)
        for departement in firsts + extras:
            yield _new_school(rng, _CITIES_BY_DEPARTEMENT[departement], taken)


def _new_school(rng: random.Random, cities: Sequence[tuple[str, str]], taken: set[tuple[str, str]]) -> SchoolInput:
    for _ in range(50):
        name = rng.choice(data.COLLEGE_NAMES)
        city, postcode = rng.choice(cities)
        key = (fold(name)[:60], postcode)
        if key not in taken:
            break
    taken.add(key)
    return SchoolInput(name, city, postcode)


def _class_labels(rng: random.Random, levels: Sequence[str]) -> list[str]:
    """Labels in the school's own habit ("4e B", "3e 2", "4ème C"), never twice the same in one school."""
    pool = data.CLASS_SUFFIXES_LETTERS if rng.random() < 0.6 else data.CLASS_SUFFIXES_DIGITS
    spelling = 0 if rng.random() < 0.8 else 1
    labels: list[str] = []
    for level in sorted(set(levels), key=levels.index):
        suffixes = sorted(rng.sample(pool, levels.count(level)))
        labels += [f"{data.LEVEL_SPELLINGS[level][spelling]} {suffix}" for suffix in suffixes]
    return labels


def _plan_class(rng: random.Random, school: SchoolInput, label: str, slot: SlotInfo) -> _ClassPlan:
    pupils = round(rng.triangular(MIN_PUPILS, MAX_PUPILS, MODE_PUPILS))
    title, first, last = _adult(rng)
    adults = [PersonSpec(PersonKind.TEACHER, first, last)]
    adults += [PersonSpec(PersonKind.COMPANION, *_adult(rng)[1:]) for _ in range(rng.choice(COMPANIONS))]
    children = [PersonSpec(PersonKind.PUPIL, f, n) for f, n in _pupil_names(rng, pupils)]
    notes = rng.choice(data.GROUP_NOTES) if rng.random() < NOTE_SHARE else ""
    group = GroupInput(school, label, slot.day, slot.id, f"{title} {first} {last}", _phone(rng), pupils, notes)
    return _ClassPlan(group, tuple(adults + children))


def _pupil_names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """First names never repeat within a class; frequent surnames may, as in life (Martin, Nguyen…)."""
    firsts = rng.sample(data.PUPIL_FIRST_NAMES, count)
    lasts = rng.sample(_LAST_NAMES, count, counts=_LAST_NAME_COUNTS)
    if rng.random() < NAMESAKE_SHARE:
        firsts[1], lasts[1] = firsts[0], lasts[0]
    return list(zip(firsts, lasts, strict=True))


def _adult(rng: random.Random) -> tuple[str, str, str]:
    """(title, first name, last name) of a teacher, companion or adult visitor."""
    if rng.random() < FEMALE_SHARE:
        return "Mme", rng.choice(data.ADULT_FIRST_NAMES_F), rng.choice(_LAST_NAMES)
    return "M.", rng.choice(data.ADULT_FIRST_NAMES_M), rng.choice(_LAST_NAMES)


def _phone(rng: random.Random) -> str:
    return f"{FICTION_MOBILE} {rng.randrange(100):02d} {rng.randrange(100):02d}"


def _plan_visitors(rng: random.Random, count: int) -> list[PersonSpec]:
    return [_visitor(rng, category) for category in _quota(rng, count, VISITOR_WEIGHTS)]


def _visitor(rng: random.Random, category: VisitorCategory) -> PersonSpec:
    """An adult with the organisation their category calls for; a quarter of the public are teenagers."""
    _, first, last = _adult(rng)
    if category is VisitorCategory.GENERAL_PUBLIC and rng.random() < 0.25:
        first = rng.choice(data.PUPIL_FIRST_NAMES)
    organisations = ORGANISATIONS.get(category)
    organisation = rng.choice(organisations) if organisations else ""
    return PersonSpec(PersonKind.VISITOR, first, last, category=category, organisation=organisation,
                      postcode=rng.choice(data.CITIES)[1])


def _quota(rng: random.Random, count: int, weights: Sequence[tuple[T, float]]) -> list[T]:
    """`count` values in proportion to their weights, each at least once when `count` allows, shuffled.

    Quotas (largest remainder) rather than independent draws, so that even a small demo shows every level
    and every visitor category, and a big one has exactly the intended shares.
    """
    base = 1 if count >= len(weights) else 0
    rest = count - base * len(weights)
    total = sum(weight for _, weight in weights)
    exact = [rest * weight / total for _, weight in weights]
    counts = [base + int(share) for share in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    for i in by_remainder[:count - sum(counts)]:
        counts[i] += 1
    values = [value for (value, _), n in zip(weights, counts, strict=True) for _ in range(n)]
    rng.shuffle(values)
    return values


def _weighted(rng: random.Random, choices: Sequence[tuple[T, float]]) -> T:
    return rng.choices([value for value, _ in choices], [weight for _, weight in choices])[0]


# --- writing: one transaction per batch --------------------------------------------------------------

def _write_classes(db: Database, plans: Sequence[_ClassPlan]) -> int:
    """A batch of classes and all their members in one transaction: one commit, not one per person."""
    with db.transaction() as session:
        specs: list[PersonSpec] = []
        for plan in plans:
            group = new_group(session, plan.group, ACTOR)
            specs += [replace(member, group=group) for member in plan.members]
        ids = insert_people(session, specs)
        audit.record(session, ACTOR, "demo", "person", None, [f"people:{len(ids)}"])
    return len(ids)


def _write_visitors(db: Database, people: Sequence[PersonSpec]) -> int:
    with db.transaction() as session:
        ids = insert_people(session, list(people))
        audit.record(session, ACTOR, "demo", "person", None, [f"people:{len(ids)}"])
    return len(ids)


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
