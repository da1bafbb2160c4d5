"""Search as you type: accent- and case-insensitive prefixes over names, school, class and badge code.

Each person has a few folded words in `search_term`, whose primary key (term, name key, person) is the index;
a prefix becomes a range on it (`term >= 'lefe' AND term < 'leff'`), which stays fast on 100,000 people on
SQLite and PostgreSQL alike, where `LIKE '%…%'` would scan every row and miss "Lefèvre" for "lefe".

A search never stops silently: it returns a page of people in index order, which is the ranking (the whole
word typed before the longer words it starts; for each word, the people whose own name has it before those
whose school, class or company has it; then last name, first name), with how many
match in all (counted up to `COUNT_LIMIT`) and where the next page starts: the desk fetches page after page
as the list is scrolled, each read straight off the index after the last row shown, so that every match is
reached, in order, once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    select,
    tuple_,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from kiosk.domain.database import Database
from kiosk.domain.models import Person, SearchTerm
from kiosk.domain.text import name_key, prefix_upper_bound, search_terms, words
from kiosk.domain.views import PersonView, person_query, person_views

DEFAULT_LIMIT = 50  # rows read at once; the desk reads the next ones as its list is scrolled
COUNT_LIMIT = 1000  # counting stops here: "more than 1,000" says enough and keeps one letter fast
_MAX_QUERY_WORDS = 6


NAME_TIER, OTHER_TIER = 0, 1  # a word of the person's own name comes before one of their school or company


@dataclass(frozen=True)
class Indexed:
    """What the index holds for one person: their folded name (the order) and their words, each with its tier."""

    person_id: int
    name_key: str
    terms: dict[str, int]


def person_index(person_id: int, first_name: str, last_name: str, school: str, class_label: str,
                 code: str) -> Indexed:
    """"Martin" the surname before "Martin" the company or the school ("Métallerie Saint-Martin")."""
    terms = dict.fromkeys(search_terms(school, class_label) | {code.lower()}, OTHER_TIER)
    terms.update(dict.fromkeys(search_terms(first_name, last_name), NAME_TIER))
    return Indexed(person_id, name_key(first_name, last_name), terms)


def reindex_people(session: Session, people: list[Indexed], *, fresh: bool = False) -> None:
    """Replace the search terms of these people (after a rename, a move); `fresh`: they have none yet."""
    if not people:
        return
    if not fresh:
        session.execute(delete(SearchTerm).where(SearchTerm.person_id.in_([p.person_id for p in people])))
    values = [{"term": term, "tier": tier, "name_key": person.name_key, "person_id": person.person_id}
              for person in people for term, tier in person.terms.items()]
    if values:
        session.connection().execute(insert(SearchTerm), values)  # Core: no per-row ORM bookkeeping


def _matches(term_column: InstrumentedAttribute[str], place: int) -> ColumnElement[bool]:
    """The typed word number `place` starts the term: a range on the index, bound at run time."""
    return and_(term_column >= bindparam(f"from{place}"), term_column < bindparam(f"to{place}"))


@dataclass(frozen=True)
class Mark:
    """Where a page stopped: the index entry of its last row (the next page starts after it)."""

    term: str
    tier: int
    name_key: str
    person_id: int


@dataclass(frozen=True)
class Page:
    """People in ranked order, and where the next page starts (None: these were the last)."""

    people: list[PersonView]
    more: Mark | None


@dataclass(frozen=True)
class Found(Page):
    """The first page, and how many match in all (at most `COUNT_LIMIT + 1`: "more than")."""

    total: int = 0

    @property
    def complete(self) -> bool:
        return self.more is None


def _also_matches(query: Select[*tuple[Any, ...]], lead: type[SearchTerm],
                  word_count: int) -> Select[*tuple[Any, ...]]:
    """People of `lead` who also have a word starting with each other typed word."""
    for place in range(1, word_count):
        extra = aliased(SearchTerm)
        query = query.where(exists().where(extra.person_id == lead.person_id, _matches(extra.term, place)))
    return query


@functools.lru_cache(maxsize=2 * _MAX_QUERY_WORDS)
def _page_query(word_count: int, resumed: bool) -> Select[Any]:
    """Index entries of matching people in index order, each person once (at the first of their words the
    lead typed word starts), at most `limit`; `resumed`: after the entry `after_*`. Built once per shape:
    building a statement costs more than running it."""
    lead, earlier = aliased(SearchTerm), aliased(SearchTerm)
    key = (lead.term, lead.tier, lead.name_key, lead.person_id)
    query = _also_matches(select(*key).where(_matches(lead.term, 0)), lead, word_count)
    query = query.where(~exists().where(earlier.person_id == lead.person_id, earlier.term >= bindparam("from0"),
                                        earlier.term < lead.term))
    if resumed:
        after_term: BindParameter[str] = bindparam("after_term")
        after = tuple_(after_term, bindparam("after_tier", type_=Integer), bindparam("after_key"),
                       bindparam("after_id", type_=Integer))
        query = query.where(lead.term >= after_term, tuple_(*key) > after)
    return query.order_by(*key).limit(bindparam("limit", type_=Integer))


@functools.lru_cache(maxsize=_MAX_QUERY_WORDS)
def _counting(word_count: int) -> Select[int]:
    lead = aliased(SearchTerm)
    matching = _also_matches(select(lead.person_id).where(_matches(lead.term, 0)), lead, word_count)
    return select(func.count()).select_from(matching.distinct().limit(COUNT_LIMIT + 1).subquery())


def _bounds(typed: list[str]) -> dict[str, object]:
    """The values of the queries' parameters: each typed word and the end of its range."""
    return {name: value for place, word in enumerate(typed)
            for name, value in ((f"from{place}", word), (f"to{place}", prefix_upper_bound(word)))}


