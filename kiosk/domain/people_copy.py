"""The station's copy of the people and classes, so that an offline answer still shows the name and class.

Taken every few minutes while the database answers, in one read, and swapped into the journal in one
transaction (about a second for 100,000 people: benchmarks/bench_journal.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from kiosk.domain.clock import utc_now
from kiosk.domain.database import Database
from kiosk.domain.journal import StationJournal
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.views import GroupView, PersonView, group_query, group_views, person_query

COPY_READ_SECONDS = 30.0  # a frozen server must not hold the station's link thread forever
_PERSON_FIELDS = ("id", "kind", "first_name", "last_name", "group_id", "category", "organisation", "postcode",
                  "code", "on_site", "entered_at", "left_at", "class_label", "school", "day")


def refresh_copy(db: Database, journal: StationJournal) -> int:
    """Copy every person and class into the journal; returns how many people were copied."""
    now = utc_now()
    with db.transaction(write=False, answer_within=COPY_READ_SECONDS) as session:  # one instant for both
        people = [_person_row(row) for row in session.execute(person_query())]
        classes = [(g.code, g.id, json.dumps(_group_data(g))) for g in group_views(session, group_query())]
    journal.replace_copy(people, classes, now)
    return len(people)


def _person_row(row: Sequence[Any]) -> tuple[str, int | None, str]:
    data = dict(zip(_PERSON_FIELDS, row, strict=True))
    for key in ("entered_at", "left_at", "day"):
        data[key] = data[key].isoformat() if data[key] is not None else None
    data["class_label"], data["school"] = data["class_label"] or "", data["school"] or ""
    return data["code"], data["group_id"], json.dumps(data)


def person_from_copy(data: dict[str, Any]) -> PersonView:
    return PersonView(data["id"], PersonKind(data["kind"]), data["first_name"], data["last_name"], data["group_id"],
                      VisitorCategory(data["category"]) if data["category"] else None, data["organisation"],
                      data["postcode"], data["code"], bool(data["on_site"]), _instant(data["entered_at"]),
                      _instant(data["left_at"]), data["class_label"], data["school"],
                      dt.date.fromisoformat(data["day"]) if data["day"] else None)


def _group_data(group: GroupView) -> dict[str, Any]:
    data = dict(vars(group))
    data["day"] = group.day.isoformat() if group.day else None
    return data


def group_from_copy(data: dict[str, Any]) -> GroupView:
    return GroupView(**{**data, "day": dt.date.fromisoformat(data["day"]) if data["day"] else None})


def _instant(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None
