"""Schools as you type: the registration form proposes existing schools from the first letters of any word of
their name ("jean" finds "Collège Jean-Moulin", as does "coll mou")."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kiosk.domain.database import Database
from kiosk.domain.models import School
from kiosk.domain.text import fold, words

_MAX_TYPED_WORDS = 6


@dataclass(frozen=True)
class SchoolChoice:
    id: int
    name: str
    city: str
    postcode: str


def _starts_every_word(typed: list[str], name: str) -> bool:
    """Each typed word starts some word of the name (accents, case, hyphens aside)."""
    name_words = words(name)
    return all(any(word.startswith(part) for word in name_words) for part in typed)


def find_schools(db: Database, text: str, limit: int = 8) -> list[SchoolChoice]:
    """Schools with a word starting with each word typed; names starting with the text first, then by name.

    `LIKE '%jean%'` on the folded name narrows the rows in the database (a fair has a few thousand schools, a
    scan of them is a millisecond); the word test is then done here, where words are split as search splits them.
    """
    typed = words(text[:200])[:_MAX_TYPED_WORDS]
    if not typed or limit <= 0:
        return []
    query = (select(School.id, School.name, School.city, School.postcode)
             .where(*(School.name_key.contains(part, autoescape=True) for part in typed))
             .order_by(School.name_key, School.postcode, School.id))
    with db.transaction(write=False) as session:
        rows = [SchoolChoice(*row) for row in session.execute(query)]
    start = fold(" ".join(text.split()))
    found = [row for row in rows if _starts_every_word(typed, row.name)]
    found.sort(key=lambda school: not fold(school.name).startswith(start))  # stable: name order kept within
    return found[:limit]
