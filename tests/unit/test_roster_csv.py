"""Text roster files as French schools produce them: encodings, separators, title lines, roles."""

from __future__ import annotations

import time
from pathlib import Path

from kiosk.domain.kinds import PersonKind
from kiosk.domain.rosters import RosterEntry, parse_roster_bytes, parse_roster_file


def _names(entries: list[RosterEntry]) -> list[tuple[str, str]]:
    return [(e.last_name, e.first_name) for e in entries]


def test_windows_1252_semicolons_with_title_row(tmp_path: Path) -> None:
    text = (
        "Liste de la classe 4e B — Collège Jean Moulin\r\n"
        ";;\r\n"
        "NOM;Prénom;Date de naissance\r\n"
        "Lefèvre;Chloé;12/03/2011\r\n"
        "N'Diaye;Zoé;01/09/2011\r\n"
        "Bœuf;Françoise;\r\n"
    )
    path = tmp_path / "4eB.csv"
    path.write_bytes(text.encode("cp1252"))

    roster = parse_roster_file(path)

    assert roster.problems == []
    assert _names(roster.entries) == [("Lefèvre", "Chloé"), ("N'Diaye", "Zoé"), ("Bœuf", "Françoise")]
    assert [e.line for e in roster.entries] == [4, 5, 6]
    assert roster.class_labels() == [None]
    assert roster.source == "4eB.csv"


def test_utf8_bom_comma_csv_with_classes(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("\ufeffNom,Prénom,Classe\nDupont,Marie,4e B\nMartin,Lucas,4e C\n".encode())

    roster = parse_roster_file(path)

    assert roster.problems == []
    assert _names(roster.entries) == [("Dupont", "Marie"), ("Martin", "Lucas")]
    assert roster.class_labels() == ["4e B", "4e C"]


def test_latin1_fallback_when_not_cp1252() -> None:
    # 0x81 is undefined in Windows-1252: the bytes can only be Latin-1.
    data = "Nom;Prénom\nDurand;Zoé\x81\n".encode("latin-1")
    roster = parse_roster_bytes(data, "vieux.csv")
    assert _names(roster.entries) == [("Durand", "Zoé")]


def test_tab_separated_columns_in_any_order(tmp_path: Path) -> None:
    path = tmp_path / "liste.tsv"
    path.write_text("Classe\tSexe\tprenom\tnom de famille\n5e A\tF\tInès\tBenali\n5e A\tM\tHugo\tRoux\n",
                    encoding="utf-8")

    roster = parse_roster_file(path)

    assert _names(roster.entries) == [("Benali", "Inès"), ("Roux", "Hugo")]
    assert {e.class_label for e in roster.entries} == {"5e A"}


def test_single_full_name_column(tmp_path: Path) -> None:
    path = tmp_path / "eleves.csv"
    path.write_text("NOM Prénom\nDUPONT Marie\nDE LA FONTAINE Jean-Pierre\nLe Goff Yann\n", encoding="utf-8")

    roster = parse_roster_file(path)

    assert _names(roster.entries) == [("DUPONT", "Marie"), ("DE LA FONTAINE", "Jean-Pierre"),
                                      ("Le Goff", "Yann")]
    assert [e.line for e in roster.entries] == [2, 3, 4]


def test_prenom_nom_header_means_first_name_first() -> None:
    roster = parse_roster_bytes("Prénom Nom\nMarie Dupont\n".encode(), "a.csv")
    assert _names(roster.entries) == [("Dupont", "Marie")]


def test_headerless_files() -> None:
    one_column = parse_roster_bytes(b"DUPONT Marie\nMartin Lucas\n", "a.txt")
    assert _names(one_column.entries) == [("DUPONT", "Marie"), ("Martin", "Lucas")]
    two_columns = parse_roster_bytes(b"Dupont;Marie\nMartin;Lucas\n", "b.csv")
    assert _names(two_columns.entries) == [("Dupont", "Marie"), ("Martin", "Lucas")]


def test_role_column_gives_teacher_and_companion() -> None:
    text = ("Nom;Prénom;Classe;Qualité\nDupont;Marie;4e B;Élève\nMartin;Paul;4e B;Professeur principal\n"
            "Roux;Anne;4e B;Accompagnatrice\nBlanc;Léo;4e B;\nNoir;Éva;;AESH\n")
    roster = parse_roster_bytes(text.encode(), "sortie.csv")

    assert roster.problems == []
    kinds = {e.last_name: e.kind for e in roster.entries}
    assert kinds == {"Dupont": PersonKind.PUPIL, "Martin": PersonKind.TEACHER, "Roux": PersonKind.COMPANION,
                     "Blanc": PersonKind.PUPIL, "Noir": PersonKind.COMPANION}
    # An adult without class in a one-class file belongs to that class.
    assert roster.entries[-1].class_label == "4e B"


def test_quoted_cells_and_multiline_cell_keep_line_numbers() -> None:
    text = 'Nom;Prénom;Classe\n"Dupont; dit ""Dudu""";Marie;"4e\nB"\nMartin;;4e B\n'
    roster = parse_roster_bytes(text.encode(), "q.csv")

    assert roster.entries[0].last_name == 'Dupont; dit "Dudu"'
    assert roster.entries[0].class_label == "4e B"  # the line break is cleaned to a space
    assert [p.line for p in roster.problems] == [4]
    assert "Ligne 4 :" in roster.problems[0].msg.fr


def test_old_mac_line_endings() -> None:
    roster = parse_roster_bytes(b"Nom;Pr\xe9nom\rDupont;Marie\rMartin;Lucas\r", "mac.csv")
    assert [e.line for e in roster.entries] == [2, 3]


def test_utf16_excel_unicode_text() -> None:
    data = "Nom\tPrénom\nĐặng\tThảo\n".encode("utf-16")
    roster = parse_roster_bytes(data, "unicode.txt")
    assert _names(roster.entries) == [("Đặng", "Thảo")]


def test_parsing_1000_rows_is_fast(tmp_path: Path) -> None:
    rows = "".join(f"Nom{i};Prénom{i};{3 + i % 3}e {'ABCD'[i % 4]};Élève\n" for i in range(1000))
    path = tmp_path / "big.csv"
    path.write_bytes(("Nom;Prénom;Classe;Rôle\n" + rows).encode("cp1252"))

    started = time.perf_counter()
    roster = parse_roster_file(path)
    elapsed = time.perf_counter() - started

    print(f"\nparsed 1,000-row CSV in {elapsed * 1000:.1f} ms")
    assert len(roster.entries) == 1000
    assert len(roster.class_labels()) == 12
