"""Search as you type: accent- and case-insensitive prefixes over names, school, class and badge code.

Each person has a few folded words in `search_term`, whose primary key (term, person) is the index; a
prefix becomes a range on it (`term >= 'lefe' AND term < 'leff'`), which stays fast on 100,000 people on
SQLite and PostgreSQL alike, where `LIKE '%…%'` would scan every row and miss "Lefèvre" for "lefe".
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, delete, exists, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from kiosk.domain.database import Database
from kiosk.domain.models import Person, SearchTerm
from kiosk.domain.text import prefix_upper_bound, search_terms, words
from kiosk.domain.views import PersonView, person_query, person_views

DEFAULT_LIMIT = 20
_CANDIDATES_PER_RESULT = 4
_MAX_QUERY_WORDS = 6


def person_terms(first_name: str, last_name: str, school: str, class_label: str, code: str) -> set[str]:
    terms = search_terms(first_name, last_name, school, class_label)
    terms.add(code.lower())
    return terms


def index_rows(person_id: int, terms: Iterable[str]) -> list[dict[str, object]]:
    return [{"term": term, "person_id": person_id} for term in terms]


def reindex_people(session: Session, rows: list[tuple[int, set[str]]], *, fresh: bool = False) -> None:
    """Replace the search terms of these people (after a rename, a move); `fresh`: they have none yet."""
    if not rows:
        return
    if not fresh:
        ids = [person_id for person_id, _ in rows]
        session.execute(delete(SearchTerm).where(SearchTerm.person_id.in_(ids)))
    values = [row for person_id, terms in rows for row in index_rows(person_id, terms)]
    if values:
        session.execute(insert(SearchTerm), values)


def _matches(term_column: InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    return and_(term_column >= prefix, term_column < prefix_upper_bound(prefix))


def search_people(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[PersonView]:
    """The first `limit` people whose words start with every word typed, best matches first."""
    typed = sorted(set(words(text[:200])), key=len, reverse=True)[:_MAX_QUERY_WORDS]
    if not typed or limit <= 0:
        return []
    lead = aliased(SearchTerm)
    query = select(lead.person_id).where(_matches(lead.term, typed[0]))
    for other in typed[1:]:
        extra = aliased(SearchTerm)
        query = query.where(exists().where(extra.person_id == lead.person_id,
                                           _matches(extra.term, other)))
    query = query.order_by(lead.term, lead.person_id).limit(limit * _CANDIDATES_PER_RESULT)
    with db.transaction(write=False) as session:
        ids = list(dict.fromkeys(session.scalars(query)))[:limit]
        if not ids:
            return []
        found = {p.id: p for p in person_views(session, person_query().where(Person.id.in_(ids)))}
    return [found[i] for i in ids if i in found]
