"""The station journal on a real SQLite database made unreachable by a real lock (another connection holding
the write lock, as a long import does): scans are answered offline from the journal and the copy of the
people, then replayed in order with their scan ids; the database decides."""

from __future__ import annotations

import datetime as dt
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import make_class, make_visitor, scans
from sample_event import EVENT_DAYS, MORNING
from sqlalchemy import func, select
from sqlite_lock import held

from kiosk.domain.checkin import ScanDesk
from kiosk.domain.class_visits import checkin_class
from kiosk.domain.codes import CodeKind, new_code, parse_code
from kiosk.domain.database import Database, open_database
from kiosk.domain.directory import roster
from kiosk.domain.events import create_event
from kiosk.domain.journal import Entry, StationJournal
from kiosk.domain.kinds import Direction, PersonKind, ScanResult, VisitorCategory
from kiosk.domain.models import Scan
from kiosk.domain.offline_classes import class_checkin, class_checkout, class_roster
from kiosk.domain.offline_walkins import WALK_IN, Visitor, register_walk_in
from kiosk.domain.purge import purge_personal_data
from kiosk.domain.registration import add_person
from kiosk.domain.search import search_people
from kiosk.domain.station_desk import StationDesk, open_station

LATER = MORNING + dt.timedelta(minutes=5)


@pytest.fixture
def url(tmp_path: Path) -> Iterator[str]:
    address = f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"
    db = open_database(address)
    create_event(db, "Salon", "Paris", EVENT_DAYS[0], EVENT_DAYS[-1])
    db.close()
    return address


@pytest.fixture
def db(url: str) -> Iterator[Database]:
    database = open_database(url, create=False)
    yield database
    database.close()


@pytest.fixture
def station(url: str, tmp_path: Path) -> Iterator[StationDesk]:
    with open_station(url, "Entrée A", journal_folder=tmp_path / "journals") as opened:
        opened.refresh_copy()
        yield opened


def test_offline_answers_give_the_name_and_class_then_the_database_takes_them(
        url: str, db: Database, station: StationDesk) -> None:
    _group, [pupil], _teacher = make_class(db, 1, day=EVENT_DAYS[0])
    station.refresh_copy()
    with held(url):
        first = station.scan(pupil.code, now=MORNING)
        again = station.scan(pupil.code, now=LATER)
        assert (station.offline, station.waiting) == (True, 2)
    assert (first.result, first.offline, first.person and first.person.full_name) == (
        ScanResult.CHECKED_IN, True, pupil.full_name)
    assert first.person is not None and first.person.class_label == "4e B"
    assert (again.result, again.since) == (ScanResult.ALREADY_IN, MORNING)
    assert station.settle(30) == 0 and not station.offline
    stored = [(s.code, s.result, s.at) for s in scans(db)]
    assert stored == [(pupil.code, ScanResult.CHECKED_IN, MORNING), (pupil.code, ScanResult.ALREADY_IN, LATER)]
    assert station.scan(pupil.code, now=LATER).offline is False  # online again


def test_an_offline_check_in_another_desk_recorded_becomes_already_in(url: str, db: Database,
                                                                       station: StationDesk) -> None:
    visitor = make_visitor(db)
    station.refresh_copy()  # the copy has the visitor outside
    ScanDesk(db, "Entrée B").scan(visitor.code, now=MORNING)
    with held(url):
        offline = station.scan(visitor.code, now=LATER)
    assert (offline.result, offline.offline) == (ScanResult.CHECKED_IN, True)
    assert station.settle(30) == 0
    assert [s.result for s in scans(db)] == [ScanResult.CHECKED_IN, ScanResult.ALREADY_IN]
    [entry_answer] = station.journal._conn().execute("SELECT answer FROM entry").fetchall()
    assert entry_answer == ("already_in",)


def test_a_replayed_entry_the_database_already_has_counts_once(url: str, db: Database, tmp_path: Path) -> None:
    visitor = make_visitor(db)
    ScanDesk(db, "Entrée A").scan(visitor.code, uid="a" * 32, now=MORNING)  # taken, but the answer was lost
    journal = StationJournal.open(str(db.engine.url), "Entrée A", tmp_path / "journals")
    journal.append(Entry("a" * 32, "scan", visitor.code, Direction.IN, MORNING, "checked_in"))
    journal.append(Entry("b" * 32, "scan", visitor.code, Direction.IN, LATER, "already_in"))
    journal.close()
    with open_station(url, "Entrée A", journal_folder=tmp_path / "journals", keep_copy=False) as station:
        assert station.settle(30) == 0
    assert [(s.uid, s.result) for s in scans(db)] == [("a" * 32, ScanResult.CHECKED_IN),
                                                      ("b" * 32, ScanResult.ALREADY_IN)]


