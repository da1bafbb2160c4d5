"""Excel rosters: header under title lines, odd column order, several classes, misnamed files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from kiosk.domain.errors import KioskError
from kiosk.domain.rosters import parse_roster_bytes, parse_roster_file


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _collège(path: Path) -> Path:
    return _workbook(path, [
        ["Collège Jean Moulin — Sortie au salon"],
        ["Année 2024-2025"],
        [],
        ["Prénom", "Classe", "NOM", "Date de naissance", "E-mail"],
        ["Chloé", "4e B", "Lefèvre", dt.datetime(2011, 3, 12), "secret@example.org"],
        ["Zoé", "4e B", "N'Diaye", None, None],
        [None, None, None, None, None],
        ["Françoise", 3, "Bœuf", None, None],
        ["Lucas", "4e C", "Martin", None, None],
    ])


def test_header_on_row_4_strange_order_several_classes(tmp_path: Path) -> None:
    roster = parse_roster_file(_collège(tmp_path / "sortie.xlsx"))

    assert roster.problems == []
    assert [(e.line, e.last_name, e.first_name, e.class_label) for e in roster.entries] == [
        (5, "Lefèvre", "Chloé", "4e B"),
        (6, "N'Diaye", "Zoé", "4e B"),
        (8, "Bœuf", "Françoise", "3"),  # a number cell 3 reads "3", not "3.0"
        (9, "Martin", "Lucas", "4e C"),
    ]
    assert roster.class_labels() == ["4e B", "3", "4e C"]


def test_xlsx_detected_by_content_even_when_misnamed(tmp_path: Path) -> None:
    path = _collège(tmp_path / "sortie.xlsx")
    renamed = path.rename(tmp_path / "sortie.csv")
    roster = parse_roster_file(renamed)
    assert len(roster.entries) == 4


def test_float_cells_read_as_typed(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "n.xlsx", [["Nom", "Prénom", "Classe"], ["Dupont", "Marie", 4.0],
                                           ["Durand", "Léa", 4.5]])
    roster = parse_roster_file(path)
    assert [e.class_label for e in roster.entries] == ["4", "4.5"]


def test_single_full_name_column_xlsx(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "e.xlsm", [["Élève"], ["DUPONT Marie"], ["Marie MARTIN"], ["Zoé"]])
    roster = parse_roster_file(path)

    assert [(e.last_name, e.first_name) for e in roster.entries] == [("DUPONT", "Marie"), ("MARTIN", "Marie")]
    assert [p.line for p in roster.problems] == [4]
    assert "Ligne 4 :" in roster.problems[0].msg.fr and "Zoé" in roster.problems[0].msg.fr


def test_corrupt_xlsx_is_one_clear_error(tmp_path: Path) -> None:
    good = _collège(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "cassé.xlsx"
    path.write_bytes(good[: len(good) // 2])

    with pytest.raises(KioskError) as caught:
        parse_roster_file(path)

    assert "endommagé" in caught.value.text("fr") and "cassé.xlsx" in caught.value.text("fr")
    assert "damaged" in caught.value.text("en")


def test_xlsx_name_on_text_content_is_read_as_text() -> None:
    roster = parse_roster_bytes(b"Nom;Prenom\nDupont;Marie\n", "faux.xlsx")
    assert [(e.last_name, e.first_name) for e in roster.entries] == [("Dupont", "Marie")]


def test_xlsx_name_on_binary_content_is_corrupt() -> None:
    with pytest.raises(KioskError) as caught:
        parse_roster_bytes(b"\x00\x01\x02garbage" * 10, "faux.xlsx")
    assert "endommagé" in caught.value.text("fr") and "faux.xlsx" in caught.value.text("fr")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "lettre.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(KioskError) as caught:
        parse_roster_file(path)
    assert "ni un tableur ni un fichier texte" in caught.value.text("fr")


def test_ods_and_xls_ask_to_save_as_xlsx(tmp_path: Path) -> None:
    import zipfile

    ods = tmp_path / "liste.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    xls = tmp_path / "liste.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))

    for path in (ods, xls):
        with pytest.raises(KioskError) as caught:
            parse_roster_file(path)
        assert ".xlsx" in caught.value.text("fr") and path.name in caught.value.text("fr")
        assert ".xlsx" in caught.value.text("en")


def test_zip_with_broken_workbook_inside(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "abîmé.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("xl/workbook.xml", "not xml at all")
    with pytest.raises(KioskError) as caught:
        parse_roster_file(path)
    assert "endommagé" in caught.value.text("fr") and "abîmé.xlsx" in caught.value.text("fr")


def test_role_column_in_xlsx(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "r.xlsx", [["Nom", "Prénom", "Type"], ["Dupont", "Marie", "Élève"],
                                           ["Martin", "Paul", "Enseignant"], ["Roux", "Anne", "Parent"],
                                           ["Blanc", "Léo", "Chef"]])
    roster = parse_roster_file(path)
    assert [e.kind.value for e in roster.entries] == ["pupil", "teacher", "companion"]
    assert [p.line for p in roster.problems] == [5] and "Ligne 5 :" in roster.problems[0].msg.fr
