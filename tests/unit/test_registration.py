"""Registering classes, pupils, teachers and visitors; fixing, moving and removing them."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from helpers import count_rows, make_class, make_group, make_visitor, school
from sample_event import EVENT_DAYS, MORNING
from sqlalchemy import select

from kiosk.domain.checkin import ScanDesk
from kiosk.domain.database import Database
from kiosk.domain.directory import get_person, roster
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import Direction, PersonKind, ScanResult, VisitorCategory
from kiosk.domain.models import Audit, Group, Person, School
from kiosk.domain.registration import GroupInput, add_group, add_person, edit_person, move_person, remove_person
from kiosk.domain.search import search_people


def test_group_level_comes_from_the_label_and_school_is_reused(event_db: Database) -> None:
    first = make_group(event_db, "4e B", school_input=school("Collège Jean Moulin", "75011"))
    second = make_group(event_db, "3ème A", school_input=school("COLLEGE JEAN MOULIN", "75011"))
    elsewhere = make_group(event_db, "6e 2", school_input=school("Collège Jean Moulin", "69003"))

    assert (first.level, second.level, elsewhere.level) == ("4e", "3e", "6e")
    assert first.label == "4e B"
    assert second.school == "Collège Jean Moulin"  # the same school, under the name it was first given
    assert first.code != second.code
    assert count_rows(event_db, School) == 2  # 75011 once, 69003 once


def test_people_of_each_kind_and_category(event_db: Database) -> None:
    group = make_group(event_db, day=EVENT_DAYS[1])
    pupil = add_person(event_db, PersonKind.PUPIL, "Léa", "Martin", group_id=group.id)
    teacher = add_person(event_db, PersonKind.TEACHER, "Claire", "Durand", group_id=group.id)
    companion = add_person(event_db, PersonKind.COMPANION, "Marc", "Roux", group_id=group.id)
    press = make_visitor(event_db, "Anne", "Presse", VisitorCategory.PRESS, organisation="Le Parisien")
    public = add_person(event_db, PersonKind.VISITOR, "Jean", "Public")

    assert [p.kind for p in roster(event_db, group.id)] == [PersonKind.TEACHER, PersonKind.COMPANION,
                                                             PersonKind.PUPIL]
    zola = add_person(event_db, PersonKind.PUPIL, "Zoé", "Zola", group_id=group.id)
    ecuyer = add_person(event_db, PersonKind.PUPIL, "Élise", "Écuyer", group_id=group.id)
    assert [p.id for p in roster(event_db, group.id)][2:] == [ecuyer.id, pupil.id, zola.id]  # É sorts as E
    assert pupil.class_label == "4e B" and pupil.school == "Collège Jean Moulin" and pupil.day == EVENT_DAYS[1]
    assert pupil.category is None and teacher.group_id == companion.group_id == group.id
    assert (press.category, press.organisation, press.group_id) == (VisitorCategory.PRESS, "Le Parisien", None)
    assert public.category is VisitorCategory.GENERAL_PUBLIC
    assert len({pupil.code, teacher.code, companion.code, press.code, public.code}) == 5


@pytest.mark.parametrize("kind", [PersonKind.PUPIL, PersonKind.TEACHER, PersonKind.COMPANION])
def test_class_member_without_a_class_is_refused(event_db: Database, kind: PersonKind) -> None:
    with pytest.raises(KioskError) as caught:
        add_person(event_db, kind, "Léa", "Martin")
    assert "classe" in caught.value.text("fr") and "class" in caught.value.text("en")
    assert count_rows(event_db, Person) == 0


def test_visitor_cannot_be_put_into_a_class(event_db: Database) -> None:
    group, _, _ = make_class(event_db, 1)
    with pytest.raises(KioskError):
        add_person(event_db, PersonKind.VISITOR, "Paul", "Intrus", group_id=group.id)
    visitor = make_visitor(event_db)
    with pytest.raises(KioskError):
        move_person(event_db, visitor.id, group.id)
    assert get_person(event_db, visitor.id).group_id is None


def test_fixing_a_misspelt_name_keeps_the_badge_and_updates_search(event_db: Database) -> None:
    group = make_group(event_db)
    person = add_person(event_db, PersonKind.PUPIL, "Lea", "Lefebre", group_id=group.id)

    fixed = edit_person(event_db, person.id, first_name="Léa", last_name="Lefèvre")

    assert (fixed.first_name, fixed.last_name, fixed.code) == ("Léa", "Lefèvre", person.code)
    assert get_person(event_db, person.id).last_name == "Lefèvre"
    assert [p.id for p in search_people(event_db, "lefev")] == [person.id]
    assert search_people(event_db, "lefebre") == []


def test_emptying_a_name_is_refused(event_db: Database) -> None:
    group = make_group(event_db)
    person = add_person(event_db, PersonKind.PUPIL, "Léa", "Martin", group_id=group.id)
    for blank in ("", "   ", "\x00"):
        with pytest.raises(KioskError):
            edit_person(event_db, person.id, first_name=blank)
    assert get_person(event_db, person.id).first_name == "Léa"


def test_moving_a_pupil_to_another_class(event_db: Database) -> None:
    old, [pupil], _ = make_class(event_db, 1, label="4e B", day=EVENT_DAYS[0])
    new = make_group(event_db, "4e C", day=EVENT_DAYS[2])

    moved = move_person(event_db, pupil.id, new.id)

    assert (moved.group_id, moved.class_label, moved.day, moved.code) == (new.id, "4e C", EVENT_DAYS[2], pupil.code)
    assert pupil.id in [p.id for p in roster(event_db, new.id)]
    assert pupil.id not in [p.id for p in roster(event_db, old.id)]
    assert [p.id for p in search_people(event_db, f"{pupil.last_name} 4ec")] == [pupil.id]
    assert search_people(event_db, f"{pupil.last_name} 4eb") == []


def test_removing_someone_refused_while_on_site(event_db: Database) -> None:
    group, [pupil], _ = make_class(event_db, 1, day=EVENT_DAYS[0])
    desk = ScanDesk(event_db, station="Hall 1")
    assert desk.scan(pupil.code, now=MORNING).result is ScanResult.CHECKED_IN

    with pytest.raises(KioskError) as caught:
        remove_person(event_db, pupil.id)
    assert "sortie" in caught.value.text("fr") and "check them out" in caught.value.text("en")
    assert get_person(event_db, pupil.id).on_site

    desk.scan(pupil.code, Direction.OUT, now=MORNING.replace(hour=15))
    remove_person(event_db, pupil.id)
    with pytest.raises(KioskError):
        get_person(event_db, pupil.id)
    assert [p.kind for p in roster(event_db, group.id)] == [PersonKind.TEACHER]
    assert search_people(event_db, pupil.last_name) == []


def test_same_name_twice_in_a_class_is_flagged_not_merged(event_db: Database) -> None:
    group, _, _ = make_class(event_db, 2, teacher=False)
    one = add_person(event_db, PersonKind.PUPIL, "Lucas", "Petit", group_id=group.id)
    two = add_person(event_db, PersonKind.PUPIL, "LUCAS", "Petit ", group_id=group.id)

    members = roster(event_db, group.id)

    assert len(members) == 4 and one.id != two.id and one.code != two.code
    assert {p.id for p in members if p.duplicate} == {one.id, two.id}
    assert {p.id for p in search_people(event_db, "lucas petit")} == {one.id, two.id}


NAMES = [
    ("فاطمة", "الزهراء", "الزه"),
    ("小明", "王", "王"),
    ("Анастасия", "Иванова", "иван"),
    ("Thị Ngọc", "Nguyễn", "nguyen"),
    ("Lou 🦄", "Étoile ✨", "🦄"),
]


@pytest.mark.parametrize(("first", "last", "query"), NAMES)
def test_names_in_any_script_are_kept_exactly_and_found(event_db: Database, first: str, last: str,
                                                         query: str) -> None:
    group = make_group(event_db)
    typed_first, typed_last = unicodedata.normalize("NFD", first), unicodedata.normalize("NFD", last)

    person = add_person(event_db, PersonKind.PUPIL, typed_first, typed_last, group_id=group.id)

    stored = get_person(event_db, person.id)
    assert (stored.first_name, stored.last_name) == (unicodedata.normalize("NFC", first),
                                                     unicodedata.normalize("NFC", last))
    found = search_people(event_db, query)
    assert [(p.id, p.first_name, p.last_name) for p in found] == [(person.id, stored.first_name, stored.last_name)]


def test_a_300_character_name_is_refused_with_its_length(event_db: Database) -> None:
    group = make_group(event_db)
    with pytest.raises(KioskError) as caught:
        add_person(event_db, PersonKind.PUPIL, "Léa", "x" * 300, group_id=group.id)
    assert "300" in caught.value.text("fr") and "300" in caught.value.text("en")
    assert "100" in caught.value.text("en")
    assert count_rows(event_db, Person) == 0


def test_control_characters_are_stripped(event_db: Database) -> None:
    group = make_group(event_db)
    person = add_person(event_db, PersonKind.PUPIL, "\x1bLé\x00a\x07", "Mar\u200btin\r\n Dupont", group_id=group.id)
    assert (person.first_name, person.last_name) == ("Léa", "Martin Dupont")
    assert get_person(event_db, person.id).full_name == "Léa Martin Dupont"


def test_audit_names_fields_never_values(event_db: Database) -> None:
    group = make_group(event_db)
    other = make_group(event_db, "3e A")
    person = add_person(event_db, PersonKind.PUPIL, "Léa", "Martin", group_id=group.id, actor="accueil-1")
    edit_person(event_db, person.id, last_name="Martineau", postcode="75012", actor="accueil-1")
    edit_person(event_db, person.id, last_name="Martineau", actor="accueil-1")  # no change: no row
    move_person(event_db, person.id, other.id, actor="accueil-2")
    remove_person(event_db, person.id, actor="accueil-2")

    with event_db.transaction(write=False) as session:
        rows = list(session.scalars(select(Audit).order_by(Audit.id)))
    people_rows = [(r.actor, r.action, r.entity, r.entity_id, r.fields) for r in rows if r.entity == "person"]
    assert people_rows == [("accueil-1", "create", "person", person.id, ""),
                           ("accueil-1", "edit", "person", person.id, "last_name,postcode"),
                           ("accueil-2", "move", "person", person.id, "group_id"),
                           ("accueil-2", "remove", "person", person.id, "")]
    assert [(r.action, r.entity) for r in rows if r.entity == "group"] == [("create", "group")] * 2
    everything = " ".join(f"{r.actor} {r.action} {r.entity} {r.fields}" for r in rows)
    for value in ("Léa", "Martin", "75012", "4e B", "Moulin"):
        assert value not in everything


def test_a_class_booked_outside_the_event_days_is_refused(event_db: Database) -> None:
    with pytest.raises(KioskError) as refused:
        add_group(event_db, GroupInput(school(), "4e B", day=EVENT_DAYS[-1] + dt.timedelta(days=1)))
    assert "n'est pas un jour de l'événement" in refused.value.text("fr")
    assert count_rows(event_db, Group) == 0
