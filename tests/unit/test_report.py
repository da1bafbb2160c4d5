"""The organisers' PDF reports: the figures of the hand-built fair, every school by name, a chart that shows."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from helpers import at
from PIL import Image
from stats_fair import DAY1, DAY2, SCHOOLS, build_fair

from kiosk.documents.output import write_atomically
from kiosk.documents.report import day_report, event_report
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.domain.stats import day_stats, event_stats

EVENING = at(DAY2, 20)
BAR_BLUE = (0x1F, 0x5F, 0x99)


def pdf_text(data: bytes, folder: Path) -> str:
    """The text as laid out on the pages, one table row per line."""
    path = folder / "report.pdf"
    path.write_bytes(data)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8").replace("\u202f", " ")


def row(text: str, *cells: str) -> bool:
    """Whether a line holds these cells in this order, separated by spaces only ("69 %" may lose its space)."""
    pattern = r"\s+".join(re.escape(cell).replace(r"\ ", r"\s*") for cell in cells)
    return any(re.search(rf"(^|\s){pattern}(\s|$)", line) for line in text.splitlines())


def test_day_report_in_french(event_db: Database, tmp_path: Path) -> None:
    build_fair(event_db)

    text = pdf_text(day_report(day_stats(event_db, DAY1, now=EVENING), lang="fr"), tmp_path)

    assert "Bilan du mardi 24 novembre 2026" in text
    assert "Chiffres arrêtés au mercredi 25 novembre 2026 à 20:00 (fuseau Europe/Paris)" in text
    assert row(text, "14", "9", "4", "10") and row(text, "sur 22 inscrits", "sur 14 attendus", "sur 5 attendues",
                                                    "à 10:05")
    assert row(text, "09:00–10:00", "8", "0", "9") and row(text, "16:00–17:00", "0", "4", "6")
    assert row(text, "Total", "15", "9")
    assert row(text, "Élèves", "13", "9", "69 %") and row(text, "Exposants", "1", "1", "100 %")
    assert row(text, "Établissements", "5", "4", "80 %") and row(text, "Classes", "5", "4", "80 %")
    assert row(text, "09:00–11:00", "60", "3", "9", "15 %", "6")
    assert row(text, "13:30–15:30", "20", "1", "2", "10 %", "2")
    assert row(text, "4e", "6", "3", "50 %") and row(text, "Autre ou non précisé", "2", "1", "50 %")
    for label, figures in (("2A Corse-du-Sud", ("3", "3")), ("75 Paris", ("6", "5")), ("92 Hauts-de-Seine", ("7", "5")),
                           ("971 Guadeloupe", ("4", "1")), ("Inconnu ou étranger", ("2", "0"))):
        assert row(text, label, *figures), label
    for key in ("zola", "moulin", "fesch", "archimede", "curie"):
        school = SCHOOLS[key]
        assert row(text, school.name, school.city, school.postcode), school.name
    assert SCHOOLS["paoli"].name not in text  # booked for the second day
    assert re.search(r"page 1 / \d", text)


def test_event_report_in_english(event_db: Database, tmp_path: Path) -> None:
    build_fair(event_db)

    text = pdf_text(event_report(event_stats(event_db, now=EVENING), lang="en"), tmp_path)

    assert "Event report" in text
    assert "From Tuesday 24 November 2026 to Friday 27 November 2026" in text
    assert row(text, "Tue 24 Nov", "14", "9", "4", "15", "9", "10", "10:05")
    assert row(text, "Wed 25 Nov", "6", "2", "1", "6", "0", "6", "11:00")
    assert row(text, "Whole event", "19", "11", "5", "21", "9", "10", "24 Nov 10:05")
    assert row(text, "General public", "1", "1", "100%") and row(text, "Unknown or abroad", "2", "1", "50%")
    assert row(text, "2B Haute-Corse", "3", "3", "100%")
    for school in SCHOOLS.values():
        assert row(text, school.name, school.city, school.postcode), school.name
    assert "Entries per hour" in text and "Exits per hour" in text


def test_the_chart_is_drawn(event_db: Database, tmp_path: Path) -> None:
    build_fair(event_db)
    path = write_atomically(tmp_path / "day.pdf", day_report(day_stats(event_db, DAY1, now=EVENING), lang="fr"))

    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile", str(path),
                    str(tmp_path / "page")], check=True)

    with Image.open(tmp_path / "page.png") as page:
        colours = page.convert("RGB").getcolors(maxcolors=1 << 24) or []
    blue = sum(count for count, colour in colours
               if all(abs(a - b) < 30 for a, b in zip(colour, BAR_BLUE, strict=True)))
    assert blue > 150  # the entry bars (the legend swatch alone is a few dozen pixels)
    assert "Entrées" in pdf_text(path.read_bytes(), tmp_path) and "Sorties" in pdf_text(path.read_bytes(), tmp_path)


def test_an_event_without_visitors_still_reports(event_db: Database, tmp_path: Path) -> None:
    text = pdf_text(event_report(event_stats(event_db, now=EVENING), lang="fr"), tmp_path)
    assert "Bilan de l'événement" in text and "personne n'est venu" in text


@pytest.mark.parametrize("target", ["missing-folder/report.pdf", "."])
def test_an_unwritable_place_is_one_sentence_and_no_file(event_db: Database, tmp_path: Path, target: str) -> None:
    data = day_report(day_stats(event_db, DAY1, now=EVENING), lang="fr")
    before = set(tmp_path.iterdir())
    with pytest.raises(KioskError):
        write_atomically(tmp_path / target, data)
    assert set(tmp_path.iterdir()) == before
