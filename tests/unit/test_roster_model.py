"""ParsedRoster helpers the importer relies on: class labels and duplicates."""

from __future__ import annotations

from kiosk.domain.rosters import parse_pasted_text, parse_roster_bytes


def test_exact_duplicate_rows_are_kept_and_flagged() -> None:
    text = ("Nom;Prénom;Classe\nDupont;Marie;4e B\nMartin;Lucas;4e B\nDUPONT;marie;4e B\n"
            "Dupont;Marie;4e C\nDupont;Marie;4e B\n")
    roster = parse_roster_bytes(text.encode(), "doublons.csv")

    assert len(roster.entries) == 5
    pairs = [(a.line, b.line) for a, b in roster.duplicates()]
    assert pairs == [(2, 4), (2, 6)]  # same folded names, same class; 4e C is another pupil


def test_duplicates_ignore_accents_and_case_without_class() -> None:
    roster = parse_pasted_text("Lefèvre Zoé\nLEFEVRE Zoe\nLefèvre Chloé\n")
    assert [(a.line, b.line) for a, b in roster.duplicates()] == [(1, 2)]
    assert roster.class_labels() == [None]


def test_class_labels_in_order_of_appearance() -> None:
    text = "Classe;Nom;Prénom\n4e C;A;B\n4e B;C;D\n4e C;E;F\n3e A;G;H\n"
    assert parse_roster_bytes(text.encode(), "c.csv").class_labels() == ["4e C", "4e B", "3e A"]


def test_no_duplicates_in_a_clean_roster() -> None:
    assert parse_pasted_text("Marie DUPONT\nLucas MARTIN\n").duplicates() == []
