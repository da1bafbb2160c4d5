"""kiosk-admin attendance and onsite -o as an organiser runs them: its main() (once the real program), real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import admin, admin_here
from helpers import make_class, make_visitor
from sample_event import EVENT_DAYS, MORNING
from test_attendance_pdf import page_texts

from kiosk.cli import main
from kiosk.domain.checkin import ScanDesk
from kiosk.domain.class_visits import checkin_class
from kiosk.domain.database import Database

DAY = EVENT_DAYS[0]




def test_attendance_and_onsite_write_pdfs(event_db: Database, db_url: str, tmp_path: Path) -> None:
    group, pupils, _ = make_class(event_db, 3, label="4e B", day=DAY)
    make_class(event_db, 2, label="5e C", day=DAY)
    checkin_class(ScanDesk(event_db), group.id, [pupils[0].id], now=MORNING)
    visitor = make_visitor(event_db, "Jérôme", "Lefèvre")
    ScanDesk(event_db).scan(visitor.code)  # now: the on-site list is about this very moment

    one = admin_here(db_url, "attendance", "--group", group.code, "-o", str(tmp_path / "4eB.pdf"))
    day = admin_here(db_url, "--json", "attendance", "--day", "24/11/2026", "-o", str(tmp_path / "day.pdf"))
    onsite = admin_here(db_url, "onsite", "-o", str(tmp_path / "onsite.pdf"))
    duplex = admin_here(db_url, "attendance", "--day", "24/11/2026", "--odd-pages", "-o", str(tmp_path / "duplex.pdf"))

    assert one.returncode == day.returncode == onsite.returncode == 0, one.stderr + day.stderr + onsite.stderr
    assert one.stdout == (f"Feuille de présence écrite dans {tmp_path / '4eB.pdf'} : 1 classe du 24/11/2026, "
                          "présence : 3 sur 4 personnes inscrites.\n")
    written = json.loads(day.stdout)
    assert (written["classes"], written["day"], written["listed"], written["present"]) == (2, "2026-11-24", 7, 3)
    assert "Feuille de présence — 4e B" in page_texts((tmp_path / "4eB.pdf").read_bytes())[0]
    assert len(page_texts((tmp_path / "day.pdf").read_bytes())) == 3  # the cover, then one page a class
    assert duplex.returncode == 0 and len(page_texts((tmp_path / "duplex.pdf").read_bytes())) == 5  # + 2 blank
    assert onsite.stdout.startswith(f"Liste des personnes sur le site écrite dans {tmp_path / 'onsite.pdf'} : ")
    assert "Lefèvre Jérôme" in page_texts((tmp_path / "onsite.pdf").read_bytes())[0]


def test_bad_requests_get_one_sentence_and_no_file(event_db: Database, db_url: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    make_class(event_db, 1, day=DAY)
    out = tmp_path / "out"
    out.mkdir()
    cases = {("attendance", "-o", str(out / "a.pdf")): "Précisez --group",
             ("attendance", "--group", "999", "-o", str(out / "a.pdf")): "Classe n° 999 introuvable",
             ("attendance", "--day", "2026-11-26", "-o", str(out / "a.pdf")): "Aucune classe n'est attendue",
             ("attendance", "--day", "2026-11-24", "-o", str(out / "no" / "a.pdf")): "Impossible d'écrire",
             ("onsite", "-o", str(out)): "est un dossier"}
    for args, message in cases.items():  # in this process: the same main() as the shell, without the start-up
        assert main(["--db", db_url, "--lang", "fr", *args]) == 1
        error = capsys.readouterr().err
        assert message in error and len(error.splitlines()) == 1, error
    shell = admin(db_url, "attendance", "--day", "2026-11-24", "-o", str(out / "no" / "a.pdf"), check=False)
    assert shell.returncode == 1 and "Impossible d'écrire" in shell.stderr
    assert list(out.iterdir()) == []
