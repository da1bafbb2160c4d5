"""A walk-in visitor registered at a desk, with the database there or not; the badge prints at once either way.

The badge code is made at the station before anything else (random and signed with the event key it keeps),
so the registration can be sent twice without making two people: online it goes to the database as always;
when the database does not answer in time, the journal keeps the visitor (and the check-in, when the desk
checks walk-ins in) and the database registers them with that very code on replay. A replay that finds the
code already registered (the online attempt got through after all) only records the check-in, once, by its
scan id.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError

from kiosk.domain.badge_list import BadgeData
from kiosk.domain.checkin import ScanOutcome
from kiosk.domain.clock import utc_now
from kiosk.domain.codes import CodeKind, new_code
from kiosk.domain.directory import person_by_code
from kiosk.domain.journal import Entry, StationJournal
from kiosk.domain.kinds import Direction, PersonKind, ScanResult, VisitorCategory
from kiosk.domain.offline import OfflineStation
from kiosk.domain.registration import add_person
from kiosk.domain.text import clean_name, clean_postcode
from kiosk.domain.views import PersonView

WALK_IN = "walk_in"


@dataclass(frozen=True)
class WalkIn:
    """A registered visitor, their check-in (None when the desk does not check walk-ins in) and their badge."""

    person: PersonView
    entry: ScanOutcome | None
    badge: BadgeData
    offline: bool = False


@dataclass(frozen=True)
class Visitor:
    first_name: str
    last_name: str
    category: VisitorCategory
    organisation: str = ""
    postcode: str = ""


def register_walk_in(station: OfflineStation, visitor: Visitor, *, check_in: bool, actor: str = "",
                     now: dt.datetime | None = None) -> WalkIn:
    """Register (and check in) a walk-in: in the database when it answers within the budget, else offline."""
    now, uid = now or utc_now(), uuid.uuid4().hex
    code = new_code(CodeKind.BADGE, station.event.secret)
    online = station.online(lambda: _online(station, visitor, code, uid, check_in, actor, now))
    if online is not None:
        return online
    person = _offline_person(visitor, code, now if check_in else None)
    data = {**vars(visitor), "category": visitor.category.value, "check_in": check_in, "actor": actor}
    result = ScanResult.CHECKED_IN.value if check_in else "registered"
    station.journal_entry(Entry(uid, WALK_IN, code, Direction.IN, now, result, data=json.dumps(data)))
    entry = ScanOutcome(ScanResult.CHECKED_IN, code, now, person, offline=True) if check_in else None
    return WalkIn(person, entry, badge_of(person, station), offline=True)


def _online(station: OfflineStation, visitor: Visitor, code: str, uid: str, check_in: bool, actor: str,
            now: dt.datetime) -> WalkIn:
    person = _registered(station, visitor, code, actor)
    entry = station.desk.scan(code, Direction.IN, uid=uid, now=now) if check_in else None
    return WalkIn(person, entry, badge_of(person, station))


def _registered(station: OfflineStation, visitor: Visitor, code: str, actor: str) -> PersonView:
    """The visitor registered with `code`, now or by an earlier attempt."""
    try:
        return add_person(station.desk.db, PersonKind.VISITOR, visitor.first_name, visitor.last_name,
                          category=visitor.category, organisation=visitor.organisation,
                          postcode=visitor.postcode, actor=actor, code=code)
    except IntegrityError:
        found = person_by_code(station.desk.db, code)
        if found is None:
            raise
        return found


def replay_walk_in(station: OfflineStation, entry: Entry) -> str:
    data = json.loads(entry.data)
    visitor = _visitor(data)
    if person_by_code(station.desk.db, entry.code) is None:
        _registered(station, visitor, entry.code, data["actor"])
    if not data["check_in"]:
        return "registered"
    return station.desk.scan(entry.code, Direction.IN, uid=entry.uid, now=entry.at).result.value


def journaled_walk_in(journal: StationJournal, code: str) -> PersonView | None:
    """A walk-in this station registered offline, as its badge shows them (not in the copy of the people yet)."""
    data = journal.walk_in(code)
    return None if data is None else _offline_person(_visitor(json.loads(data)), code, None)


def _visitor(data: dict[str, Any]) -> Visitor:
    return Visitor(data["first_name"], data["last_name"], VisitorCategory(data["category"]), data["organisation"],
                   data["postcode"])


def _offline_person(visitor: Visitor, code: str, entered: dt.datetime | None) -> PersonView:
    """The visitor as the badge and the screen show them, checked as the database would check them."""
    first = clean_name(visitor.first_name, field_fr="le prénom", field_en="the first name")
    last = clean_name(visitor.last_name, field_fr="le nom", field_en="the last name")
    organisation = clean_name(visitor.organisation, field_fr="l'organisation", field_en="the organisation",
                              required=False)
    return PersonView(0, PersonKind.VISITOR, first, last, None, visitor.category, organisation,
                      clean_postcode(visitor.postcode), code, entered is not None, entered, None, "", "", None)


def badge_of(person: PersonView, station: OfflineStation) -> BadgeData:
    """A walk-in's badge, from what the station knows (the same as `badges_for` gives for a visitor)."""
    event = station.event
    return BadgeData(person.first_name, person.last_name, person.organisation, "", person.kind, person.category,
                     person.code, event.name, event.days)
