"""A class arriving together (everyone minus the absent) and leaving together (with a head count)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import at, commits, make_class, scans
from sample_event import EVENT_DAYS, MORNING

from kiosk.domain.checkin import ScanDesk
from kiosk.domain.class_visits import Presence, checkin_class, checkout_class, presence_today, short_name
from kiosk.domain.database import Database
from kiosk.domain.directory import roster
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import Direction, ScanResult

NOON = at(EVENT_DAYS[0], 12)
EVENING = at(EVENT_DAYS[0], 16, 30)


def inside(db: Database, group_id: int) -> set[int]:
    return {p.id for p in roster(db, group_id) if p.on_site}


def test_class_checks_in_except_the_absent(event_db: Database) -> None:
    group, pupils, teacher = make_class(event_db, 12, day=EVENT_DAYS[0])
    assert teacher is not None
    absent = {pupils[3].id, pupils[7].id}
    desk = ScanDesk(event_db, station="Accueil groupes", operator="paul")

    with commits(event_db) as committed:
        movement = checkin_class(desk, group.id, absent, now=MORNING)

    assert len(committed) == 1  # everyone at once, in one transaction
    present = {p.id for p in pupils} - absent | {teacher.id}
    assert {p.id for p in movement.moved} == present and all(p.on_site for p in movement.moved)
    assert {p.id for p in movement.left_aside} == absent
    assert movement.unchanged == [] and movement.wrong_day is None
    assert inside(event_db, group.id) == present
    rows = scans(event_db)
    assert len(rows) == 11 and {r.person_id for r in rows} == present
    assert {(r.direction, r.result, r.station, r.operator, r.at) for r in rows} == {
        (Direction.IN, ScanResult.CHECKED_IN, "Accueil groupes", "paul", MORNING)}
    assert len({r.uid for r in rows}) == 11


def test_someone_already_inside_is_left_unchanged(event_db: Database) -> None:
    group, pupils, _ = make_class(event_db, 4, day=EVENT_DAYS[0], teacher=False)
    desk = ScanDesk(event_db)
    desk.scan(pupils[0].code, now=MORNING)

    movement = checkin_class(desk, group.id, now=NOON)

    assert [p.id for p in movement.unchanged] == [pupils[0].id]
    assert {p.id for p in movement.moved} == {p.id for p in pupils[1:]}
    assert desk.scan(pupils[0].code, now=NOON).since == MORNING  # the first entry time is kept
    assert [r.person_id for r in scans(event_db)].count(pupils[0].id) == 2  # own scan + already_in above


def test_returning_after_lunch_is_a_re_entry(event_db: Database) -> None:
    group, _, _ = make_class(event_db, 3, day=EVENT_DAYS[0], teacher=False)
    desk = ScanDesk(event_db)
    checkin_class(desk, group.id, now=MORNING)
    checkout_class(desk, group.id, now=NOON)
    checkin_class(desk, group.id, now=NOON.replace(hour=13))
    assert [r.result for r in scans(event_db)][-3:] == [ScanResult.RE_ENTERED] * 3


def test_wrong_day_moves_nobody_unless_overridden(event_db: Database) -> None:
    group, pupils, _ = make_class(event_db, 5, day=EVENT_DAYS[1])
    desk = ScanDesk(event_db)

    refused = checkin_class(desk, group.id, now=MORNING)

    assert refused.wrong_day == EVENT_DAYS[1] and refused.moved == []
    assert inside(event_db, group.id) == set() and scans(event_db) == []

    allowed = checkin_class(desk, group.id, [pupils[0].id], now=MORNING, override_day=True)

    assert allowed.wrong_day is None and len(allowed.moved) == 5
    assert inside(event_db, group.id) == {p.id for p in allowed.moved}
    assert len(scans(event_db)) == 5


def test_absent_from_another_class_is_refused_and_nothing_written(event_db: Database) -> None:
    group, _, _ = make_class(event_db, 5, day=EVENT_DAYS[0])
    _, others, _ = make_class(event_db, 2, label="3e A", day=EVENT_DAYS[0])
    desk = ScanDesk(event_db)

    with pytest.raises(KioskError) as caught:
        checkin_class(desk, group.id, [others[0].id], now=MORNING)

    assert str(others[0].id) in caught.value.text("fr") and str(others[0].id) in caught.value.text("en")
    assert inside(event_db, group.id) == set() and scans(event_db) == []
    with pytest.raises(KioskError):
        checkout_class(desk, group.id, [999_999], now=EVENING)


def test_unknown_class_is_refused(event_db: Database) -> None:
    with pytest.raises(KioskError):
        checkin_class(ScanDesk(event_db), 424242, now=MORNING)


def test_checkout_with_one_missing_keeps_them_inside(event_db: Database) -> None:
    group, pupils, _ = make_class(event_db, 10, day=EVENT_DAYS[0])
    desk = ScanDesk(event_db, station="Sortie")
    checkin_class(desk, group.id, [pupils[9].id], now=MORNING)  # one absent all day
    missing = pupils[2]

    movement = checkout_class(desk, group.id, [missing.id], head_count=9, now=EVENING)

    assert [p.id for p in movement.still_inside] == [missing.id]
    assert inside(event_db, group.id) == {missing.id}
    assert len(movement.moved) == 9 and movement.head_count_matches is True  # 8 pupils + the teacher
    assert [p.id for p in movement.unchanged] == [pupils[9].id]  # was never inside
    out_rows = [r for r in scans(event_db) if r.direction is Direction.OUT]
    assert len(out_rows) == 9 and {r.result for r in out_rows} == {ScanResult.CHECKED_OUT}
    assert missing.id not in {r.person_id for r in out_rows}

    found = checkout_class(desk, group.id, head_count=2, now=EVENING.replace(minute=45))
    assert [p.id for p in found.moved] == [missing.id] and found.still_inside == []
    assert found.head_count_matches is False
    assert inside(event_db, group.id) == set()


def test_head_count_not_given(event_db: Database) -> None:
    group, _, _ = make_class(event_db, 2, day=EVENT_DAYS[0])
    desk = ScanDesk(event_db)
    checkin_class(desk, group.id, now=MORNING)
    assert checkout_class(desk, group.id, now=EVENING).head_count_matches is None


def test_presence_today_tells_never_came_inside_and_left(event_db: Database) -> None:
    group, pupils, _ = make_class(event_db, 3, day=EVENT_DAYS[0])
    desk = ScanDesk(event_db)
    checkin_class(desk, group.id, [pupils[0].id], now=MORNING)
    desk.scan(pupils[1].code, Direction.OUT, now=NOON)
    start = desk.today(EVENING)[1]
    states = {p.id: presence_today(p, start) for p in roster(event_db, group.id)}
    assert [states[p.id] for p in pupils] == [Presence.NOT_COME, Presence.LEFT, Presence.INSIDE]
    next_day = desk.today(at(EVENT_DAYS[1], 9))[1]  # yesterday's visit is over
    assert {presence_today(p, next_day) for p in roster(event_db, group.id)} == {Presence.NOT_COME}


def test_short_name_keeps_the_first_name_and_an_initial(event_db: Database) -> None:
    _, pupils, _ = make_class(event_db, 1)
    assert short_name(replace(pupils[0], first_name="Kevin", last_name="éric-Clément")) == "Kevin É."
