"""The demo data: what an organiser sees after `kiosk-admin demo`, and that it loads fast enough."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest
from sample_event import EVENT_DAYS, FIRST_DAY, PARIS
from sqlalchemy import func, select

from kiosk.domain.database import Database, open_database
from kiosk.domain.demo import DemoSummary, load_demo
from kiosk.domain.directory import list_groups, list_people, roster
from kiosk.domain.errors import KioskError
from kiosk.domain.events import get_event, list_slots
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.models import Event, Person
from kiosk.domain.search import search_people
from kiosk.domain.text import words

PHONE = re.compile(r"^0[67]( \d\d){4}$")


def load_small(db: Database, seed: int = 1, first_day: dt.date | None = FIRST_DAY) -> DemoSummary:
    """12 classes and 60 visitors: every case shows up, and each test stays well under a second."""
    return load_demo(db, groups=12, visitors=60, seed=seed, first_day=first_day)


@pytest.fixture
def demo_db(db: Database) -> Database:
    load_small(db)
    return db


def sqlite_db(tmp_path: Path, name: str) -> Database:
    return open_database(f"sqlite:///{tmp_path / name}")


def names(db: Database) -> list[tuple[str, str, str, str, str]]:
    """Everyone in registration order, as the roster would show them."""
    people = sorted(list_people(db), key=lambda p: p.id)
    return [(p.kind.value, p.first_name, p.last_name, p.school or p.organisation, p.class_label) for p in people]


def test_the_demo_creates_a_four_day_fair_with_slots(db: Database) -> None:
    summary = load_small(db)
    event = get_event(db)
    assert summary.event_created
    assert event.name.startswith("Salon des métiers de l'industrie")
    assert "Paris" in event.venue
    assert event.days == EVENT_DAYS
    slots = list_slots(db)
    assert {slot.day for slot in slots} == set(EVENT_DAYS)
    assert [slot.label for slot in slots if slot.day == FIRST_DAY] == [
        "09:00–11:00", "11:00–13:00", "13:30–15:30", "15:30–17:30"]
    assert all(slot.capacity > 0 for slot in slots)


def test_the_default_first_day_is_today_in_paris(db: Database) -> None:
    load_demo(db, groups=1, visitors=0)
    today = dt.datetime.now(PARIS).date()
    assert get_event(db).days == tuple(today + dt.timedelta(days=i) for i in range(4))


def test_the_summary_counts_what_was_registered(db: Database) -> None:
    summary = load_small(db)
    people = list_people(db)
    pupils = sum(p.kind is PersonKind.PUPIL for p in people)
    adults = sum(p.kind in (PersonKind.TEACHER, PersonKind.COMPANION) for p in people)
    visitors = sum(p.kind is PersonKind.VISITOR for p in people)
    assert summary == DemoSummary(len(list_groups(db)), pupils, adults, visitors, True)
    assert (summary.groups, summary.visitors) == (12, 60)
    assert pupils >= 12 * 18 and adults >= 12


def test_each_class_is_a_real_class_with_its_teacher(demo_db: Database) -> None:
    for group in list_groups(demo_db):
        members = roster(demo_db, group.id)
        pupils = [m for m in members if m.kind is PersonKind.PUPIL]
        teachers = [m for m in members if m.kind is PersonKind.TEACHER]
        companions = [m for m in members if m.kind is PersonKind.COMPANION]
        assert 18 <= len(pupils) <= 30
        assert group.expected == len(pupils)
        assert len(teachers) == 1 and len(companions) <= 2
        assert group.teacher_name in (f"Mme {teachers[0].full_name}", f"M. {teachers[0].full_name}")
        assert PHONE.match(group.teacher_phone)
        assert group.day in EVENT_DAYS and group.slot
        assert len({m.first_name for m in pupils}) >= len(pupils) - 1


def test_classes_go_from_6e_to_3e_and_schools_come_from_several_departements(demo_db: Database) -> None:
    groups = list_groups(demo_db)
    assert {g.level for g in groups} == {"6e", "5e", "4e", "3e"}
    assert sum(g.level in ("4e", "3e") for g in groups) > len(groups) / 2
    assert len({g.postcode[:2] for g in groups}) >= 5
    assert all(re.fullmatch(r"\d{5}", g.postcode) and g.city for g in groups)
    assert len({(g.school, g.postcode, g.label) for g in groups}) == len(groups)


def test_names_are_french_with_accents_hyphens_and_apostrophes(demo_db: Database) -> None:
    full_names = [f"{p.first_name} {p.last_name}" for p in list_people(demo_db)]
    assert any(re.search("[éèêëàâîïôöûüùçÉÈ]", name) for name in full_names)
    assert any("-" in name for name in full_names)
    assert any("'" in name for name in full_names)
    assert any(re.search(r" (?:Le|de|Da|Ben|El) ", name) for name in full_names)


def test_every_visitor_category_appears_with_a_postcode(demo_db: Database) -> None:
    visitors = [p for p in list_people(demo_db) if p.kind is PersonKind.VISITOR]
    assert {v.category for v in visitors} == set(VisitorCategory)
    assert all(re.fullmatch(r"\d{5}", v.postcode) for v in visitors)
    assert all(v.organisation for v in visitors if v.category is not VisitorCategory.GENERAL_PUBLIC)
    public = [v for v in visitors if v.category is VisitorCategory.GENERAL_PUBLIC]
    assert len(public) > len(visitors) / 2


def test_every_person_has_a_unique_badge_code(demo_db: Database) -> None:
    codes = [p.code for p in list_people(demo_db)]
    assert all(code.startswith("B1") for code in codes)
    assert len(set(codes)) == len(codes)
    assert len({g.code for g in list_groups(demo_db)}) == 12


def test_searching_lefe_finds_the_lefevres_and_lefebvres(demo_db: Database) -> None:
    people = list_people(demo_db)
    named = {p.id for p in people if any(w.startswith("lefe") for w in words(p.last_name))}
    found = search_people(demo_db, "lefe", limit=200)
    assert named
    assert named <= {p.id for p in found}
    assert {p.last_name for p in found if p.id in named} & {"Lefèvre", "Lefebvre", "Dubois-Lefèvre"}


def test_the_same_seed_gives_the_same_people_and_another_seed_others(db: Database, tmp_path: Path) -> None:
    again, other = sqlite_db(tmp_path, "again.sqlite3"), sqlite_db(tmp_path, "other.sqlite3")
    try:
        for database, seed in ((db, 7), (again, 7), (other, 8)):
            load_small(database, seed)
        assert names(db) == names(again)
        assert names(db) != names(other)
        assert [g.code for g in list_groups(db)] != [g.code for g in list_groups(again)]
    finally:
        again.close()
        other.close()


def test_a_second_demo_adds_new_schools_to_the_same_event(demo_db: Database) -> None:
    before = get_event(demo_db)
    summary = load_small(demo_db, first_day=None)
    assert not summary.event_created
    assert get_event(demo_db).days == before.days
    assert len(list_slots(demo_db)) == 16
    groups = list_groups(demo_db)
    assert len(groups) == 24
    assert len({(g.school, g.postcode, g.label) for g in groups}) == 24
    with demo_db.transaction(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 1


def test_an_event_made_with_init_keeps_its_days_and_gets_slots(event_db: Database) -> None:
    summary = load_small(event_db, first_day=dt.date(2030, 1, 1))
    assert not summary.event_created
    assert get_event(event_db).days == EVENT_DAYS
    assert {g.day for g in list_groups(event_db)} <= set(EVENT_DAYS)
    assert len(list_slots(event_db)) == 4 * len(EVENT_DAYS)


def test_progress_is_reported_after_each_batch(db: Database) -> None:
    calls: list[tuple[int, int]] = []
    summary = load_demo(db, groups=150, visitors=10, first_day=FIRST_DAY,
                        progress=lambda done, total: calls.append((done, total)))
    total = summary.pupils + summary.adults + summary.visitors
    assert len(calls) == 3
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (total, total)


def test_an_empty_demo_only_makes_the_event_and_negative_counts_are_refused(db: Database) -> None:
    assert load_demo(db, groups=0, visitors=0, first_day=FIRST_DAY) == DemoSummary(0, 0, 0, 0, True)
    with pytest.raises(KioskError):
        load_demo(db, groups=-1)


def test_400_classes_load_quickly_on_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Prints the time (never asserts it): a benchmark's 4,000 classes take about ten times as long."""
    database = sqlite_db(tmp_path, "speed.sqlite3")
    try:
        started = time.perf_counter()
        summary = load_demo(database, groups=400, visitors=400, first_day=FIRST_DAY)
        elapsed = time.perf_counter() - started
        people = summary.pupils + summary.adults + summary.visitors
        with capsys.disabled():
            print(f"\ndemo: 400 classes, {people} people on SQLite in {elapsed:.2f} s "
                  f"({people / elapsed:,.0f} people/s)")
        with database.transaction(write=False) as session:
            assert session.scalar(select(func.count()).select_from(Person)) == people
        namesakes = sum(any(p.duplicate for p in roster(database, g.id)) for g in list_groups(database))
        assert namesakes <= 400 // 50
    finally:
        database.close()