def _typed(text: str) -> list[str]:
    """The words to look for, longest first (the longest leads: its range is the narrowest)."""
    return sorted(set(words(text[:200])), key=len, reverse=True)[:_MAX_QUERY_WORDS]


def _read_page(session: Session, typed: list[str], limit: int, after: Mark | None) -> Page:
    params = _bounds(typed) | {"limit": limit + 1}  # one more than asked: whether there are more
    if after is not None:
        params |= {"after_term": after.term, "after_tier": after.tier, "after_key": after.name_key,
                   "after_id": after.person_id}
    entries = session.execute(_page_query(len(typed), after is not None), params).all()
    more = Mark(*entries[limit - 1]) if len(entries) > limit else None
    entries = entries[:limit]
    if not entries:
        return Page([], None)
    ids = [entry.person_id for entry in entries]
    by_id = {p.id: p for p in person_views(session, person_query().where(Person.id.in_(ids)))}
    return Page([by_id[i] for i in ids if i in by_id], more)


def find_people(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> Found:
    """The first `limit` people whose words start with every word typed, ranked, and how many match in all."""
    typed = _typed(text)
    if not typed or limit <= 0:
        return Found([], None, 0)
    with db.transaction(write=False) as session:
        page = _read_page(session, typed, limit, None)
        total = len(page.people) if page.more is None else session.scalar(_counting(len(typed)), _bounds(typed))
    return Found(page.people, page.more, total or 0)


def more_people(db: Database, text: str, after: Mark, limit: int = DEFAULT_LIMIT) -> Page:
    """The next `limit` people of the search for `text`, after the page that ended at `after`."""
    typed = _typed(text)
    if not typed or limit <= 0:
        return Page([], None)
    with db.transaction(write=False) as session:
        return _read_page(session, typed, limit, after)


def search_people(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[PersonView]:
    """The first `limit` people whose words start with every word typed, ranked (see `find_people`)."""
    return find_people(db, text, limit).people
