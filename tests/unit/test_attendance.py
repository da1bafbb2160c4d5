"""Attendance sheets (the service): who came on the sheet's day, first entry and last exit, from the scan log."""

from __future__ import annotations

import pytest
from helpers import at, make_class, make_group, school, statements
from sample_event import EVENT_DAYS, MORNING

from kiosk.domain.attendance import attendance_for
from kiosk.domain.checkin import ScanDesk
from kiosk.domain.class_visits import checkin_class, checkout_class
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import Direction, PersonKind
from kiosk.domain.registration import GroupInput, add_group, add_person

DAY, NEXT_DAY = EVENT_DAYS[0], EVENT_DAYS[1]


def test_present_arrival_and_departure_come_from_that_days_scans(event_db: Database) -> None:
    desk = ScanDesk(event_db)
    group, pupils, teacher = make_class(event_db, 5, day=DAY)
    assert teacher is not None
    checkin_class(desk, group.id, [pupils[0].id], now=MORNING)
    desk.scan(pupils[1].code, Direction.OUT, now=at(DAY, 11))  # went home early
    desk.scan(pupils[2].code, Direction.OUT, now=at(DAY, 11))
    desk.scan(pupils[2].code, now=at(DAY, 11, 30))  # came back: no departure, still inside
    desk.scan(pupils[3].code, now=at(DAY, 10))  # already inside: not a second arrival
    checkout_class(desk, group.id, [pupils[4].id], now=at(DAY, 16, 45))
    desk.scan(pupils[0].code, now=at(NEXT_DAY, 9), override_day=True)  # another day: not on this sheet

    [sheet] = attendance_for(event_db, group_id=group.id)

    rows = {row.person_id: row for row in sheet.rows}
    assert sheet.day == DAY and rows[pupils[0].id].present is False
    assert rows[pupils[0].id].arrived_at is None and rows[pupils[0].id].left_at is None
    assert (rows[pupils[1].id].arrived_at, rows[pupils[1].id].left_at) == (MORNING, at(DAY, 11))
    assert (rows[pupils[2].id].arrived_at, rows[pupils[2].id].left_at) == (MORNING, at(DAY, 16, 45))
    assert (rows[pupils[3].id].arrived_at, rows[pupils[3].id].left_at) == (MORNING, at(DAY, 16, 45))
    assert (rows[pupils[4].id].arrived_at, rows[pupils[4].id].left_at) == (MORNING, None)  # missing at departure
    assert rows[teacher.id].present and rows[teacher.id].kind is PersonKind.TEACHER
    assert (sheet.pupils.listed, sheet.pupils.present, sheet.pupils.absent) == (5, 4, 1)
    assert (sheet.adults.listed, sheet.adults.present) == (1, 1)
    [next_day] = attendance_for(event_db, group_id=group.id, day=NEXT_DAY)
    assert [r.person_id for r in next_day.rows if r.present] == [pupils[0].id]


def test_a_wrong_day_scan_is_not_an_arrival(event_db: Database) -> None:
    group, pupils, _ = make_class(event_db, 2, day=NEXT_DAY, teacher=False)
    ScanDesk(event_db).scan(pupils[0].code, now=MORNING)  # wrong_day, nothing recorded as an entry
    [sheet] = attendance_for(event_db, group_id=group.id, day=DAY)
    assert sheet.pupils.present == 0 and sheet.day == DAY


def test_a_days_sheets_list_its_classes_adults_first_then_pupils_by_name(event_db: Database) -> None:
    zola = make_group(event_db, "5e A", day=DAY, school_input=school("Collège Émile Zola", "94200"))
    curie, _, _ = make_class(event_db, 2, label="4e C", day=DAY, school_input=school("Collège Marie Curie", "75005"))
    make_class(event_db, 3, label="3e B", day=NEXT_DAY)
    for first, last in (("Paul", "Fournier"), ("Élise", "Écuyer"), ("Léo", "Dupont")):
        add_person(event_db, PersonKind.PUPIL, first, last, group_id=zola.id)
    add_person(event_db, PersonKind.COMPANION, "Anne", "Zimmer", group_id=zola.id)
    add_person(event_db, PersonKind.TEACHER, "Marc", "Vidal", group_id=zola.id)

    sheets = attendance_for(event_db, day=DAY)

    assert [(s.school, s.class_label) for s in sheets] == [("Collège Émile Zola", "5e A"),
                                                           ("Collège Marie Curie", "4e C")]
    assert [r.last_name for r in sheets[0].rows] == ["Vidal", "Zimmer", "Dupont", "Écuyer", "Fournier"]
    assert sheets[0].code == zola.code and sheets[0].teacher == zola.teacher_name
    assert sheets[0].event_name == "Salon des métiers de l'industrie" and sheets[0].timezone == "Europe/Paris"
    assert sheets[1].group_id == curie.id and sheets[1].pupils.listed == 2


def test_a_class_booked_with_a_slot_and_head_count(event_db: Database) -> None:
    from kiosk.domain.events import add_slot

    slot = add_slot(event_db, DAY, MORNING.time(), at(DAY, 11).time(), 300)
    group = add_group(event_db, GroupInput(school(), "6e D", DAY, slot.id, "Mme Claire Petit", "06 39 98 00 11", 27))
    [sheet] = attendance_for(event_db, day=DAY)
    assert (sheet.slot, sheet.expected, sheet.phone) == ("09:30–11:00", 27, "06 39 98 00 11")
    assert [(r.first_name, r.last_name, r.kind) for r in sheet.rows] == [("Claire", "Petit", PersonKind.TEACHER)]
    assert sheet.group_id == group.id


def test_a_handful_of_queries_whatever_the_number_of_classes(event_db: Database) -> None:
    for label in ("5e A", "5e B", "5e C", "5e D"):
        group, _, _ = make_class(event_db, 10, label=label, day=DAY)
        checkin_class(ScanDesk(event_db), group.id, now=MORNING)
    with statements(event_db) as seen:
        sheets = attendance_for(event_db, day=DAY)
    assert len(sheets) == 4 and sum(s.pupils.present for s in sheets) == 40
    assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) <= 5


@pytest.mark.parametrize(("kwargs", "message"), [
    ({}, "Choisissez une classe ou un jour"),
    ({"group_id": 999}, "Classe n° 999 introuvable"),
    ({"day": EVENT_DAYS[-1]}, "Aucune classe n'est attendue le 27/11/2026"),
    ({"day": EVENT_DAYS[-1].replace(day=28)}, "n'est pas un jour de l'événement"),
])
def test_nothing_to_print_says_why(event_db: Database, kwargs: dict[str, object], message: str) -> None:
    make_class(event_db, 1, day=DAY)
    with pytest.raises(KioskError) as caught:
        attendance_for(event_db, **kwargs)  # type: ignore[arg-type]
    assert message in caught.value.text("fr")
