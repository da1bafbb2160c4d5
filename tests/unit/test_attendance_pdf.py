"""Attendance sheets as printed: real PDFs, read back as text, rendered and their QR code decoded."""

from __future__ import annotations

import html
import io
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
import zxingcpp
from helpers import at, make_class, make_group
from PIL import Image
from pypdf import PdfReader
from sample_event import EVENT_DAYS, MORNING

from kiosk.documents.attendance import EMPTY, TICKED, attendance_pdf
from kiosk.documents.output import write_atomically
from kiosk.domain.attendance import attendance_for
from kiosk.domain.checkin import ScanDesk
from kiosk.domain.class_visits import checkin_class
from kiosk.domain.codes import display_code
from kiosk.domain.database import Database
from kiosk.domain.directory import find_group
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import Direction, PersonKind
from kiosk.domain.registration import add_person

DAY = EVENT_DAYS[0]
NAMES = (("Zoé", "Lefèvre"), ("Aïssatou", "N'Diaye"), ("Дмитрий", "Иванов"), ("芳", "王"), ("محمد", "العلي"))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def font_names(pdf: bytes) -> set[str]:
    """The base names of every font the pages use, subset prefix dropped ("DroidSansFallback")."""
    return {str(font["/BaseFont"]).split("+")[-1] for page in PdfReader(io.BytesIO(pdf)).pages
            for font in page["/Resources"]["/Font"].values()}


def rendered(pdf: bytes, folder: Path, page: int = 1, dpi: int = 150) -> Image.Image:
    source = folder / "document.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
                    str(source), str(folder / "page")], check=True)
    return Image.open(folder / "page.png")


def roster_rows(text: str) -> list[list[str]]:
    """[last name, first name, role, box, times...] per row: pypdf reads the table one cell per line; the blank rows
    for pupils added on the day (a box each, nothing else) are left out."""
    lines = [line for line in text.splitlines() if line.strip() != EMPTY or not line.startswith(" ")]
    end = lines.index("Totaux") if "Totaux" in lines else len(lines)
    rows: list[list[str]] = []
    number: int | None = None
    for line in lines[lines.index("Départ") + 1:end]:
        if line.isdigit() and number in (None, int(line)):
            rows.append([])
            number = int(line) + 1
        else:
            rows[-1].append(line)
    return rows


@pytest.fixture
def class_4e_b(event_db: Database) -> int:
    """A class with accented, Cyrillic, Chinese and Arabic names; Zoé and Aïssatou checked in, Zoé left at 11."""
    group, _, _ = make_class(event_db, 0, day=DAY)
    people = [add_person(event_db, PersonKind.PUPIL, first, last, group_id=group.id) for first, last in NAMES]
    add_person(event_db, PersonKind.COMPANION, "Marc", "Aubert", group_id=group.id)
    desk = ScanDesk(event_db)
    desk.scan(people[0].code, now=MORNING)
    desk.scan(people[1].code, now=at(DAY, 9, 45))
    desk.scan(people[0].code, Direction.OUT, now=at(DAY, 11))
    return group.id


