"""kiosk-admin badges and layouts as an organiser runs them: its main(), a real database, real files."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import admin_here
from helpers import make_class, make_visitor
from pypdf import PdfReader
from sample_event import EVENT_DAYS
from test_badge_pdf import decoded

from kiosk.documents.layouts import LAYOUTS
from kiosk.domain.database import Database
from kiosk.domain.directory import list_people, person_by_code
from kiosk.domain.kinds import VisitorCategory
from kiosk.domain.views import PersonView


def test_badges_for_a_class_and_for_a_day(event_db: Database, db_url: str, tmp_path: Path) -> None:
    group, pupils, teacher = make_class(event_db, 9, label="4e B", day=EVENT_DAYS[0])
    make_class(event_db, 2, label="5e C", day=EVENT_DAYS[1])
    make_visitor(event_db, "Jérôme", "Lefèvre", VisitorCategory.PRESS, "Le Parisien")

    one = admin_here(db_url, "badges", "--group", group.code, "-o", str(tmp_path / "4eB.pdf"))
    day = admin_here(db_url, "--lang", "en", "badges", "--day", "25/11/2026", "--layout", "40x75", "--cut-marks",
                     "--offset-x", "1.5", "--offset-y", "-1", "-o", str(tmp_path / "day.pdf"))

    assert one.returncode == day.returncode == 0, one.stderr + day.stderr
    assert one.stdout == f"10 badges sur 2 pages (a4-8) écrits dans {tmp_path / '4eB.pdf'}.\n"
    assert day.stdout == f"3 badges on 3 pages (40x75) written to {tmp_path / 'day.pdf'}.\n"
    codes = decoded((tmp_path / "4eB.pdf").read_bytes(), tmp_path)
    assert teacher is not None and sorted(codes) == sorted([*(p.code for p in pupils), teacher.code])
    assert all(person_by_code(event_db, code) is not None for code in codes)
    assert len(PdfReader(tmp_path / "day.pdf").pages) == 3


def test_layouts_are_listed_for_people_and_for_scripts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'unused.sqlite3'}"  # layouts need no event
    table, listed = admin_here(url, "layouts"), admin_here(url, "--json", "layouts")
    assert table.returncode == listed.returncode == 0, table.stderr + listed.stderr
    assert all(name in table.stdout for name in LAYOUTS) and "99,1 × 67,7 mm" in table.stdout
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [row["name"] for row in rows] == list(LAYOUTS)
    assert rows[0] == {"name": "a4-8", "label_mm": [99.1, 67.7], "per_page": 8, "columns": 2, "rows": 4,
                       "page_mm": [210.0, 297.0], "description": "A4, 8 badges 99,1 × 67,7 mm (Avery L7165)",
                       "default": True}


def test_mistakes_get_one_sentence_and_leave_no_file(event_db: Database, db_url: str, tmp_path: Path) -> None:
    group, _pupils, _teacher = make_class(event_db, 2, day=EVENT_DAYS[0])
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "badges.pdf"
    unknown = admin_here(db_url, "badges", "--group", str(group.id), "--layout", "a3", "-o", str(target), check=False)
    unwritable = admin_here(db_url, "--lang", "en", "badges", "--all", "-o", str(folder / "no" / "badges.pdf"),
                            check=False)
    drift = admin_here(db_url, "badges", "--all", "--offset-y", "25", "-o", str(target), check=False)
    assert unknown.returncode == unwritable.returncode == drift.returncode == 1
    assert unknown.stderr.startswith("kiosk-admin: Mise en page inconnue « a3 » : choisissez parmi a4-8, a4-10")
    assert unwritable.stderr.startswith(f"kiosk-admin: Cannot write {folder / 'no' / 'badges.pdf'}")
    assert "10 mm" in drift.stderr and len(drift.stderr.splitlines()) == 1
    assert list(folder.iterdir()) == []


def test_a_batch_split_per_class_per_day_or_every_n_badges(event_db: Database, db_url: str, tmp_path: Path) -> None:
    make_class(event_db, 4, label="4e B", day=EVENT_DAYS[0])
    make_class(event_db, 2, label="5e C", day=EVENT_DAYS[1])
    make_visitor(event_db, "Jérôme", "Lefèvre", VisitorCategory.PRESS, "Le Parisien")

    by_class = admin_here(db_url, "--json", "badges", "--all", "--split", "class", "-o", str(tmp_path / "badges.pdf"))
    written = [json.loads(line) for line in by_class.stdout.splitlines()]
    assert [Path(w["path"]).name for w in written] == ["badges-1-college-jean-moulin-4e-b.pdf",
                                                       "badges-2-college-jean-moulin-5e-c.pdf",
                                                       "badges-3-visiteurs.pdf"]
    assert [w["badges"] for w in written] == [5, 3, 1]
    assert sorted(decoded(Path(written[1]["path"]).read_bytes(), tmp_path / "c")) == sorted(
        p.code for p in people_of(event_db, "5e C"))
    by_day = admin_here(db_url, "badges", "--all", "--split", "day", "-o", str(tmp_path / "jour.pdf")).stdout
    assert "jour-1-2026-11-24.pdf" in by_day and "jour-2-2026-11-25.pdf" in by_day and "jour-3-visiteurs.pdf" in by_day
    by_four = admin_here(db_url, "--json", "badges", "--all", "--split", "4", "-o", str(tmp_path / "lot.pdf")).stdout
    assert [json.loads(line)["badges"] for line in by_four.splitlines()] == [4, 4, 1]
    wrong = admin_here(db_url, "badges", "--all", "--split", "room", "-o", str(tmp_path / "x.pdf"), check=False)
    assert wrong.returncode == 1 and "--split" in wrong.stderr and wrong.stderr.count("\n") == 1


def people_of(db: Database, label: str) -> list[PersonView]:
    return [p for p in list_people(db) if p.class_label == label]
