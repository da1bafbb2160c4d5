"""The scan rules at a desk: in, already in (with the time), out, not inside, wrong day, unknown, invalid."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

import pytest
from helpers import QWERTY_ON_AZERTY, at, make_class, make_visitor, scans, statements
from sample_event import EVENT_DAYS, MORNING

from kiosk.domain.checkin import ScanDesk, ScanOutcome
from kiosk.domain.codes import CodeKind, new_code, new_secret
from kiosk.domain.database import Database
from kiosk.domain.directory import get_person
from kiosk.domain.events import get_event
from kiosk.domain.kinds import Direction, ScanResult
from kiosk.domain.views import GroupView, PersonView

LATER = MORNING + dt.timedelta(minutes=20)
NEXT_DAY = at(EVENT_DAYS[1], 9, 15)


@dataclass
class Setting:
    db: Database
    desk: ScanDesk
    group: GroupView
    pupil: PersonView
    teacher: PersonView
    visitor: PersonView


@pytest.fixture
def s(event_db: Database) -> Setting:
    """A class booked for the first day (one pupil, one teacher), a visitor, and the desk at entrance A."""
    group, [pupil], teacher = make_class(event_db, 1, day=EVENT_DAYS[0])
    assert teacher is not None
    return Setting(event_db, ScanDesk(event_db, station="Entrée A", operator="marie"), group, pupil, teacher,
                   make_visitor(event_db))


def test_first_entry_checks_in_and_stores_the_scan(s: Setting) -> None:
    outcome = s.desk.scan(s.pupil.code, now=MORNING)

    assert outcome.result is ScanResult.CHECKED_IN
    assert outcome.person is not None and outcome.person.id == s.pupil.id and outcome.person.on_site
    assert get_person(s.db, s.pupil.id).on_site
    [row] = scans(s.db)
    assert (row.person_id, row.code, row.station, row.operator) == (s.pupil.id, s.pupil.code, "Entrée A", "marie")
    assert (row.direction, row.result, row.at, row.overridden) == (Direction.IN, ScanResult.CHECKED_IN, MORNING, False)
    assert outcome.as_json()["person_id"] == s.pupil.id and outcome.as_json()["result"] == "checked_in"


def test_second_entry_says_already_in_since_the_first(s: Setting) -> None:
    s.desk.scan(s.visitor.code, now=MORNING)
    again = s.desk.scan(s.visitor.code, now=LATER)
    third = ScanDesk(s.db, station="Entrée B").scan(s.visitor.code, now=LATER + dt.timedelta(hours=1))

    assert again.result is third.result is ScanResult.ALREADY_IN
    assert again.since == third.since == MORNING  # the first entry, never a silent toggle
    assert get_person(s.db, s.visitor.id).on_site
    assert [(r.result, r.station) for r in scans(s.db)] == [
        (ScanResult.CHECKED_IN, "Entrée A"), (ScanResult.ALREADY_IN, "Entrée A"), (ScanResult.ALREADY_IN, "Entrée B")]


def test_exit_then_exit_again(s: Setting) -> None:
    s.desk.scan(s.visitor.code, now=MORNING)
    out = s.desk.scan(s.visitor.code, Direction.OUT, now=LATER)
    again = s.desk.scan(s.visitor.code, Direction.OUT, now=LATER + dt.timedelta(minutes=1))
    never_came = s.desk.scan(s.pupil.code, Direction.OUT, now=LATER)

    assert (out.result, again.result, never_came.result) == (
        ScanResult.CHECKED_OUT, ScanResult.NOT_INSIDE, ScanResult.NOT_INSIDE)
    assert not get_person(s.db, s.visitor.id).on_site
    assert [r.direction for r in scans(s.db)] == [Direction.IN, Direction.OUT, Direction.OUT, Direction.OUT]


def test_coming_back_the_same_day_is_a_re_entry(s: Setting) -> None:
    s.desk.scan(s.pupil.code, now=MORNING)
    s.desk.scan(s.pupil.code, Direction.OUT, now=at(EVENT_DAYS[0], 12))
    back = s.desk.scan(s.pupil.code, now=at(EVENT_DAYS[0], 13, 30))
    assert back.result is ScanResult.RE_ENTERED
    assert get_person(s.db, s.pupil.id).entered_at == at(EVENT_DAYS[0], 13, 30)


def test_a_stay_from_a_previous_day_is_over(s: Setting) -> None:
    s.desk.scan(s.visitor.code, now=MORNING)  # never scanned out that evening
    assert s.desk.scan(s.visitor.code, Direction.OUT, now=NEXT_DAY).result is ScanResult.NOT_INSIDE
    next_day = s.desk.scan(s.visitor.code, now=NEXT_DAY)
    assert next_day.result is ScanResult.CHECKED_IN and next_day.since is None
    assert s.desk.scan(s.visitor.code, now=NEXT_DAY + dt.timedelta(minutes=5)).since == NEXT_DAY


def test_leaving_yesterday_is_not_a_re_entry_today(s: Setting) -> None:
    s.desk.scan(s.visitor.code, now=MORNING)
    s.desk.scan(s.visitor.code, Direction.OUT, now=at(EVENT_DAYS[0], 17))
    assert s.desk.scan(s.visitor.code, now=NEXT_DAY).result is ScanResult.CHECKED_IN


def test_class_booked_another_day_is_wrong_day_until_overridden(s: Setting) -> None:
    for member in (s.pupil, s.teacher):
        refused = s.desk.scan(member.code, now=NEXT_DAY)
        assert refused.result is ScanResult.WRONG_DAY and refused.booked_day == EVENT_DAYS[0]
        assert not get_person(s.db, member.id).on_site

    allowed = s.desk.scan(s.pupil.code, now=NEXT_DAY, override_day=True)

    assert allowed.result is ScanResult.CHECKED_IN and get_person(s.db, s.pupil.id).on_site
    assert [(r.result, r.overridden) for r in scans(s.db)] == [
        (ScanResult.WRONG_DAY, False), (ScanResult.WRONG_DAY, False), (ScanResult.CHECKED_IN, True)]


def test_visitors_come_any_day(s: Setting) -> None:
    for day in EVENT_DAYS:
        assert s.desk.scan(s.visitor.code, now=at(day, 10)).result is ScanResult.CHECKED_IN


def test_valid_code_not_in_this_database_is_unknown(s: Setting) -> None:
    secret = get_event(s.db).secret
    badge = new_code(CodeKind.BADGE, secret)

    outcome = s.desk.scan(badge, now=MORNING)

    assert outcome.result is ScanResult.UNKNOWN and outcome.person is None and outcome.code == badge
    assert outcome.as_json()["person_id"] is None
    [row] = scans(s.db)
    assert (row.result, row.person_id, row.code) == (ScanResult.UNKNOWN, None, badge)
    assert s.desk.scan(new_code(CodeKind.GROUP, secret), now=MORNING).result is ScanResult.UNKNOWN


INVALID = ["", "hello", "https://example.com/badge?id=B1", "3017620422003", "x" * 10_240, "\x00\x1b\x07\r\n",
           "B1" + "0" * 22, "\u202eB1", "'; DROP TABLE person; --"]


@pytest.mark.parametrize("raw", INVALID, ids=range(len(INVALID)))
def test_invalid_codes_are_refused_without_a_lookup_and_only_logged(s: Setting, raw: str) -> None:
    with statements(s.db) as sent:
        outcome = s.desk.scan(raw, now=MORNING)
    assert outcome.result is ScanResult.INVALID and outcome.person is None
    assert sent == []
    assert len(outcome.code) <= 40 and "\x00" not in outcome.code
    [row] = scans(s.db)  # the refusal, kept for the day report: 40 characters at most, nobody's presence
    assert (row.result, row.person_id, row.code) == (ScanResult.INVALID, None, outcome.code)
    assert not get_person(s.db, s.pupil.id).on_site


def test_code_of_another_event_is_invalid(s: Setting) -> None:
    foreign = new_code(CodeKind.BADGE, new_secret())
    with statements(s.db) as sent:
        assert s.desk.scan(foreign, now=MORNING).result is ScanResult.INVALID
        assert s.desk.scan(s.pupil.code[:-1] + ("0" if s.pupil.code[-1] != "0" else "1"),
                           now=MORNING).result is ScanResult.INVALID
    assert sent == []


def test_group_code_opens_the_class(s: Setting) -> None:
    outcome = s.desk.scan(s.group.code.lower(), now=MORNING)
    assert outcome.result is ScanResult.GROUP and outcome.person is None
    assert outcome.group is not None and outcome.group.id == s.group.id and outcome.booked_day == EVENT_DAYS[0]
    assert scans(s.db) == [] and not get_person(s.db, s.pupil.id).on_site


def test_sloppy_and_garbled_badge_codes_still_check_in(s: Setting) -> None:
    lower = s.desk.scan(f"  {s.pupil.code.lower()}\r\n", now=MORNING)
    garbled_code = s.visitor.code.translate(QWERTY_ON_AZERTY)
    assert garbled_code != s.visitor.code
    garbled = s.desk.scan(garbled_code, now=MORNING)
    assert (lower.result, lower.code) == (ScanResult.CHECKED_IN, s.pupil.code)
    assert (garbled.result, garbled.code) == (ScanResult.CHECKED_IN, s.visitor.code)
    assert [r.code for r in scans(s.db)] == [s.pupil.code, s.visitor.code]


def test_a_scan_sent_twice_is_recorded_once(s: Setting) -> None:
    first = s.desk.scan(s.visitor.code, uid="entree-a-000001", now=MORNING)
    replay = s.desk.scan(s.visitor.code, uid="entree-a-000001", now=LATER)  # a retry after a network cut

    assert (first.result, first.replayed) == (ScanResult.CHECKED_IN, False)
    assert (replay.result, replay.replayed, replay.at) == (ScanResult.CHECKED_IN, True, MORNING)
    assert replay.person is not None and replay.person.id == s.visitor.id
    assert len(scans(s.db)) == 1
    assert s.desk.scan(s.visitor.code, uid="entree-a-000002", now=LATER).result is ScanResult.ALREADY_IN

    out = s.desk.scan(s.visitor.code, Direction.OUT, uid="sortie-000001", now=LATER)
    assert s.desk.scan(s.visitor.code, Direction.OUT, uid="sortie-000001", now=LATER).result is out.result
    assert len(scans(s.db)) == 3 and not get_person(s.db, s.visitor.id).on_site


def test_two_kiosks_scanning_at_once_record_one_check_in(s: Setting) -> None:
    desks = [ScanDesk(s.db, station=f"Entrée {i}") for i in range(6)]
    barrier = threading.Barrier(len(desks))
    results: list[ScanOutcome] = []

    def scan(desk: ScanDesk) -> None:
        barrier.wait()
        results.append(desk.scan(s.visitor.code, now=MORNING))

    threads = [threading.Thread(target=scan, args=(desk,)) for desk in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(r.result for r in results) == sorted([ScanResult.CHECKED_IN] + [ScanResult.ALREADY_IN] * 5)
    assert [r.result for r in scans(s.db)].count(ScanResult.CHECKED_IN) == 1
