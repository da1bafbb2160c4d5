"""The evacuation list: who is on site right now, by class (teachers first), then visitors by category."""

from __future__ import annotations

import datetime as dt

from helpers import at, make_class, make_visitor, school
from sample_event import EVENT_DAYS, MORNING

from kiosk.domain.checkin import ScanDesk
from kiosk.domain.class_visits import checkin_class
from kiosk.domain.database import Database
from kiosk.domain.events import add_slot
from kiosk.domain.kinds import Direction, PersonKind, VisitorCategory
from kiosk.domain.presence import on_site_now
from kiosk.domain.registration import GroupInput, add_group, add_person

NOON = at(EVENT_DAYS[0], 12)


def test_classes_with_teachers_first_then_visitors_by_category(event_db: Database) -> None:
    desk = ScanDesk(event_db)
    zola, zola_pupils, zola_teacher = make_class(event_db, 3, label="5e A", day=EVENT_DAYS[0],
                                                 school_input=school("Collège Émile Zola", "94200"))
    curie, curie_pupils, curie_teacher = make_class(event_db, 2, label="4e C", day=EVENT_DAYS[0],
                                                    school_input=school("Collège Marie Curie", "75005"))
    assert zola_teacher is not None and curie_teacher is not None
    companion = add_person(event_db, PersonKind.COMPANION, "Aaron", "Abadie", group_id=curie.id)
    fournier = add_person(event_db, PersonKind.PUPIL, "Paul", "Fournier", group_id=zola.id)
    ecuyer = add_person(event_db, PersonKind.PUPIL, "Élise", "Écuyer", group_id=zola.id)
    checkin_class(desk, zola.id, now=MORNING)
    checkin_class(desk, curie.id, [curie_pupils[1].id], now=MORNING)
    visitors = {category: make_visitor(event_db, "Visiteur", category.value, category)
                for category in (VisitorCategory.STAFF, VisitorCategory.PRESS, VisitorCategory.GENERAL_PUBLIC,
                                 VisitorCategory.PROFESSIONAL)}
    second_press = make_visitor(event_db, "Anne", "Aubert", VisitorCategory.PRESS)
    for person in [*visitors.values(), second_press]:
        desk.scan(person.code, now=MORNING)
    desk.scan(zola_pupils[0].code, Direction.OUT, now=at(EVENT_DAYS[0], 11))  # went home early

    listed = on_site_now(event_db, NOON)

    assert [c.group.id for c in listed.classes] == [zola.id, curie.id]  # by school name, accents ignored
    zola_people, curie_people = (c.people for c in listed.classes)
    # Teacher first, then by name as a French reader expects it: Bernard, Dubois, Écuyer, Fournier.
    assert [p.id for p in zola_people] == [zola_teacher.id, zola_pupils[1].id, zola_pupils[2].id, ecuyer.id,
                                           fournier.id]
    assert zola_people[0].kind is PersonKind.TEACHER
    assert {p.kind for p in curie_people[:2]} == {PersonKind.TEACHER, PersonKind.COMPANION}
    assert [p.id for p in curie_people[2:]] == [curie_pupils[0].id]
    assert list(listed.visitors) == [VisitorCategory.GENERAL_PUBLIC, VisitorCategory.PROFESSIONAL,
                                     VisitorCategory.PRESS, VisitorCategory.STAFF]
    assert [p.id for p in listed.visitors[VisitorCategory.PRESS]] == [second_press.id,
                                                                      visitors[VisitorCategory.PRESS].id]
    assert listed.total == 5 + 3 + 5
    assert companion.id in {p.id for p in curie_people}
    assert listed.classes[0].group.teacher_phone  # the teacher can be called during an evacuation


def test_nobody_inside(event_db: Database) -> None:
    make_class(event_db, 3, day=EVENT_DAYS[0])
    listed = on_site_now(event_db, NOON)
    assert listed.classes == [] and listed.visitors == {} and listed.total == 0
    assert listed.at == NOON


def test_someone_inside_since_a_previous_day_is_not_listed(event_db: Database) -> None:
    desk = ScanDesk(event_db)
    forgot = make_visitor(event_db, "Oubli", "Sortie")
    today = make_visitor(event_db, "Arrivé", "Aujourdhui")
    desk.scan(forgot.code, now=MORNING)  # first day, never scanned out
    assert [p.id for ps in on_site_now(event_db, NOON).visitors.values() for p in ps] == [forgot.id]
    desk.scan(today.code, now=at(EVENT_DAYS[1], 10))

    listed = on_site_now(event_db, at(EVENT_DAYS[1], 11))

    assert [p.id for ps in listed.visitors.values() for p in ps] == [today.id]
    assert listed.total == 1
    assert forgot.id not in {p.id for ps in listed.visitors.values() for p in ps}


def test_a_class_that_left_is_gone_from_the_list(event_db: Database) -> None:
    desk = ScanDesk(event_db)
    group, pupils, _ = make_class(event_db, 2, day=EVENT_DAYS[0], teacher=False)
    checkin_class(desk, group.id, now=MORNING)
    for pupil in pupils:
        desk.scan(pupil.code, Direction.OUT, now=at(EVENT_DAYS[0], 11))
    assert on_site_now(event_db, NOON).total == 0


def test_a_class_still_inside_after_its_slot_is_overdue(event_db: Database) -> None:
    desk, day = ScanDesk(event_db), EVENT_DAYS[0]
    slot = add_slot(event_db, day, dt.time(9), dt.time(11), 120)
    booked = add_group(event_db, GroupInput(school(), "4e B", day, slot_id=slot.id))
    unbooked, _, _ = make_class(event_db, 1, label="3e A", day=day, teacher=False)
    pupils = [add_person(event_db, PersonKind.PUPIL, first, "Martin", group_id=booked.id) for first in ("Léa", "Kevin")]
    for group in (booked, unbooked):
        checkin_class(desk, group.id, now=MORNING)
    assert on_site_now(event_db, at(day, 10, 59)).overdue == []
    desk.scan(pupils[0].code, Direction.OUT, now=at(day, 10, 59))
    [late] = on_site_now(event_db, at(day, 11)).overdue  # the class without a slot is never overdue
    assert late.group.id == booked.id and [p.first_name for p in late.people] == ["Kevin"]
    assert late.slot_end == at(day, 11)
    desk.scan(pupils[1].code, Direction.OUT, now=at(day, 11, 5))
    assert on_site_now(event_db, at(day, 11, 10)).overdue == []
