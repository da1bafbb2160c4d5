"""Names as typed and the folded keys we search on."""

from __future__ import annotations

import unicodedata

import pytest

from kiosk.domain.errors import KioskError
from kiosk.domain.text import MAX_NAME_LENGTH, clean_name, clean_text, fold, prefix_upper_bound, search_terms, words


@pytest.mark.parametrize(("typed", "key"), [
    ("Lefèvre", "lefevre"),
    ("LEFÈVRE", "lefevre"),
    ("Léa", "lea"),
    ("ÇA", "ca"),
    ("Œuvre", "oeuvre"),
    ("Lætitia", "laetitia"),
    ("Straße", "strasse"),
    ("Søren Łukasz", "soren lukasz"),
    ("Nguyễn Thị", "nguyen thi"),
    ("Иванова", "иванова"),
    ("王小明", "王小明"),
    ("ﬁlle", "fille"),  # compatibility ligature
    ("Zoé 🦄", "zoe 🦄"),
])
def test_fold_drops_case_and_accents_but_keeps_scripts(typed: str, key: str) -> None:
    assert fold(typed) == key
    assert fold(unicodedata.normalize("NFD", typed)) == key


def test_fold_of_arabic_keeps_its_letters() -> None:
    assert fold("فاطمة") == "فاطمة"
    assert fold("مُحَمَّد") == "محمد"  # short-vowel marks are dropped like accents


def test_words_split_on_spaces_hyphens_apostrophes_and_punctuation() -> None:
    assert words("Jean-Baptiste d'Almeida") == ["jean", "baptiste", "d", "almeida"]
    assert words("  D’ALMEIDA\t(Inès) ") == ["d", "almeida", "ines"]
    assert words("Saint–Martin, 4e B") == ["saint", "martin", "4e", "b"]
    assert words("") == [] and words(" - ' . ") == []


def test_search_terms_add_names_run_together() -> None:
    terms = search_terms("Le Goff", "Jean-Pierre", "4e B")
    assert {"le", "goff", "legoff", "jean", "pierre", "jeanpierre", "4e", "b", "4eb"} == terms
    assert search_terms("Léa") == {"lea"}
    assert all(len(t) <= 60 for t in search_terms("x" * 100 + " y"))
    assert search_terms("", "  ") == set()


@pytest.mark.parametrize("prefix", ["lefe", "a", "z", "иван", "王", "🦄", "b1x9", "\ud7ff", "a\U0010ffff", "é"])
def test_prefix_upper_bound_closes_the_prefix_range(prefix: str) -> None:
    bound = prefix_upper_bound(prefix)
    assert bound > prefix
    for suffix in ("", "a", "zzzz", "é", "\U0010ffff" * 3, "王"):
        assert prefix <= prefix + suffix < bound
    assert not bound.startswith(prefix)
    bound.encode("utf-8")  # never a lone surrogate: the database must be able to store it


def test_prefix_upper_bound_examples() -> None:
    assert prefix_upper_bound("lefe") == "leff"
    assert prefix_upper_bound("az") == "a{"
    assert prefix_upper_bound("lefe") < "lefèvre"  # folded keys are compared, never raw names
    assert prefix_upper_bound("\ud7ff") == "\ue000"  # over the surrogates, which no text can hold
    assert prefix_upper_bound("a\U0010ffff") == "b"  # the last code point cannot be bumped


def test_clean_text_normalises_and_strips_controls() -> None:
    assert clean_text("  Léa\u0000\u0007 \t Martin\r\n") == "Léa Martin"
    assert clean_text(unicodedata.normalize("NFD", "Chloé")) == "Chloé"
    assert clean_text("Mar\u200btin\u202e") == "Martin"
    assert clean_text("a\u2028b") == "a b"


def test_clean_name_refuses_empty_and_overlong_names() -> None:
    assert clean_name("  Inès  ") == "Inès"
    assert clean_name("\x00", required=False) == ""
    with pytest.raises(KioskError) as empty:
        clean_name(" \x00 ", field_fr="le prénom", field_en="the first name")
    assert empty.value.text("fr") == "Il manque le prénom." and empty.value.text("en") == "The first name is missing."
    assert len(clean_name("é" * MAX_NAME_LENGTH)) == MAX_NAME_LENGTH
    with pytest.raises(KioskError) as long:
        clean_name("x" * 300)
    assert "300" in long.value.text("fr") and "300" in long.value.text("en")
    assert str(MAX_NAME_LENGTH) in long.value.text("en")
    with pytest.raises(KioskError):
        clean_name("a" * (MAX_NAME_LENGTH + 1), required=False)
