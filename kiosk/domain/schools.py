"""Schools as you type: the registration form proposes existing schools from the first letters of a name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kiosk.domain.database import Database
from kiosk.domain.models import School
from kiosk.domain.text import fold, prefix_upper_bound


@dataclass(frozen=True)
class SchoolChoice:
    id: int
    name: str
    city: str
    postcode: str


def find_schools(db: Database, text: str, limit: int = 8) -> list[SchoolChoice]:
    """Schools whose name starts with `text` (accents and case ignored), by name; a range on `name_key`."""
    prefix = fold(" ".join(text.split()))[:60]
    if not prefix or limit <= 0:
        return []
    query = (select(School.id, School.name, School.city, School.postcode)
             .where(School.name_key >= prefix, School.name_key < prefix_upper_bound(prefix))
             .order_by(School.name_key, School.postcode, School.id).limit(limit))
    with db.transaction(write=False) as session:
        return [SchoolChoice(*row) for row in session.execute(query)]