def test_the_journal_outlives_the_station_and_is_replayed_when_it_starts_again(url: str, db: Database,
                                                                               tmp_path: Path) -> None:
    visitors = [make_visitor(db, last=f"Visiteur{i}") for i in range(3)]
    folder = tmp_path / "journals"
    station = open_station(url, "Entrée A", journal_folder=folder, keep_copy=False)
    with held(url):
        answers = [station.scan(v.code, now=MORNING) for v in visitors]
        station.close()  # the station stops before the database is back
    assert all(a.offline and a.result is ScanResult.CHECKED_IN for a in answers)
    assert scans(db) == []
    with held(url), open_station(url, "Entrée A", journal_folder=folder, keep_copy=False) as station:
        assert (station.offline, station.waiting) == (True, 3)  # started from its journal: the base is busy
    with open_station(url, "Entrée A", journal_folder=folder, keep_copy=False) as station:
        assert station.settle(30) == 0
    assert sorted(s.code for s in scans(db)) == sorted(v.code for v in visitors)


def test_refused_and_unknown_codes_offline(url: str, db: Database, station: StationDesk) -> None:
    group, _pupils, _teacher = make_class(db, 2, day=EVENT_DAYS[0])
    station.refresh_copy()
    secret = station.event.secret
    with held(url):
        newcomer = station.scan(new_code(CodeKind.BADGE, secret), now=MORNING)  # registered since the copy
        forged = station.scan("B1" + "A" * 22, now=MORNING)
        opened = station.scan(group.code, now=MORNING)
    assert (forged.result, forged.offline) == (ScanResult.INVALID, True)
    assert opened.result is ScanResult.GROUP and opened.group is not None and opened.group.registered == 3
    assert (newcomer.result, newcomer.person) == (ScanResult.CHECKED_IN, None)
    assert station.settle(30) == 0
    assert sorted(s.result for s in scans(db)) == [ScanResult.INVALID, ScanResult.UNKNOWN]  # the database decides


def test_the_journal_is_private_and_each_running_station_has_its_own(url: str, tmp_path: Path) -> None:
    folder = tmp_path / "journals"
    with open_station(url, "Entrée A", journal_folder=folder, keep_copy=False) as first, \
            open_station(url, "Entrée A", journal_folder=folder, keep_copy=False) as second:
        assert first.journal.path != second.journal.path
        first.refresh_copy()  # the copy of the people, beside the journal
        files = list(folder.glob("*.sqlite3*"))
        assert len(files) == 7 and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)  # with -wal, -shm
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_scans_go_straight_to_the_database_while_it_answers(db: Database, station: StationDesk) -> None:
    visitor = make_visitor(db)
    answer = station.scan(visitor.code, now=MORNING)
    assert (answer.result, answer.offline, station.waiting) == (ScanResult.CHECKED_IN, False, 0)
    assert station.journal.waiting_count() == 0
    with db.transaction(write=False) as session:
        assert session.scalar(select(func.count(Scan.id))) == 1


def test_a_class_checked_in_offline_is_checked_in_by_the_database_when_it_is_back(
        url: str, db: Database, station: StationDesk) -> None:
    group, pupils, teacher = make_class(db, 3, day=EVENT_DAYS[0])
    assert teacher is not None
    station.refresh_copy()
    ScanDesk(db, "Entrée B").scan(pupils[2].code, now=MORNING)  # another desk, after the copy was taken
    with held(url):
        early = station.scan(pupils[0].code, now=MORNING)  # this station, offline
        listed = class_roster(station, group.id, LATER)
        movement = class_checkin(station, group, [pupils[1].id], now=LATER)
        again = station.scan(teacher.code, now=LATER)
    assert early.offline and listed[0].id == teacher.id  # the adults first, as online
    assert {p.id for p in listed if p.on_site} == {pupils[0].id}  # the copy, and this station's own scan
    assert movement.offline
    assert sorted(p.id for p in movement.moved) == sorted([teacher.id, pupils[2].id])
    assert [p.id for p in movement.unchanged] == [pupils[0].id]
    assert [p.id for p in movement.left_aside] == [pupils[1].id]
    assert again.result is ScanResult.ALREADY_IN  # moved with its class, known offline
    assert station.settle(30) == 0
    entries = [(s.person_id, s.result) for s in scans(db)]
    assert entries.count((pupils[2].id, ScanResult.CHECKED_IN)) == 1  # the other desk's, not a second one
    assert (pupils[0].id, ScanResult.CHECKED_IN) in entries and (teacher.id, ScanResult.CHECKED_IN) in entries
    assert all(person != pupils[1].id for person, _ in entries)  # the absent pupil stays out


