"""Splitting one full-name cell into first and last name."""

from __future__ import annotations

import pytest

from kiosk.domain.rosters.names import split_full_name


@pytest.mark.parametrize(
    ("full", "first", "last"),
    [
        ("DUPONT Marie", "Marie", "DUPONT"),
        ("Marie DUPONT", "Marie", "DUPONT"),
        ("DE LA FONTAINE Jean-Pierre", "Jean-Pierre", "DE LA FONTAINE"),
        ("Jean-Pierre DE LA FONTAINE", "Jean-Pierre", "DE LA FONTAINE"),
        ("Marie de LA FONTAINE", "Marie", "de LA FONTAINE"),
        ("N'DIAYE Aïssatou", "Aïssatou", "N'DIAYE"),
        ("Dupont, Marie", "Marie", "Dupont"),
        ("DUPONT, Marie Claire", "Marie Claire", "DUPONT"),
        ("Lefèvre Zoé", "Zoé", "Lefèvre"),
        ("Le Goff Yann", "Yann", "Le Goff"),
        ("De La Fontaine Jean", "Jean", "De La Fontaine"),
        ("Van Damme Jean-Claude", "Jean-Claude", "Van Damme"),
        ("El Amrani Yasmine", "Yasmine", "El Amrani"),
        ("Dos Santos Inês", "Inês", "Dos Santos"),
        ("Ben Ali Karim", "Karim", "Ben Ali"),
        ("DUPONT MARIE", "MARIE", "DUPONT"),  # all capitals: no clue, so "Nom Prénom"
        ("Dupont - Marie", "Marie", "Dupont"),
    ],
)
def test_split_latin_names(full: str, first: str, last: str) -> None:
    assert split_full_name(full) == (first, last)


@pytest.mark.parametrize(
    ("full", "first", "last"),
    [
        ("Иванов Пётр", "Пётр", "Иванов"),
        ("ИВАНОВ Пётр", "Пётр", "ИВАНОВ"),
        ("王 小明", "小明", "王"),
        ("Nguyễn Văn An", "Văn An", "Nguyễn"),
        ("NGUYỄN Thị Mai", "Thị Mai", "NGUYỄN"),
        ("محمد علي", "علي", "محمد"),
        ("Marie 🦄 DUPONT", "Marie 🦄", "DUPONT"),
        ("🦄 🌈", "🌈", "🦄"),
    ],
)
def test_split_other_scripts_and_emoji(full: str, first: str, last: str) -> None:
    assert split_full_name(full) == (first, last)


def test_first_name_first_order_is_used_only_without_capitals() -> None:
    assert split_full_name("Jean de la Fontaine", first_name_first=True) == ("Jean", "de la Fontaine")
    assert split_full_name("Marie Dupont", first_name_first=True) == ("Marie", "Dupont")
    assert split_full_name("DUPONT Marie", first_name_first=True) == ("Marie", "DUPONT")


@pytest.mark.parametrize("full", ["Zoé", "DUPONT", "王", "", "Dupont,", ", Marie", "- Marie"])
def test_single_word_cannot_be_split(full: str) -> None:
    assert split_full_name(full) is None
