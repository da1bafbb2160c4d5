"""Search as you type: accent- and case-insensitive prefixes over names, school, class and badge code.

Each person has a few folded words in `search_term`, whose primary key (term, person) is the index; a
prefix becomes a range on it (`term >= 'lefe' AND term < 'leff'`), which stays fast on 100,000 people on
SQLite and PostgreSQL alike, where `LIKE '%…%'` would scan every row and miss "Lefèvre" for "lefe".

A search never stops silently: it returns up to `DEFAULT_LIMIT` people, ranked (whole words typed before
prefixes, then last name, first name), with how many match in all, counted up to `COUNT_LIMIT`, so that the
desk can say "27 personnes" and scroll to every one, or "plus de 1 000 personnes : précisez".
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, bindparam, delete, exists, func, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from kiosk.domain.database import Database
from kiosk.domain.models import Person, SearchTerm
from kiosk.domain.text import fold, prefix_upper_bound, search_terms, words
from kiosk.domain.views import PersonView, person_query, person_views

DEFAULT_LIMIT = 50  # rows a desk can scroll through; above it the desk asks for more letters
COUNT_LIMIT = 1000  # counting stops here: "more than 1,000" says enough and keeps one letter fast
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
        session.connection().execute(insert(SearchTerm), values)  # Core: no per-row ORM bookkeeping


def _matches(term_column: InstrumentedAttribute[str], place: int) -> ColumnElement[bool]:
    """The typed word number `place` starts the term: a range on the index, bound at run time."""
    return and_(term_column >= bindparam(f"from{place}"), term_column < bindparam(f"to{place}"))


@dataclass(frozen=True)
class Found:
    """The people shown (ranked) and how many match in all (at most `COUNT_LIMIT + 1`: "more than")."""

    people: list[PersonView]
    total: int

    @property
    def complete(self) -> bool:
        return self.total <= len(self.people)


@functools.lru_cache(maxsize=2 * _MAX_QUERY_WORDS)
def _matching(word_count: int, ranked: bool) -> Select[Any]:
    """Ids of people with a word starting with each typed word (bound as `from<i>`, `to<i>`). `ranked`: also
    whether the longest typed word is a whole word of theirs, in index order (where the whole word comes
    first), at most `limit` rows. Built once per shape: building a statement costs more than running it."""
    lead = aliased(SearchTerm)
    columns = (lead.person_id, lead.term == bindparam("from0")) if ranked else (lead.person_id,)
    query = select(*columns).where(_matches(lead.term, 0))
    for place in range(1, word_count):
        extra = aliased(SearchTerm)
        query = query.where(exists().where(extra.person_id == lead.person_id, _matches(extra.term, place)))
    if ranked:
        return query.order_by(lead.term, lead.person_id).limit(bindparam("limit", type_=Integer))
    return query.distinct().limit(COUNT_LIMIT + 1)


def _bounds(typed: list[str]) -> dict[str, object]:
    """The values of `_matching`'s parameters: each typed word and the end of its range."""
    return {name: value for place, word in enumerate(typed)
            for name, value in ((f"from{place}", word), (f"to{place}", prefix_upper_bound(word)))}


@functools.lru_cache(maxsize=_MAX_QUERY_WORDS)
def _counting(word_count: int) -> Select[int]:
    return select(func.count()).select_from(_matching(word_count, ranked=False).subquery())


def _count(session: Session, typed: list[str]) -> int:
    """How many people match, counted up to COUNT_LIMIT + 1 (an index range read, never the whole table)."""
    return session.scalar(_counting(len(typed)), _bounds(typed)) or 0


def _rank(whole: set[int]) -> Callable[[PersonView], tuple[bool, str, str, int]]:
    """Whole words typed before prefixes ("martin" before "martinez"), then last name, first name."""

    def key(person: PersonView) -> tuple[bool, str, str, int]:
        return person.id not in whole, fold(person.last_name), fold(person.first_name), person.id

    return key


def find_people(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> Found:
    """Up to `limit` people whose words start with every word typed, ranked, and how many match in all."""
    typed = sorted(set(words(text[:200])), key=len, reverse=True)[:_MAX_QUERY_WORDS]
    if not typed or limit <= 0:
        return Found([], 0)
    candidates = limit * _CANDIDATES_PER_RESULT
    with db.transaction(write=False) as session:
        rows = session.execute(_matching(len(typed), ranked=True), _bounds(typed) | {"limit": candidates}).all()
        ids = list(dict.fromkeys(person_id for person_id, _ in rows))[:limit]
        if not ids:
            return Found([], 0)
        total = _count(session, typed) if len(ids) == limit or len(rows) == candidates else len(ids)
        people = person_views(session, person_query().where(Person.id.in_(ids)))
    whole = {person_id for person_id, is_whole in rows if is_whole}
    return Found(sorted(people, key=_rank(whole)), total)


def search_people(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[PersonView]:
    """The first `limit` people whose words start with every word typed, ranked (see `find_people`)."""
    return find_people(db, text, limit).people
