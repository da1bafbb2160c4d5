"""A small fair built by hand for the statistics, report and export tests: every figure is known in advance.

Six classes from six schools (Paris, Hauts-de-Seine twice, Corse-du-Sud, Haute-Corse, Guadeloupe), five
individual visitors, and two days of comings and goings at explicit Paris times, including a scan at 00:30
that belongs to the second day although it is still the 24th in UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from helpers import at
from sample_event import EVENT_DAYS

from kiosk.domain.checkin import ScanDesk
from kiosk.domain.class_visits import checkin_class, checkout_class
from kiosk.domain.database import Database
from kiosk.domain.events import add_slot
from kiosk.domain.kinds import Direction, PersonKind, VisitorCategory
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person
from kiosk.domain.views import GroupView, PersonView

DAY1, DAY2 = EVENT_DAYS[0], EVENT_DAYS[1]
SCHOOLS = {"zola": SchoolInput("Collège Émile-Zola", "Paris", "75011"),
           "moulin": SchoolInput("Collège Jean-Moulin", "Nanterre", "92000"),
           "fesch": SchoolInput("Collège Fesch", "Ajaccio", "20000"),
           "paoli": SchoolInput("Collège Pasquale-Paoli", "Bastia", "20200"),
           "archimede": SchoolInput("Collège Gerty-Archimède", "Pointe-à-Pitre", "97110"),
           "curie": SchoolInput("Collège Marie-Curie", "Sceaux", "92330")}
PUPILS = ("Léa", "Hugo", "Chloé", "Inès", "Noé")


@dataclass(frozen=True)
class Fair:
    classes: dict[str, tuple[GroupView, list[PersonView], PersonView | None]]
    visitors: dict[str, PersonView]


def _class(db: Database, school: str, label: str, day: dt.date, pupils: int, *, slot: int | None = None,
           expected: int | None = None, teacher: bool = True) -> tuple[GroupView, list[PersonView], PersonView | None]:
    group = add_group(db, GroupInput(SCHOOLS[school], label, day, slot, expected=expected))
    members = [add_person(db, PersonKind.PUPIL, PUPILS[i], f"Élève-{school}", group_id=group.id)
               for i in range(pupils)]
    lead = add_person(db, PersonKind.TEACHER, "Claire", f"Prof-{school}", group_id=group.id) if teacher else None
    return group, members, lead


def _visitor(db: Database, name: str, category: VisitorCategory, postcode: str) -> PersonView:
    return add_person(db, PersonKind.VISITOR, "Visiteur", name, category=category, postcode=postcode)


def build_fair(db: Database) -> Fair:
    morning = add_slot(db, DAY1, dt.time(9), dt.time(11), 60)
    afternoon = add_slot(db, DAY1, dt.time(13, 30), dt.time(15, 30), 20)
    classes = {"g1": _class(db, "zola", "4e B", DAY1, 4, slot=morning.id, expected=5),
               "g2": _class(db, "moulin", "3e A", DAY1, 3, slot=morning.id),
               "g3": _class(db, "fesch", "5e 2", DAY1, 2, slot=afternoon.id),
               "g4": _class(db, "paoli", "6ème C", DAY2, 2),
               "g5": _class(db, "archimede", "Groupe théâtre", DAY1, 2),
               "g6": _class(db, "curie", "4e C", DAY1, 2, slot=morning.id, teacher=False)}
    visitors = {"v1": _visitor(db, "Public", VisitorCategory.GENERAL_PUBLIC, "75015"),
                "v2": _visitor(db, "Presse", VisitorCategory.PRESS, ""),
                "v3": _visitor(db, "Pro", VisitorCategory.PROFESSIONAL, "1000"),
                "v4": _visitor(db, "Exposant", VisitorCategory.EXHIBITOR, "92100"),
                "v5": _visitor(db, "Staff", VisitorCategory.STAFF, "97110")}
    fair = Fair(classes, visitors)
    _first_day(db, fair)
    _second_day(db, fair)
    return fair


def _first_day(db: Database, fair: Fair) -> None:
    """Inside: 1 at 08:55, 5 at 09:10, 9 at 09:40, 10 at 10:05 (the peak), 9, 10, 6, 9, 10 at 14:00, 6."""
    desk, c, v = ScanDesk(db, station="Entrée A"), fair.classes, fair.visitors
    desk.scan(v["v1"].code, now=at(DAY1, 8, 55))
    checkin_class(desk, c["g1"][0].id, [c["g1"][1][0].id], now=at(DAY1, 9, 10))  # one pupil absent
    checkin_class(desk, c["g2"][0].id, now=at(DAY1, 9, 40))
    desk.scan(v["v4"].code, now=at(DAY1, 10, 5))
    desk.scan(v["v1"].code, Direction.OUT, now=at(DAY1, 10, 30))
    desk.scan(v["v1"].code, now=at(DAY1, 11, 15))  # re_entered
    checkout_class(desk, c["g1"][0].id, now=at(DAY1, 11, 30))
    checkin_class(desk, c["g3"][0].id, now=at(DAY1, 13, 45))
    group5, pupils5, teacher5 = c["g5"]
    assert teacher5 is not None
    checkin_class(desk, group5.id, [pupils5[1].id, teacher5.id], now=at(DAY1, 14))
    checkout_class(desk, c["g2"][0].id, now=at(DAY1, 16, 20))
    desk.scan(v["v2"].code, Direction.OUT, now=at(DAY1, 17))  # not_inside: not a move


def _second_day(db: Database, fair: Fair) -> None:
    """Inside: 1 at 00:30 (23:30 UTC on the 24th), 4 at 09:30, 5 at 10:00, 6 at 11:00 (the peak)."""
    desk, v = ScanDesk(db, station="Entrée B"), fair.visitors
    desk.scan(v["v5"].code, now=at(DAY2, 0, 30))
    checkin_class(desk, fair.classes["g4"][0].id, now=at(DAY2, 9, 30))
    desk.scan(v["v2"].code, now=at(DAY2, 10))
    desk.scan(v["v2"].code, now=at(DAY2, 10, 1))  # already_in: not a move
    desk.scan(v["v1"].code, now=at(DAY2, 11))
