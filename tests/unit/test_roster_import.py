"""Importing a roster while other desks register people: planned and prepared without the write lock, written
all or nothing, and never registering twice someone another desk added in the meantime."""

from __future__ import annotations

from helpers import make_class, school
from sample_event import EVENT_DAYS

from kiosk.domain.database import Database
from kiosk.domain.directory import list_groups, roster
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import GroupInput, add_group, add_person
from kiosk.domain.roster_import import ImportOptions, import_roster, plan_import, write_import
from kiosk.domain.rosters import parse_roster_bytes
from kiosk.domain.search import find_people

DAY = EVENT_DAYS[0]
ROSTER = "NOM;Prénom;Classe\r\nMartin;Léa;4e B\r\nPetit;Hugo;4e B\r\nNguyễn;Minh;5e A\r\n".encode()
OPTIONS = ImportOptions(school(), day=DAY)


def test_an_import_registers_every_class_and_pupil_findable_by_name_and_class(event_db: Database) -> None:
    report = import_roster(event_db, parse_roster_bytes(ROSTER, "classes.csv"), OPTIONS)
    assert report.new_count == 3
    classes = {group.label: group for group in list_groups(event_db, DAY)}
    assert set(classes) == {"4e B", "5e A"}
    assert classes["4e B"].expected == 2
    assert {p.last_name for p in roster(event_db, classes["4e B"].id)} == {"Martin", "Petit"}
    assert [p.first_name for p in find_people(event_db, "nguyen 5e").people] == ["Minh"]


def test_a_pupil_registered_at_a_desk_while_the_import_is_prepared_is_not_registered_twice(
        event_db: Database) -> None:
    group, _pupils, _teacher = make_class(event_db, 0, label="4e B", day=DAY, teacher=False)
    planned = plan_import(event_db, parse_roster_bytes(ROSTER, "classes.csv"), OPTIONS)
    add_person(event_db, PersonKind.PUPIL, "Léa", "Martin", group_id=group.id)  # another desk, meanwhile
    report = write_import(event_db, planned)
    assert sorted(p.last_name for p in roster(event_db, group.id)) == ["Martin", "Petit"]
    assert (report.new_count, report.skipped_count) == (2, 1), "the report tells the truth about what was written"


def test_a_class_created_at_a_desk_while_the_import_is_prepared_receives_the_file_s_pupils(
        event_db: Database) -> None:
    planned = plan_import(event_db, parse_roster_bytes(ROSTER, "classes.csv"), OPTIONS)
    created = add_group(event_db, GroupInput(school(), "5e A", day=DAY))  # another desk, meanwhile
    write_import(event_db, planned)
    assert sorted(g.label for g in list_groups(event_db, DAY)) == ["4e B", "5e A"], "no second 5e A"
    assert [p.last_name for p in roster(event_db, created.id)] == ["Nguyễn"]
