"""Search as you type: prefixes of names, school, class and badge code, whatever the case and accents."""

from __future__ import annotations

import pytest
from helpers import make_group, make_visitor, school

from kiosk.domain.database import Database
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.models import Group
from kiosk.domain.new_people import PersonSpec, insert_people
from kiosk.domain.registration import add_person
from kiosk.domain.search import COUNT_LIMIT, DEFAULT_LIMIT, Found, Page, find_people, more_people, search_people
from kiosk.domain.views import PersonView


def names(found: list[PersonView]) -> set[str]:
    return {p.full_name for p in found}


@pytest.fixture
def people(event_db: Database) -> dict[str, PersonView]:
    """A few pupils of two classes of two schools, and a visitor."""
    moulin = make_group(event_db, "4e B", school_input=school("Collège Jean Moulin", "75011"))
    exupery = make_group(event_db, "5e A", school_input=school("Collège Saint-Exupéry", "93200", "Saint-Denis"))
    rows = [("Léa", "Lefèvre", moulin), ("Hugo", "LEFEBVRE", moulin), ("Zoé", "Lefort", exupery),
            ("Zoé", "Dupont", exupery), ("Lea", "Durand", moulin), ("Inès", "d'Almeida", exupery),
            ("Jean-Baptiste", "Saint-Martin", exupery)]
    made = {f"{first} {last}": add_person(event_db, PersonKind.PUPIL, first, last, group_id=group.id)
            for first, last, group in rows}
    made["Anne Presse"] = make_visitor(event_db, "Anne", "Presse", VisitorCategory.PRESS, "Ouest-France")
    return made


def test_prefix_ignores_accents_and_case(event_db: Database, people: dict[str, PersonView]) -> None:
    assert names(search_people(event_db, "lefe")) == {"Léa Lefèvre", "Hugo LEFEBVRE"}
    assert names(search_people(event_db, "LEFÈ")) == {"Léa Lefèvre", "Hugo LEFEBVRE"}
    assert "Zoé Dupont" not in names(search_people(event_db, "lefe"))
    assert names(search_people(event_db, "lef")) == {"Léa Lefèvre", "Hugo LEFEBVRE", "Zoé Lefort"}


def test_accents_match_both_ways(event_db: Database, people: dict[str, PersonView]) -> None:
    assert names(search_people(event_db, "LÉA")) == {"Léa Lefèvre", "Lea Durand"}
    assert names(search_people(event_db, "lea")) == {"Léa Lefèvre", "Lea Durand"}
    assert names(search_people(event_db, "ines")) == {"Inès d'Almeida"}


def test_every_word_typed_must_match(event_db: Database, people: dict[str, PersonView]) -> None:
    assert names(search_people(event_db, "zoe lef")) == {"Zoé Lefort"}
    assert names(search_people(event_db, "lef zoe")) == {"Zoé Lefort"}
    assert names(search_people(event_db, "zoe")) == {"Zoé Lefort", "Zoé Dupont"}
    assert search_people(event_db, "zoe lefe") == []


def test_by_school_word_and_class(event_db: Database, people: dict[str, PersonView]) -> None:
    exupery = {"Zoé Lefort", "Zoé Dupont", "Inès d'Almeida", "Jean-Baptiste Saint-Martin"}
    assert names(search_people(event_db, "exupery")) == exupery
    assert names(search_people(event_db, "saint-exupéry")) == exupery
    assert names(search_people(event_db, "5e")) == exupery
    assert names(search_people(event_db, "4eb")) == {"Léa Lefèvre", "Hugo LEFEBVRE", "Lea Durand"}
    assert names(search_people(event_db, "moulin lea")) == {"Léa Lefèvre", "Lea Durand"}
    assert names(search_people(event_db, "ouest")) == {"Anne Presse"}  # a visitor's organisation


def test_by_badge_code_prefix(event_db: Database, people: dict[str, PersonView]) -> None:
    target = people["Zoé Dupont"]
    assert [p.id for p in search_people(event_db, target.code[:10])] == [target.id]
    assert [p.id for p in search_people(event_db, target.code.lower())] == [target.id]


def test_apostrophes_and_hyphens(event_db: Database, people: dict[str, PersonView]) -> None:
    for query in ("d'almeida", "d’Almeida", "almeida", "dalmeida", "D ALMEIDA"):
        assert names(search_people(event_db, query)) == {"Inès d'Almeida"}, query
    for query in ("saint-martin", "martin", "saintmartin", "Saint Martin", "jean-baptiste", "baptiste"):
        assert names(search_people(event_db, query)) == {"Jean-Baptiste Saint-Martin"}, query


def test_nothing_typed_finds_nobody(event_db: Database, people: dict[str, PersonView]) -> None:
    for query in ("", "   ", " - ' . ", "\n\t"):
        assert search_people(event_db, query) == []
    assert search_people(event_db, "lefe", limit=0) == []


def test_huge_query_does_not_crash(event_db: Database, people: dict[str, PersonView]) -> None:
    assert search_people(event_db, "x" * 10_000) == []
    assert names(search_people(event_db, "lefe " * 2_000)) == {"Léa Lefèvre", "Hugo LEFEBVRE"}
    assert search_people(event_db, " ".join(f"w{i}" for i in range(2_000))) == []


