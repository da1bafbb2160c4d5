"""Pasted text: one person per line, in every form people paste."""

from __future__ import annotations

import pytest

from kiosk.domain.errors import KioskError
from kiosk.domain.rosters import parse_pasted_text


def _pairs(text: str) -> list[tuple[int, str, str]]:
    roster = parse_pasted_text(text)
    assert roster.problems == []
    return [(e.line, e.last_name, e.first_name) for e in roster.entries]


def test_every_pasted_form_in_one_paste() -> None:
    text = "Marie DUPONT\nMARTIN Lucas\nDurand;Léa\nPetit\tHugo\nRoux, Anne\n\n   \nLefèvre Zoé\n"
    assert _pairs(text) == [
        (1, "DUPONT", "Marie"),
        (2, "MARTIN", "Lucas"),
        (3, "Durand", "Léa"),
        (4, "Petit", "Hugo"),
        (5, "Roux", "Anne"),
        (8, "Lefèvre", "Zoé"),
    ]


@pytest.mark.parametrize("header", ["Nom;Prénom", "NOM Prénom", "Élève", "nom\tprenom", "Nom et prénom"])
def test_optional_header_line_is_skipped(header: str) -> None:
    assert _pairs(f"{header}\nDupont;Marie\nMARTIN Lucas\n") == [(2, "Dupont", "Marie"), (3, "MARTIN", "Lucas")]


def test_pasted_from_spreadsheet_with_class_and_role() -> None:
    text = "Prénom\tNom\tClasse\tStatut\nMarie\tDupont\t4e B\télève\nPaul\tMartin\t4e B\tprof\n"
    roster = parse_pasted_text(text)
    assert [(e.first_name, e.kind.value, e.class_label) for e in roster.entries] == [
        ("Marie", "pupil", "4e B"), ("Paul", "teacher", "4e B")]


def test_pasted_text_problems_name_their_line() -> None:
    roster = parse_pasted_text("Marie DUPONT\n\nZoé\nDurand;\nDUPONT Léa\t\n")
    assert [(p.line, p.msg.fr) for p in roster.problems] == [
        (3, "Ligne 3 : « Zoé » ne contient qu'un mot ; il faut le nom et le prénom."),
        (4, "Ligne 4 : « Durand » ne contient qu'un mot ; il faut le nom et le prénom."),
    ]
    assert roster.problems[0].msg.en == "Line 3: “Zoé” is a single word; both the last and the first name are needed."
    assert [e.last_name for e in roster.entries] == ["DUPONT", "DUPONT"]


def test_empty_first_name_under_a_header() -> None:
    roster = parse_pasted_text("Nom;Prénom\nDupont;Marie\nDurand;\n;Léa\n")
    assert [(p.line, p.msg.fr, p.msg.en) for p in roster.problems] == [
        (3, "Ligne 3 : le prénom est vide.", "Line 3: the first name is empty."),
        (4, "Ligne 4 : le nom est vide.", "Line 4: the last name is empty."),
    ]


def test_other_scripts_and_emoji_do_not_crash() -> None:
    pairs = _pairs("محمد علي\n王 小明\nИванов Пётр\nNguyễn Văn An\nMarie 🦄 DUPONT\n")
    assert pairs == [(1, "محمد", "علي"), (2, "王", "小明"), (3, "Иванов", "Пётр"), (4, "Nguyễn", "Văn An"),
                     (5, "DUPONT", "Marie 🦄")]


def test_control_characters_are_cleaned() -> None:
    assert _pairs("\x07Ma\x1brie\u200b   DU\x00PONT\r\n") == [(1, "DUPONT", "Marie")]


def test_empty_paste_is_refused() -> None:
    with pytest.raises(KioskError) as caught:
        parse_pasted_text("\n  \n\t\n")
    assert caught.value.text("fr") == "Le texte collé ne contient aucun élève."
    assert caught.value.text("en") == "The pasted text contains no pupils."
