"""kiosk-admin report and export as an organiser runs them: its main(), real files, no traceback."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_runner import admin_here

DAY = "2026-11-24"




@pytest.fixture(scope="module")
def fair(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A fair with a class and a walk-in visitor whose first name a spreadsheet would run as a formula.

    On SQLite only and shared by the tests here (each command takes a good part of a second):
    the figures themselves are checked on both backends by test_stats, test_report and test_export."""
    db = f"sqlite:///{tmp_path_factory.mktemp('fair') / 'kiosk.sqlite3'}"
    admin_here(db, "init", "--event", "Salon des métiers", "--venue", "Paris Expo", "--from", DAY, "--to", "2026-11-27")
    admin_here(db, "group", "add", "--school", "Collège Émile-Zola", "--city", "Paris", "--postcode", "75011",
               "--class", "4e B", "--day", DAY, "--teacher", "Mme Claire Durand")
    admin_here(db, "visitor", "add", "--first-name", "=1+1", "--last-name", "Lefèvre", "--postcode", "20200")
    admin_here(db, "visitor", "add", "--first-name", "Inès", "--last-name", "Benoît", "--postcode", "01000")
    return db


def test_report_of_a_day_and_of_the_event(fair: str, tmp_path: Path) -> None:
    said = admin_here(fair, "report", "--day", DAY, "-o", str(tmp_path / "jour.pdf")).stdout
    assert said.strip() == f"Bilan du mardi 24 novembre 2026 écrit dans {tmp_path / 'jour.pdf'}."
    written = json.loads(admin_here(fair, "--json", "report", "-o", str(tmp_path / "salon.pdf")).stdout)
    assert written["path"] == str(tmp_path / "salon.pdf") and written["day"] is None
    assert (tmp_path / "salon.pdf").read_bytes().startswith(b"%PDF") and written["bytes"] > 1000
    english = admin_here(fair, "--lang", "en", "report", "-o", str(tmp_path / "event.pdf")).stdout
    assert english.strip() == f"Event report written to {tmp_path / 'event.pdf'}."


def test_exports(fair: str, tmp_path: Path) -> None:
    people = json.loads(admin_here(fair, "--json", "export", "people", "-o", str(tmp_path / "p.csv")).stdout)
    assert people == {"path": str(tmp_path / "p.csv"), "export": "people", "day": None, "rows": 3}
    rows = list(csv.reader(io.StringIO((tmp_path / "p.csv").read_text("utf-8-sig")), delimiter=";"))
    assert [r[2] for r in rows[1:]] == ["Claire", "'=1+1", "Inès"] and rows[1][4] == "Collège Émile-Zola"
    assert admin_here(fair, "export", "scans", "--day", DAY, "-o", str(tmp_path / "s.csv")).stdout.startswith("0 scan ")
    said = admin_here(fair, "export", "stats", "--day", DAY, "-o", str(tmp_path / "st.csv")).stdout
    assert said.strip() == f"Statistiques du mardi 24 novembre 2026 exportées dans {tmp_path / 'st.csv'}."
    assert "Inscrits" in (tmp_path / "st.csv").read_text("utf-8-sig")


@pytest.mark.parametrize("args", [("report", "-o", "{missing}/r.pdf"), ("export", "people", "-o", "{missing}/p.csv"),
                                  ("report", "--day", "2026-12-25", "-o", "{here}/r.pdf"),
                                  ("export", "people", "--day", DAY, "-o", "{here}/p.csv")])
def test_mistakes_are_one_sentence_and_leave_no_file(fair: str, tmp_path: Path, args: tuple[str, ...]) -> None:
    before = set(tmp_path.iterdir())
    done = admin_here(fair, *(a.format(missing=tmp_path / "missing", here=tmp_path) for a in args), check=False)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("kiosk-admin: ") and done.stderr.count("\n") == 1
    assert set(tmp_path.iterdir()) == before


def test_xlsx_exports_keep_text_as_typed_with_a_frozen_filtered_header(fair: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    said = admin_here(fair, "export", "people", "-o", str(tmp_path / "people.xlsx")).stdout
    assert said.strip() == f"3 personnes exportées dans {tmp_path / 'people.xlsx'}."
    sheet = load_workbook(tmp_path / "people.xlsx").active
    header = [cell.value for cell in sheet[1]]
    rows = {row[2]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    postcode = header.index("Code postal")
    assert rows["Inès"][postcode] == "01000" and rows["=1+1"][postcode] == "20200"  # text, zeros kept
    assert sheet.cell(row=2 + list(rows).index("Inès"), column=postcode + 1).data_type == "s"
    assert sheet.cell(row=2, column=postcode + 1).number_format == "@"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:L{len(rows) + 1}"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row), "a name is never a formula"
    assert sheet[1][0].font.bold
    stats = admin_here(fair, "--lang", "en", "export", "stats", "-o", str(tmp_path / "stats.xlsx")).stdout
    assert stats.strip() == f"Statistics of the whole event exported to {tmp_path / 'stats.xlsx'}."
    assert load_workbook(tmp_path / "stats.xlsx").active.title == "Statistics"
