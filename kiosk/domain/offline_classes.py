"""A class checked in or out while the database is away: the roster from the station's copy, the move journaled.

Online, the roster and the check-in go to the database as always (kiosk.domain.class_visits), bounded so that
they give up before the station answers offline: a class move has no scan id, and one committed after the
journal's replay would undo what the replay did. Offline, the
roster comes from the copy of the people with what this station did since on top, the check-in moves those
it finds outside, and one journal entry keeps the class, the absent and who moved. On replay the database
checks the class in at the original time: those another desk had let in stay "already inside", nobody is
recorded twice (a replay sent twice moves nobody the second time).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from kiosk.domain.class_visits import ClassMovement, checkin_class, checkout_class, validated_absent
from kiosk.domain.clock import utc_now
from kiosk.domain.directory import roster
from kiosk.domain.journal import Entry
from kiosk.domain.kinds import ROLE_ORDER, Direction
from kiosk.domain.offline import OfflineStation, presence
from kiosk.domain.text import fold
from kiosk.domain.views import GroupView, PersonView, flag_duplicates

CLASS_IN = "class_in"
CLASS_OUT = "class_out"


def class_roster(station: OfflineStation, group_id: int, now: dt.datetime | None = None) -> list[PersonView]:
    """The members of a class, from the database when it answers, else from the station's copy."""
    online = station.online(lambda: roster(station.desk.db, group_id))
    return online if online is not None else offline_roster(station, group_id, now or utc_now())


def offline_roster(station: OfflineStation, group_id: int, now: dt.datetime,
                   shown: list[PersonView] | None = None) -> list[PersonView]:
    """The members (the copy's, or those `shown` on the roster) with their presence as this station knows it,
    ordered as `roster` orders them."""
    start = station.desk.today(now)[1]
    members = shown if shown is not None else station.journal.copy.members(group_id)
    people = [_as_known(station, p, start) for p in members]
    people.sort(key=lambda p: (ROLE_ORDER[p.kind], fold(p.last_name), fold(p.first_name), p.id))
    return flag_duplicates(people)


def _as_known(station: OfflineStation, person: PersonView, start: dt.datetime) -> PersonView:
    inside, since, went_out = presence(station.facts(person.code, person, start))
    if inside:
        return replace(person, on_site=True, entered_at=since)
    return replace(person, on_site=False, left_at=person.left_at if went_out else None)


def class_checkin(station: OfflineStation, group: GroupView, absent: Iterable[int] = (), *, override_day: bool = False,
                  now: dt.datetime | None = None, shown: list[PersonView] | None = None) -> ClassMovement:
    """Check a class in (everyone but `absent`): the database's transaction, or offline from the journal.
    `shown`: the roster as the screen shows it (a class registered since the copy was taken is not in it)."""
    now, absent = now or utc_now(), list(absent)
    online = station.online(lambda: checkin_class(station.desk, group.id, absent, now=now, override_day=override_day,
                                                  answer_within=station.work_within))
    if online is not None:
        return online
    members, left_aside, targets = _as_the_station_knows(station, group, now, shown, absent)
    if group.day is not None and group.day != station.desk.today(now)[0] and not override_day:
        return ClassMovement(group, Direction.IN, left_aside=members, wrong_day=group.day, offline=True)
    moved = [replace(m, on_site=True, entered_at=now) for m in targets if not m.on_site]
    _journal_move(station, group, Direction.IN, now, {"absent": sorted(left_aside)}, moved, override_day)
    return ClassMovement(group, Direction.IN, moved=moved, unchanged=[m for m in targets if m.on_site],
                         left_aside=[m for m in members if m.id in left_aside], offline=True)


def class_checkout(station: OfflineStation, group: GroupView, missing: Iterable[int] = (), *,
                   head_count: int | None = None, now: dt.datetime | None = None,
                   shown: list[PersonView] | None = None) -> ClassMovement:
    """A class leaving (everyone inside but `missing`): the database's transaction, or offline from the journal."""
    now, missing = now or utc_now(), list(missing)
    online = station.online(lambda: checkout_class(station.desk, group.id, missing, head_count=head_count, now=now,
                                                   answer_within=station.work_within))
    if online is not None:
        return online
    members, left_aside, targets = _as_the_station_knows(station, group, now, shown, missing)
    moved = [replace(m, on_site=False, left_at=now) for m in targets if m.on_site]
    _journal_move(station, group, Direction.OUT, now, {"missing": sorted(left_aside), "head_count": head_count},
                  moved)
    return ClassMovement(group, Direction.OUT, moved=moved, unchanged=[m for m in targets if not m.on_site],
                         left_aside=[m for m in members if m.id in left_aside],
                         still_inside=[m for m in members if m.on_site and m.id in left_aside],
                         head_count=head_count, offline=True)


def _as_the_station_knows(station: OfflineStation, group: GroupView, now: dt.datetime,
                          shown: list[PersonView] | None, aside: list[int]) -> tuple[list[PersonView], set[int],
                                                                                   list[PersonView]]:
    """The class as this station knows it, the ids left aside (checked to be members), and the others."""
    members = offline_roster(station, group.id, now, shown)
    left_aside = validated_absent(members, aside)
    return members, left_aside, [m for m in members if m.id not in left_aside]


def _journal_move(station: OfflineStation, group: GroupView, direction: Direction, now: dt.datetime,
                  data: dict[str, Any], moved: list[PersonView], override_day: bool = False) -> None:
    """One entry for the class: who was left aside (for the replay) and who moved (for later offline scans)."""
    kind, result = (CLASS_IN, "checked_in") if direction is Direction.IN else (CLASS_OUT, "checked_out")
    data = {**data, "group_id": group.id, "moved": [m.code for m in moved]}
    station.journal_entry(Entry(uuid.uuid4().hex, kind, group.code, direction, now, result, override_day,
                                json.dumps(data)))


def replay_class_out(station: OfflineStation, entry: Entry) -> str:
    data = json.loads(entry.data)
    checkout_class(station.desk, data["group_id"], data["missing"], head_count=data["head_count"], now=entry.at)
    return "checked_out"


def replay_class_in(station: OfflineStation, entry: Entry) -> str:
    """The database checks the class in as it was at the station: at that time, the same absent."""
    data = json.loads(entry.data)
    movement = checkin_class(station.desk, data["group_id"], data["absent"], now=entry.at,
                             override_day=entry.override_day)
    return "wrong_day" if movement.wrong_day else "checked_in"
