"""Existing schools proposed from the first letters of any word of their name, accents and case ignored."""

from __future__ import annotations

import datetime as dt

from kiosk.domain.database import Database
from kiosk.domain.registration import GroupInput, SchoolInput, add_group
from kiosk.domain.schools import find_schools

DAY = dt.date(2026, 11, 24)


def _school(db: Database, name: str, city: str, postcode: str) -> None:
    add_group(db, GroupInput(SchoolInput(name, city, postcode), "4e A", DAY))


def test_prefix_ignores_accents_and_case(event_db: Database) -> None:
    _school(event_db, "Collège Émile-Zola", "Paris", "75011")
    _school(event_db, "Collège Jean-Moulin", "Paris", "75015")
    _school(event_db, "Lycée Hélène-Boucher", "Paris", "75020")
    found = find_schools(event_db, "  COLLEGE e")
    assert [s.name for s in found] == ["Collège Émile-Zola"]
    assert (found[0].city, found[0].postcode) == ("Paris", "75011")
    assert [s.name for s in find_schools(event_db, "coll")] == ["Collège Émile-Zola", "Collège Jean-Moulin"]


def test_same_name_two_towns_and_limit(event_db: Database) -> None:
    _school(event_db, "Collège Victor-Hugo", "Paris", "75003")
    _school(event_db, "Collège Victor-Hugo", "Créteil", "94000")
    assert {s.postcode for s in find_schools(event_db, "victor")} == {"75003", "94000"}
    assert {s.postcode for s in find_schools(event_db, "college v")} == {"75003", "94000"}
    assert len(find_schools(event_db, "college", limit=1)) == 1


def test_nothing_typed_finds_nothing(event_db: Database) -> None:
    _school(event_db, "Collège Jean-Moulin", "Paris", "75015")
    assert find_schools(event_db, "   ") == []
    assert find_schools(event_db, "zz") == []


def test_any_word_of_the_name_matches(event_db: Database) -> None:
    _school(event_db, "Collège Jean-Moulin", "Paris", "75015")
    _school(event_db, "Lycée Jean-Jaurès", "Paris", "75019")
    _school(event_db, "Collège Saint-Exupéry", "Saint-Denis", "93200")
    _school(event_db, "École 100%_Sport", "Lyon", "69001")
    assert [s.name for s in find_schools(event_db, "jean")] == ["Collège Jean-Moulin", "Lycée Jean-Jaurès"]
    assert [s.name for s in find_schools(event_db, "MOUL coll")] == ["Collège Jean-Moulin"]
    assert [s.name for s in find_schools(event_db, "exup")] == ["Collège Saint-Exupéry"]
    assert find_schools(event_db, "oulin") == []  # inside a word is not the start of one
    assert find_schools(event_db, "%") == [] and find_schools(event_db, "_") == []
    assert [s.name for s in find_schools(event_db, "lycee j")] == ["Lycée Jean-Jaurès"]
