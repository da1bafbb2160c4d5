"""kiosk-admin as an organiser uses it: a real database, real files, its main() in this process (see cli_runner);
the real programs run in the terminal station's test here and for every command of the README (test_readme)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import admin_here

from kiosk.domain.database import open_database
from kiosk.domain.events import create_event
from kiosk.domain.text import fold

TODAY = dt.date.today()




def lines(done: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


@pytest.fixture
def event(db_url: str) -> str:
    """A four-day fair from today, made in this process (`kiosk-admin init` itself runs in the README's test)."""
    db = open_database(db_url)
    create_event(db, "Salon des métiers", "Paris Expo", TODAY, TODAY + dt.timedelta(days=3))
    db.close()
    return db_url


def windows_1252_roster(folder: Path) -> Path:
    path = folder / "4eB.csv"
    rows = ["Liste de la classe de 4e B;;", ";;", "NOM;Prénom;Classe", "LEFÈVRE;Zoé;4e B", "N'DIAYE;Aïssatou;4e B",
            "DUPONT;Chloé;4e B", "MARTIN;Léa;4e B", "SAINT-MARTIN;Noé;4e B"]
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    return path


def test_whole_flow(event: str, tmp_path: Path) -> None:
    """Demo, import, search, scans, a class out and in again, the on-site list: one organiser's morning."""
    roster = windows_1252_roster(tmp_path)
    school = ["--school", "Collège Jean-Moulin", "--city", "Paris", "--postcode", "75015",
              "--teacher", "Mme Claire Durand", "--phone", "06 12 34 56 78", "--day", TODAY.isoformat()]
    demo = lines(admin_here(event, "--json", "demo", "--groups", "6", "--visitors", "30"))[0]
    assert demo["groups"] == 6 and demo["event_created"] is False
    preview = admin_here(event, "import", str(roster), *school, "--dry-run")
    assert "5 personnes seraient inscrites" in preview.stdout
    assert len(lines(admin_here(event, "--json", "groups"))) == 6
    imported = lines(admin_here(event, "--json", "import", str(roster), *school))[0]
    assert imported["new"] == 5 and imported["dry_run"] is False

    found = lines(admin_here(event, "--json", "search", "lefe"))
    assert ("Zoé", "LEFÈVRE") in [(p["first_name"], p["last_name"]) for p in found]
    assert all(fold(f"{p['first_name']} {p['last_name']} {p['school']}").count("lefe") for p in found)
    group = next(g for g in lines(admin_here(event, "--json", "groups"))
                 if (g["school"], g["postcode"], g["class"]) == ("Collège Jean-Moulin", "75015", "4e B"))
    people = lines(admin_here(event, "--json", "people", "--group", str(group["id"])))
    assert {p["last_name"] for p in people} == {"Durand", "LEFÈVRE", "N'DIAYE", "DUPONT", "MARTIN", "SAINT-MARTIN"}

    codes = [str(p["code"]) for p in people]
    scans = lines(admin_here(event, "--json", "scan", *codes))
    assert [s["result"] for s in scans] == ["checked_in"] * 6
    again = lines(admin_here(event, "--json", "scan", codes[0].lower()))[0]
    assert again["result"] == "already_in" and again["since"] == scans[0]["at"]

    lines(admin_here(event, "--json", "checkout-group", str(group["id"])))
    pupils = [p for p in people if p["kind"] == "pupil"]
    absent = [str(pupils[0]["id"]), str(pupils[1]["id"])]
    moved = lines(admin_here(event, "--json", "checkin-group", str(group["code"]), "--absent", *absent))[0]
    assert len(moved["moved"]) == 4 and sorted(map(str, moved["left_aside"])) == sorted(absent)

    onsite = lines(admin_here(event, "--json", "onsite"))[0]
    assert onsite["total"] == 4
    names = {p["last_name"] for c in onsite["classes"] for p in c["people"]}
    assert names == {p["last_name"] for p in people} - {pupils[0]["last_name"], pupils[1]["last_name"]}
    text = admin_here(event, "onsite").stdout
    assert "06 12 34 56 78" in text and "Total sur le site : 4" in text


def test_scan_reads_codes_from_stdin_one_json_line_each(event: str) -> None:
    group = lines(admin_here(event, "--json", "group", "add", "--school", "Collège Victor-Hugo", "--class",
                             "3e A", "--day", TODAY.isoformat()))[0]
    pupil = lines(admin_here(event, "--json", "person", "add", "--group", str(group["id"]), "--first-name",
                             "Inès", "--last-name", "Benoît"))[0]
    stream = f"{pupil['code']}\n\nhttps://example.com/ticket/1\n3017620422003\n{pupil['code']}\n"
    results = [s["result"] for s in lines(admin_here(event, "--json", "scan", "-", stdin=stream))]
    assert results == ["checked_in", "invalid", "invalid", "already_in"]


def test_visitor_edit_move_remove(event: str) -> None:
    visitor = lines(admin_here(event, "--json", "visitor", "add", "--first-name", "Jérôme", "--last-name",
                               "Lefebvre", "--category", "presse", "--organisation", "Le Parisien"))[0]
    assert visitor["category"] == "press"
    fixed = lines(admin_here(event, "--json", "person", "edit", str(visitor["id"]), "--last-name", "Lefèbvre"))[0]
    assert fixed["last_name"] == "Lefèbvre" and fixed["code"] == visitor["code"]
    admin_here(event, "person", "remove", str(visitor["id"]))
    assert lines(admin_here(event, "--json", "search", "lefe")) == []


@pytest.mark.parametrize(("args", "message"), [
    (["scan", "B1"], None),
    (["import", "/nonexistent/roster.csv", "--school", "X"], "introuvable"),
    (["people", "--group", "999"], "Classe n° 999 introuvable"),
    (["checkin-group", "not-a-code"], "ni un numéro ni un code de classe"),
    (["visitor", "add", "--first-name", "A" * 300, "--last-name", "B"], "300 caractères"),
    (["visitor", "add", "--first-name", "Ana", "--last-name", "B", "--category", "vip"], "Catégorie inconnue"),
    (["init", "--event", "Encore", "--from", "2026-01-01", "--to", "2026-01-02"], "déjà un événement"),
])
def test_bad_input_gets_one_sentence_and_no_traceback(event: str, args: list[str], message: str | None) -> None:
    done = admin_here(event, *args, check=False)
    if message is None:
        assert done.returncode == 0 and "Code illisible" in done.stdout
        return
    assert done.returncode == 1
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_errors_in_english_when_asked(event: str) -> None:
    done = admin_here(event, "--lang", "en", "people", "--group", "999", check=False)
    assert done.stderr.strip() == "kiosk-admin: Class #999 not found."


def test_unreachable_server_and_broken_file(tmp_path: Path) -> None:
    down = admin_here("postgresql+psycopg://nobody@127.0.0.1:1/kiosk", "groups", check=False)
    assert down.returncode == 1 and "ne répond pas" in down.stderr
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(4096))
    broken = admin_here(str(junk), "groups", check=False)
    assert broken.returncode == 1 and "n'est pas une base de données Kiosk" in broken.stderr
    missing = admin_here(str(tmp_path / "empty.sqlite3"), "event", check=False)
    assert missing.returncode == 1 and "Aucune base Kiosk à" in missing.stderr
    assert not (tmp_path / "empty.sqlite3").exists()


def test_terminal_station_answers_each_scanned_line(event: str) -> None:
    group = lines(admin_here(event, "--json", "group", "add", "--school", "Collège Marie-Curie", "--class",
                             "5e C", "--day", TODAY.isoformat()))[0]
    pupil = lines(admin_here(event, "--json", "person", "add", "--group", str(group["id"]), "--first-name",
                             "Maël", "--last-name", "Le Goff"))[0]
    env = {**os.environ, "KIOSK_DATABASE_URL": event, "LANG": "fr_FR.UTF-8"}
    scanned = f"{pupil['code']}\r\n{pupil['code']}\n]Q1garbage\n"
    done = subprocess.run([sys.executable, "-m", "kiosk.station", "--station", "Entrée A"], input=scanned,
                          capture_output=True, text=True, env=env, timeout=60)
    answers = done.stdout.splitlines()
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert answers[0].startswith("Entrée enregistrée — Maël Le Goff, 5e C (Collège Marie-Curie)")
    assert answers[1].startswith("Entrée déjà enregistrée — Maël Le Goff")
    assert answers[2].startswith("Code illisible ou invalide")
