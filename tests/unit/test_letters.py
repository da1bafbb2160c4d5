"""Confirmation letters to teachers: day, slot, entrance, whom to call, the rules, the roster to check, and a
class QR code that opens the class at the desk; from the command line as an organiser runs it."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path

import zxingcpp
from cli_runner import admin
from helpers import make_class
from sample_event import EVENT_DAYS
from test_attendance_pdf import rendered
from test_badge_pdf import words
from test_every_script import sheet

from kiosk.documents.letters import LetterDetails, letters_pdf
from kiosk.domain.attendance import attendance_for
from kiosk.domain.codes import display_code
from kiosk.domain.database import Database
from kiosk.domain.directory import find_group
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import add_person

DAY = EVENT_DAYS[0]
DETAILS = LetterDetails("Paris Expo", "Hall 7, porte B", "01 23 45 67 89")


def text_of(pdf: bytes, folder: Path) -> str:
    source = folder / "letters.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(source), "-"], check=True, capture_output=True, text=True)
    return " ".join(done.stdout.split())


def test_a_letter_says_when_where_whom_to_call_and_lists_the_class(event_db: Database, tmp_path: Path) -> None:
    group, pupils, _teacher = make_class(event_db, 3, label="4e B", day=DAY)
    add_person(event_db, PersonKind.PUPIL, "क्षत्रिय", "अर्जुन", group_id=group.id)
    [sheet] = attendance_for(event_db, group_id=group.id)
    pdf = letters_pdf([sheet], DETAILS, lang="fr")
    text = text_of(pdf, tmp_path)
    for expected in ("Confirmation de visite", "À l'attention de Mme Durand", "mardi 24 novembre 2026",
                     "Hall 7, porte B", "01 23 45 67 89", "06 12 34 56 78", "Paris Expo", "Consignes",
                     "Votre liste : merci de la vérifier", display_code(sheet.code), "अर्जुन क्षत्रिय", "page 1 / 1"):
        assert expected in text
    assert all(f"{p.last_name} {p.first_name}" in text for p in pupils)
    [code] = zxingcpp.read_barcodes(rendered(pdf, tmp_path))
    assert find_group(event_db, code.text).id == group.id, "one scan opens the class"
    english = text_of(letters_pdf([sheet], DETAILS, lang="en"), tmp_path)
    assert "Visit confirmation" in english and "Rules" in english and "Entrance" in english


def test_the_class_code_prints_on_one_line_however_wide_its_letters(event_db: Database, tmp_path: Path) -> None:
    group, _pupils, _teacher = make_class(event_db, 1, label="4e B", day=DAY)
    [sheet] = attendance_for(event_db, group_id=group.id)
    widest = sheet.code[:2] + "W" * (len(sheet.code) - 2)  # the widest letter of the code alphabet everywhere
    text = text_of(letters_pdf([replace(sheet, code=widest)], DETAILS, lang="fr"), tmp_path)
    assert display_code(widest) in text, "a code cut at a hyphen cannot be read back or typed"


def test_letters_for_a_day_from_the_command_line(event_db: Database, db_url: str, tmp_path: Path) -> None:
    make_class(event_db, 2, label="4e B", day=DAY)
    make_class(event_db, 2, label="5e C", day=DAY)
    rules = tmp_path / "consignes.txt"
    rules.write_text("• Pique-nique au hall 3\nPas de sac à dos\n", encoding="utf-8")
    done = admin(db_url, "--json", "letters", "--day", "24/11/2026", "--entrance", "Hall 7", "--phone", "01 02",
                 "--rules", str(rules), "-o", str(tmp_path / "lettres.pdf"))
    assert json.loads(done.stdout)["letters"] == 2
    text = text_of((tmp_path / "lettres.pdf").read_bytes(), tmp_path)
    assert text.count("Confirmation de visite — Salon") == 2 and "Pique-nique au hall 3" in text and "Hall 7" in text
    missing = admin(db_url, "letters", "--day", "24/11/2026", "--rules", str(tmp_path / "none.txt"), "-o",
                    str(tmp_path / "x.pdf"), check=False)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "consignes" in missing.stderr


def test_a_long_footer_is_cut_short_before_the_page_number(tmp_path: Path) -> None:
    school = "Lycée polyvalent régional Jean-Baptiste de La Salle et Sainte-Marie-des-Champs de Saint-Germain-en-Laye"
    pdf = letters_pdf([replace(sheet(), school=school)], DETAILS, lang="fr")
    bottom = max(word.bottom for word in words(pdf, tmp_path))
    footer = sorted((word for word in words(pdf, tmp_path) if abs(word.bottom - bottom) < 2), key=lambda w: w.left)
    page = next(word for word in footer if word.text == "page")
    assert max(word.right for word in footer if word.left < page.left) < page.left - 5, "nothing under the number"
    assert footer[-5].text.endswith("…") and " ".join(w.text for w in footer[-4:]) == "page 1 / 1"