def test_every_match_is_counted_and_ranked(event_db: Database) -> None:
    """"lefe" once gave 20 Lefebvre in index order and none of the Lefèvre, with no hint that more existed."""
    group = make_group(event_db)
    for i in range(20):
        add_person(event_db, PersonKind.PUPIL, f"Élève{i:02d}", "LEFEBVRE", group_id=group.id)
    for i in range(8):
        add_person(event_db, PersonKind.PUPIL, f"Zélie{i}", "Lefèvre", group_id=group.id)
    add_person(event_db, PersonKind.PUPIL, "Anna", "Lefe", group_id=group.id)
    found = find_people(event_db, "lefe")
    assert found.total == 29 and found.complete
    assert [p.last_name for p in found.people] == ["Lefe"] + ["LEFEBVRE"] * 20 + ["Lefèvre"] * 8
    assert [p.first_name for p in found.people[1:4]] == ["Élève00", "Élève01", "Élève02"]
    few = find_people(event_db, "lefe", limit=5)
    assert (few.total, len(few.people), few.complete) == (29, 5, False)
    assert few.people[0].last_name == "Lefe"  # the whole word is among the first shown


def test_count_stops_above_the_limit(event_db: Database) -> None:
    group_id = make_group(event_db).id
    with event_db.transaction() as session:
        group = session.get(Group, group_id)
        insert_people(session, [PersonSpec(PersonKind.PUPIL, f"P{i}", "Martin", group)
                                for i in range(COUNT_LIMIT + 5)])
    found = find_people(event_db, "mart")
    assert found.total == COUNT_LIMIT + 1 and len(found.people) == DEFAULT_LIMIT and not found.complete
    assert find_people(event_db, "mart p999").total == 1


def every_page(db: Database, text: str, limit: int) -> tuple[Found, list[PersonView]]:
    """The first page and everyone reached by asking for the next page until there is none."""
    found = find_people(db, text, limit)
    page: Page = found
    people = list(found.people)
    while page.more is not None:
        page = more_people(db, text, page.more, limit)
        people += page.people
    return found, people


def test_paging_reaches_every_match_in_order_once(event_db: Database) -> None:
    """300 people match "martin": page after page, each comes once, the whole word first, by last name then
    first name, whatever the page size (so rows already shown never move)."""
    group_id = make_group(event_db, school_input=school("Collège Saint-Martin", "75011")).id
    with event_db.transaction() as session:
        group = session.get(Group, group_id)
        specs = [PersonSpec(PersonKind.PUPIL, f"Élève{i:03d}", last, group)  # the school's word: whole
                 for i, last in enumerate(["Zola", "Abel"] * 40)]
        specs += [PersonSpec(PersonKind.VISITOR, first, last) for first in ("Zoé", "Ève", "Éric", "Anne", "Lucas")
                  for last in ("MARTIN", "Martinez", "Martinière")]
        specs += [PersonSpec(PersonKind.VISITOR, "Martine", f"Martinez-Lopez{i:02d}") for i in range(60)]
        specs += [PersonSpec(PersonKind.VISITOR, f"Jean{i:03d}", "Martin") for i in range(145)]
        insert_people(session, specs)
    _, everyone = every_page(event_db, "MARTIN", 300)
    assert len(everyone) == 300 == len({p.id for p in everyone})
    names = [p.full_name for p in everyone]
    # The whole word: first the people whose own name it is, then those of the school that has it in its name.
    assert names[:4] == ["Anne MARTIN", "Éric MARTIN", "Ève MARTIN", "Jean000 Martin"]
    assert names[147:150] == ["Jean144 Martin", "Lucas MARTIN", "Zoé MARTIN"]
    assert names[150:230] == ([f"Élève{i:03d} Abel" for i in range(1, 80, 2)]
                              + [f"Élève{i:03d} Zola" for i in range(0, 80, 2)])
    assert names[230:290] == [f"Martine Martinez-Lopez{i:02d}" for i in range(60)]  # first matching word: martine
    assert names[290:] == [f"{first} {last}" for last in ("Martinez", "Martinière")
                           for first in ("Anne", "Éric", "Ève", "Lucas", "Zoé")]
    for size in (1, 7, DEFAULT_LIMIT, 299):
        found, paged = every_page(event_db, "martin", size)
        assert [p.id for p in paged] == [p.id for p in everyone], size
        assert found.total == 300 and len(found.people) == size and not found.complete


def test_the_last_page_says_it_is_the_last(event_db: Database) -> None:
    group = make_group(event_db)
    for i in range(4):
        add_person(event_db, PersonKind.PUPIL, f"Élève{i}", "Lefort", group_id=group.id)
    found = find_people(event_db, "lefort", limit=2)
    assert found.more is not None and found.total == 4
    last = more_people(event_db, "lefort", found.more, limit=2)
    assert len(last.people) == 2 and last.more is None
    assert find_people(event_db, "lefort", limit=4).complete


def test_cyrillic_prefix_finds_cyrillic_name(event_db: Database) -> None:
    group = make_group(event_db)
    ivanova = add_person(event_db, PersonKind.PUPIL, "Анастасия", "Иванова", group_id=group.id)
    add_person(event_db, PersonKind.PUPIL, "Ivan", "Petrov", group_id=group.id)
    assert [p.id for p in search_people(event_db, "Иван")] == [ivanova.id]
    assert [p.id for p in search_people(event_db, "иван")] == [ivanova.id]
    assert [p.last_name for p in search_people(event_db, "ана")] == ["Иванова"]