def test_every_name_ticks_times_totals_and_signature(event_db: Database, class_4e_b: int) -> None:
    pdf = attendance_pdf(attendance_for(event_db, group_id=class_4e_b), lang="fr", printed_at=MORNING)
    [text] = page_texts(pdf)
    rows = {row[0]: row[1:] for row in roster_rows(text)}

    assert rows["Lefèvre"] == ["Zoé", "Élève", TICKED, "09:30", "11:00"]
    assert rows["N'Diaye"] == ["Aïssatou", "Élève", TICKED, "09:45"]
    assert rows["Иванов"] == ["Дмитрий", "Élève", EMPTY]
    assert rows["王"] == ["芳", "Élève", EMPTY]
    shaped = {unicodedata.normalize("NFKC", last): cells for last, cells in rows.items()}  # Arabic: shaped glyphs
    assert [unicodedata.normalize("NFKC", cell) for cell in shaped["العلي"]] == ["محمد", "Élève", EMPTY]
    assert rows["Durand"] == ["Claire", "Enseignant", EMPTY] and rows["Aubert"][:2] == ["Marc", "Accompagnateur"]
    assert list(rows)[:2] == ["Durand", "Aubert"]  # adults first, then pupils by last name
    # booked, listed, present, absent, left again, still on site
    assert "Élèves\n—\n5\n2\n3\n1\n1\nAdultes\n—\n2\n0\n2\n0\n0\nTotal\n—\n7\n2\n5\n1\n1" in text
    assert [line for line in text.splitlines() if line == f" {EMPTY}"] == [f" {EMPTY}"] * 3, "three blank rows"
    for expected in ("Feuille de présence — 4e B", "mardi 24 novembre 2026", "Collège Jean Moulin",
                     "Enseignant\nMme Durand\nTéléphone\n06 12 34 56 78", "page 1 / 1",
                     "imprimée le mardi 24 novembre 2026 à 09:30"):
        assert expected in text
    flat = " ".join(text.split())
    assert "Signature de l'enseignant" in flat and "Signature de l'accueil" in flat
    assert {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"} <= font_names(pdf)


def test_the_group_qr_code_opens_the_right_class(event_db: Database, class_4e_b: int, tmp_path: Path) -> None:
    make_group(event_db, "3e Z", day=DAY)
    [sheet] = attendance_for(event_db, group_id=class_4e_b)
    pdf = attendance_pdf([sheet])
    [decoded] = zxingcpp.read_barcodes(rendered(pdf, tmp_path))
    assert decoded.format == zxingcpp.BarcodeFormat.QRCode
    assert find_group(event_db, decoded.text).id == class_4e_b
    assert display_code(sheet.code) in page_texts(pdf)[0]
    assert find_group(event_db, display_code(sheet.code)).id == class_4e_b  # the printed text types back


def test_a_long_class_repeats_its_header_and_each_class_is_numbered_on_its_own(event_db: Database) -> None:
    big, pupils, _ = make_class(event_db, 50, label="3e A", day=DAY)
    make_class(event_db, 3, label="4e B", day=DAY)
    checkin_class(ScanDesk(event_db), big.id, [pupils[0].id], now=MORNING)

    cover, *pages = page_texts(attendance_pdf(attendance_for(event_db, day=DAY), lang="fr"))

    flat = " ".join(cover.split())
    assert "Feuilles de présence — mardi 24 novembre 2026" in flat and "2 classes, 53 élèves inscrits" in flat
    assert flat.index("3e A") < flat.index("4e B") and "Mme Durand" in flat
    assert len(pages) == 3
    assert ["page 1 / 2" in pages[0], "page 2 / 2" in pages[1], "page 1 / 1" in pages[2]] == [True] * 3
    header = "N°\nNom\nPrénom\nQualité\nPrésent\nArrivée\nDépart"
    assert all(header in page for page in pages)
    assert "Feuille de présence — 3e A" not in pages[1]  # page 2 is the table going on, under its header
    assert "Collège Jean Moulin — 3e A" in pages[1]  # ... and its footer names the class
    boxes = [row[3] for page in pages[:2] for row in roster_rows(page)]
    assert (len(boxes), boxes.count(TICKED), boxes.count(EMPTY)) == (51, 50, 1)
    assert "Élèves\n—\n50\n49\n1" in pages[1]


def test_each_class_can_start_on_an_odd_page_for_duplex_printing(event_db: Database) -> None:
    make_class(event_db, 50, label="3e A", day=DAY)
    make_class(event_db, 3, label="4e B", day=DAY)
    make_class(event_db, 3, label="5e C", day=DAY)
    pages = page_texts(attendance_pdf(attendance_for(event_db, day=DAY), lang="fr", odd_pages=True))
    starts = [number for number, page in enumerate(pages, start=1) if page.startswith("Feuille de présence — ")]
    assert starts == [3, 5, 7] and len(pages) == 7
    assert [number for number, page in enumerate(pages, start=1) if "Page laissée blanche" in page] == [2, 6]


def test_a_class_without_pupils_gets_one_page_that_says_so(event_db: Database) -> None:
    group = make_group(event_db, "6e Z", day=DAY)
    pages = page_texts(attendance_pdf(attendance_for(event_db, group_id=group.id), lang="fr"))
    assert len(pages) == 1 and "Aucun élève n'est inscrit dans cette classe." in pages[0]
    assert "Signature de l'enseignant" in " ".join(pages[0].split())


def test_in_english_on_request(event_db: Database, class_4e_b: int) -> None:
    [text] = page_texts(attendance_pdf(attendance_for(event_db, group_id=class_4e_b), lang="en",
                                       printed_at=MORNING))
    flat = " ".join(text.split())
    for expected in ("Attendance sheet — 4e B", "Tuesday 24 November 2026", "Teacher's signature", "Pupil",
                     "Reception's signature", "Companion", "page 1 / 1",
                     "printed on Tuesday 24 November 2026 at 09:30"):
        assert expected in flat


def test_an_unwritable_path_is_one_sentence_and_leaves_nothing(event_db: Database, class_4e_b: int,
                                                                 tmp_path: Path) -> None:
    pdf = attendance_pdf(attendance_for(event_db, group_id=class_4e_b))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(KioskError) as missing:
        write_atomically(folder / "missing" / "sheets.pdf", pdf)
    with pytest.raises(KioskError) as folder_given:
        write_atomically(folder, pdf)
    assert "Impossible d'écrire" in missing.value.text("fr") and "est un dossier" in folder_given.value.text("fr")
    assert list(folder.iterdir()) == []
    assert write_atomically(folder / "sheets.pdf", pdf).read_bytes() == pdf


def test_names_wrap_between_words_never_inside_one(event_db: Database, tmp_path: Path) -> None:
    group = make_group(event_db, "4e B", day=DAY)
    add_person(event_db, PersonKind.PUPIL, "Marie-Emmanuelle-Alexandrine", "de La Tour d'Auvergne-Lauraguais",
               group_id=group.id)
    source = tmp_path / "sheet.pdf"
    source.write_bytes(attendance_pdf(attendance_for(event_db, group_id=group.id), lang="fr"))
    boxes = subprocess.run(["pdftotext", "-bbox", str(source), "-"], check=True, capture_output=True,
                           text=True).stdout
    words = {piece for word in re.findall(r"<word [^>]*>(.*?)</word>", boxes)
             for piece in re.split(r"[\s\-]+", html.unescape(word))}
    assert {"Marie", "Emmanuelle", "Alexandrine", "d'Auvergne", "Lauraguais"} <= words
