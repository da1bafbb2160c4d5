"""What the user sees when a roster is wrong: one sentence per file problem, line numbers per row."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.domain.errors import KioskError
from kiosk.domain.roster_import import ClassPlan, ImportReport
from kiosk.domain.rosters import MAX_FILE_BYTES, RosterEntry, parse_roster_bytes, parse_roster_file


def _refusal(path: Path) -> KioskError:
    with pytest.raises(KioskError) as caught:
        parse_roster_file(path)
    return caught.value


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    error = _refusal(path)
    assert error.text("fr") == "Le fichier « vide.csv » ne contient aucun élève."
    assert error.text("en") == "The file “vide.csv” contains no pupils."


def test_header_only_file(tmp_path: Path) -> None:
    path = tmp_path / "entete.csv"
    path.write_text("Titre de la liste\nNom;Prénom;Classe\n;;\n", encoding="utf-8")
    assert "ne contient aucun élève" in _refusal(path).text("fr")


def test_no_name_column_names_expected_headers(tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("Classe;Date de naissance;Sexe\n4e B;01/02/2011;F\n", encoding="utf-8")
    error = _refusal(path)
    assert "Aucune colonne de noms" in error.text("fr") and "« Nom » et « Prénom »" in error.text("fr")
    assert "“Last name” and “First name”" in error.text("en")


def test_three_unheaded_columns_is_no_name_column() -> None:
    with pytest.raises(KioskError, match="Aucune colonne de noms"):
        parse_roster_bytes(b"a;b;c\nd;e;f\n", "x.csv")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    missing = _refusal(tmp_path / "absent.csv")
    assert missing.text("fr") == "Le fichier « absent.csv » est introuvable. Vérifiez son nom et son dossier."
    folder = tmp_path / "classes"
    folder.mkdir()
    assert "est un dossier" in _refusal(folder).text("fr")
    assert "is a folder" in _refusal(folder).text("en")


def test_file_over_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "énorme.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    error = _refusal(path)
    assert "énorme.csv" in error.text("fr") and "20 Mo" in error.text("fr")


def test_xls_and_binary_files(tmp_path: Path) -> None:
    xls = tmp_path / "ancien.xls"
    xls.write_bytes(b"Nom\tPrenom\n")
    assert "enregistrez-le au format .xlsx ou .csv" in _refusal(xls).text("fr")
    image = tmp_path / "photo.csv"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "ni un tableur ni un fichier texte" in _refusal(image).text("fr")


def test_name_of_300_characters_is_a_line_problem() -> None:
    data = ("Nom;Prénom\nDupont;Marie\n\nMartin;" + "L" * 300 + "\nDurand;Léa\n").encode()
    roster = parse_roster_bytes(data, "long.csv")

    assert [p.line for p in roster.problems] == [4]
    problem = roster.problems[0].msg
    assert problem.fr == "Ligne 4 : le prénom fait 300 caractères ; 100 au plus sont acceptés."
    assert problem.en == "Line 4: the first name is 300 characters long; at most 100 are allowed."
    assert [e.last_name for e in roster.entries] == ["Dupont", "Durand"]


def test_empty_names_unknown_role_and_missing_class() -> None:
    text = ("Nom;Prénom;Classe;Rôle\nDupont;Marie;4e B;élève\n;Paul;4e B;\nRoux;;4e C;\n"
            "Blanc;Léo;;\nNoir;Éva;4e C;directrice\n;;;\nVert;Jade;4e C;professeure\n")
    roster = parse_roster_bytes(text.encode(), "classes.csv")

    assert [(p.line, p.msg.fr) for p in roster.problems] == [
        (3, "Ligne 3 : le nom est vide."),
        (4, "Ligne 4 : le prénom est vide."),
        (5, "Ligne 5 : la classe est vide alors que d'autres lignes en ont une."),
        (6, "Ligne 6 : le rôle « directrice » est inconnu ; écrivez élève, professeur ou accompagnateur."),
    ]
    assert all(p.msg.en.startswith(f"Line {p.line}: ") for p in roster.problems)
    assert [(e.line, e.last_name) for e in roster.entries] == [(2, "Dupont"), (8, "Vert")]


def test_adult_without_class_in_a_multi_class_file_is_a_problem() -> None:
    text = "Nom;Prénom;Classe;Rôle\nDupont;Marie;4e B;\nMartin;Lucas;4e C;\nRoux;Anne;;prof\n"
    roster = parse_roster_bytes(text.encode(), "deux.csv")
    assert [p.line for p in roster.problems] == [4]


def test_control_characters_in_cells_are_cleaned() -> None:
    data = "Nom;Prénom;Classe\nDu\x07pont\u200b;  Ma\x0brie ;4e\x1b B\n".encode()
    entry = parse_roster_bytes(data, "ctrl.csv").entries[0]
    assert (entry.last_name, entry.first_name, entry.class_label) == ("Dupont", "Ma rie", "4e B")


def test_ignored_columns_never_count() -> None:
    # A row with only a birth date is blank for us: we do not read that column.
    data = "Nom;Prénom;Date de naissance\nDupont;Marie;01/01/2011\n;;02/02/2012\n".encode()
    roster = parse_roster_bytes(data, "dates.csv")
    assert roster.problems == [] and len(roster.entries) == 1


def test_absurdly_long_input_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.domain.rosters import parse

    monkeypatch.setattr(parse, "MAX_ROWS", 10)
    data = "".join(f"Nom{i};Prénom{i}\n" for i in range(20)).encode()
    with pytest.raises(KioskError, match="plus de 10 lignes"):
        parse_roster_bytes(data, "annuaire.csv")


def test_the_summary_says_one_person_or_several_people() -> None:
    one = ClassPlan("4e B", None, new=[RosterEntry(2, "Zoé", "Lefèvre", "4e B")])
    assert ImportReport("4eB.csv", [one], dry_run=True).summary().text("fr") == (
        "Aperçu : 1 personne serait inscrite. Rien n'a été écrit.")
    assert ImportReport("4eB.csv", [one], dry_run=False).summary().text("fr") == (
        "Importation terminée : 1 personne inscrite depuis 4eB.csv.")
    assert ImportReport("4eB.csv", [one, one], dry_run=False).summary().text("en") == (
        "Import finished: 2 people registered from 4eB.csv.")
