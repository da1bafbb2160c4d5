"""Hostile and broken roster files: refused in one sentence before they cost memory or time."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kiosk.domain.errors import KioskError
from kiosk.domain.rosters import parse_pasted_text, parse_roster_bytes, parse_roster_file

_SHEET_HEAD = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _real_workbook() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nom", "Prénom"])
    sheet.append(["Lefèvre", "Chloé"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _with_sheet(sheet_xml: bytes | None = None, *, chunks: int = 0) -> bytes:
    """A real workbook whose first sheet is replaced by `sheet_xml`, or by `chunks` MiB of one cell's text."""
    source = zipfile.ZipFile(io.BytesIO(_real_workbook()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            if member.filename != "xl/worksheets/sheet1.xml":
                target.writestr(member, source.read(member))
            elif sheet_xml is not None:
                target.writestr(member.filename, sheet_xml)
            else:
                with target.open(member.filename, "w") as stream:
                    stream.write(_SHEET_HEAD + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
                    for _ in range(chunks):
                        stream.write(b"A" * 2**20)
                    stream.write(b"</t></is></c></row></sheetData></worksheet>")
    return buffer.getvalue()


def test_a_cell_unpacking_to_a_huge_text_is_refused_before_openpyxl() -> None:
    bomb = _with_sheet(chunks=200)  # 200 MiB in a file of a few hundred KiB
    assert len(bomb) < 1_000_000
    with pytest.raises(KioskError) as caught:
        parse_roster_bytes(bomb, "bombe.xlsx")
    assert caught.value.text("fr").startswith("Le fichier « bombe.xlsx » se décompresse en bien plus de données")
    assert "unpacks to far more data than a roster" in caught.value.text("en")


def test_a_sheet_of_a_million_rows_is_refused_before_openpyxl() -> None:
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i)
                    for i in range(1, 1_000_000))
    many = _with_sheet(_SHEET_HEAD + b"<sheetData>" + rows + b"</sheetData></worksheet>")
    with pytest.raises(KioskError, match="se décompresse en bien plus"):
        parse_roster_bytes(many, "lignes.xlsx")


def test_a_real_workbook_still_reads() -> None:
    roster = parse_roster_bytes(_real_workbook(), "vrai.xlsx")
    assert [(e.first_name, e.last_name) for e in roster.entries] == [("Chloé", "Lefèvre")]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_devices_are_not_read(device: str) -> None:
    with pytest.raises(KioskError) as caught:
        parse_roster_file(device)
    assert "n'est pas un fichier ordinaire" in caught.value.text("fr")


def test_a_fifo_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "liste.csv"
    os.mkfifo(fifo)
    with pytest.raises(KioskError, match="is not a regular file"):
        try:
            parse_roster_file(fifo)
        except KioskError as error:
            raise KioskError(error.text("en"), error.text("en")) from error


def test_one_windows_byte_in_a_utf8_file_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "mélange.csv"
    path.write_bytes("Nom;Prénom\nLévy;Léa\nMüller;Zoé\n".encode() + "Dupré;Noé\n".encode("cp1252"))
    with pytest.raises(KioskError) as caught:
        parse_roster_file(path)
    assert "mélange deux encodages" in caught.value.text("fr") and "ligne 4" in caught.value.text("fr")
    assert "first unreadable character is on line 4" in caught.value.text("en")


def test_a_pure_windows_1252_file_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("Nom;Prénom\nLévy;Léa\nDupré;Noé\n".encode("cp1252"))
    roster = parse_roster_file(path)
    assert [e.last_name for e in roster.entries] == ["Lévy", "Dupré"]


def test_pasted_bytes_keep_their_accents_and_follow_the_file_rules() -> None:
    roster = parse_pasted_text("Léa LÉVY\nZoé MÜLLER\n".encode())
    assert {e.first_name for e in roster.entries} == {"Léa", "Zoé"}
    with pytest.raises(KioskError, match="ligne 2"):
        parse_pasted_text("Léa Lévy\n".encode() + "Noé Dupré\n".encode("cp1252"))


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_import_from_stdin_keeps_accents(tmp_path: Path, encoding: str) -> None:
    database = tmp_path / "k.sqlite3"
    admin = [sys.executable, "-m", "kiosk.cli", "--db", str(database)]
    environment = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    subprocess.run([*admin, "init", "--event", "Salon", "--from", "2026-11-24", "--to", "2026-11-27"],
                   check=True, env=environment, capture_output=True)
    done = subprocess.run([*admin, "--json", "import", "-", "--school", "Collège Brassens", "--postcode", "75019",
                           "--class", "4e B"], input="Léa LÉVY\nNoé DUPRÉ\n".encode(encoding), env=environment,
                          capture_output=True)
    assert done.returncode == 0, done.stderr
    people = subprocess.run([*admin, "--json", "people"], env=environment, capture_output=True, check=True)
    assert '"first_name": "Léa"' in people.stdout.decode() and '"first_name": "Noé"' in people.stdout.decode()