def test_a_walk_in_registered_offline_is_registered_once_with_the_station_made_code(
        url: str, db: Database, station: StationDesk) -> None:
    visitor = Visitor("Chloé", "Dubois", VisitorCategory.PRESS, "Le Parisien")
    with held(url):
        walk_in = register_walk_in(station, visitor, check_in=True, now=MORNING)
        again = station.scan(walk_in.person.code, now=LATER)
    assert walk_in.offline and walk_in.entry is not None and walk_in.entry.result is ScanResult.CHECKED_IN
    assert parse_code(walk_in.badge.code, station.event.secret) is not None  # random and signed at the station
    assert (walk_in.badge.first_name, walk_in.badge.organisation) == ("Chloé", "Le Parisien")
    assert again.result is ScanResult.ALREADY_IN
    assert station.settle(30) == 0
    [person] = search_people(db, "dubois")
    assert (person.code, person.on_site, person.organisation) == (walk_in.person.code, True, "Le Parisien")
    assert [s.result for s in scans(db)] == [ScanResult.CHECKED_IN, ScanResult.ALREADY_IN]


def test_a_walk_in_the_database_took_before_the_outage_is_not_registered_twice(
        url: str, db: Database, tmp_path: Path) -> None:
    code = new_code(CodeKind.BADGE, ScanDesk(db).event.secret)
    add_person(db, PersonKind.VISITOR, "Chloé", "Dubois", category=VisitorCategory.PRESS, code=code)  # got through
    journal = StationJournal.open(str(db.engine.url), "Entrée A", tmp_path / "journals")
    data = {"first_name": "Chloé", "last_name": "Dubois", "category": "press", "organisation": "",
            "postcode": "", "check_in": True, "actor": "Entrée A"}
    journal.append(Entry("c" * 32, WALK_IN, code, Direction.IN, MORNING, "checked_in", data=json.dumps(data)))
    journal.close()
    with open_station(url, "Entrée A", journal_folder=tmp_path / "journals", keep_copy=False) as station:
        assert station.settle(30) == 0
    assert [p.code for p in search_people(db, "dubois")] == [code]
    assert [(s.uid, s.result) for s in scans(db)] == [("c" * 32, ScanResult.CHECKED_IN)]


def test_names_leave_the_desk_when_the_database_no_longer_needs_them(url: str, db: Database,
                                                                      tmp_path: Path) -> None:
    visitor = make_visitor(db)
    folder = tmp_path / "journals"
    with open_station(url, "Entrée A", journal_folder=folder, keep_copy=False) as station:
        with held(url):
            station.scan(visitor.code, now=MORNING - dt.timedelta(days=40))  # an earlier day than today
        assert station.settle(30) == 0
        station.refresh_copy()  # every few minutes: the answered entries of earlier days go
        assert station.journal.waiting_count() == 0 and station.journal.walk_in(visitor.code) is None
        assert station.journal._conn().execute("SELECT count(*) FROM entry").fetchone() == (0,)
        copy = station.journal.copy.path
        assert station.journal.copy.person(visitor.code) is not None
    purge_personal_data(db, {})  # after the event
    with open_station(url, "Entrée A", journal_folder=folder) as station:
        assert not copy.exists() and station.journal.copy.person(visitor.code) is None


def test_a_class_leaving_offline_is_checked_out_by_the_database_when_it_is_back(
        url: str, db: Database, station: StationDesk) -> None:
    group, pupils, teacher = make_class(db, 3, day=EVENT_DAYS[0])
    checkin_class(ScanDesk(db, "Entrée B"), group.id, now=MORNING)
    station.refresh_copy()
    with held(url):
        movement = class_checkout(station, group, [pupils[1].id], head_count=3, now=LATER)
        back = station.scan(pupils[0].code, now=LATER + dt.timedelta(minutes=1))
    assert movement.offline and movement.head_count_matches is True
    assert sorted(p.id for p in movement.moved) == sorted([teacher.id, pupils[0].id, pupils[2].id])  # type: ignore[union-attr]
    assert [p.id for p in movement.still_inside] == [pupils[1].id]
    assert back.result is ScanResult.RE_ENTERED  # went out with the class a minute ago, known offline
    assert station.settle(30) == 0
    inside = {p.id for p in roster(db, group.id) if p.on_site}
    assert inside == {pupils[1].id, pupils[0].id}
