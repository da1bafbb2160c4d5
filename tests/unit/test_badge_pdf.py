"""Badges as printed, on every label stock: each QR code decoded from the rendered page leads back to its
person, every name is in the text exactly, and names in any script print without missing glyphs."""

from __future__ import annotations

import html
import io
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
import zxingcpp
from helpers import make_class, make_visitor, school
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from sample_event import EVENT_DAYS

from kiosk.documents.badges import render_badges
from kiosk.documents.fonts import runs
from kiosk.documents.layouts import LAYOUTS, Layout
from kiosk.domain.badge_list import BadgeData, badges_for
from kiosk.domain.codes import display_code
from kiosk.domain.database import Database, open_database
from kiosk.domain.directory import person_by_code
from kiosk.domain.events import create_event
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.registration import add_person

CODE = re.compile(r"B1[0-9A-Z]{22}")
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
VISITORS = (("Jérôme", "Lefèvre", VisitorCategory.PRESS, "Le Parisien"),
            ("Дмитрий", "Иванов", VisitorCategory.EXHIBITOR, "Schneider Electric"),
            ("芳", "王", VisitorCategory.PROFESSIONAL, "Société Générale"),
            ("Thị Ánh", "Nguyễn", VisitorCategory.GENERAL_PUBLIC, ""),
            ("محمد", "العلي", VisitorCategory.STAFF, "Accueil"))


@pytest.fixture(scope="module")
def fair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, list[BadgeData]]]:
    """A class (with accented and hyphenated names, a teacher and a companion) and one visitor per category."""
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('badges') / 'kiosk.sqlite3'}")
    create_event(db, "Salon des métiers de l'industrie", "Paris Expo", EVENT_DAYS[0], EVENT_DAYS[-1])
    group, _pupils, _teacher = make_class(db, 3, label="4e B", day=EVENT_DAYS[0],
                                          school_input=school("Collège Jean-Moulin", "75015"))
    add_person(db, PersonKind.PUPIL, "Aïssatou", "N'Diaye", group_id=group.id)
    add_person(db, PersonKind.PUPIL, "Noé", "Saint-Martin", group_id=group.id)
    add_person(db, PersonKind.COMPANION, "Hélène", "Bézier", group_id=group.id)
    for first, last, category, organisation in VISITORS:
        make_visitor(db, first, last, category, organisation)
    try:
        yield db, badges_for(db, everyone=True)
    finally:
        db.close()


def page_images(pdf: bytes, folder: Path, dpi: int = 150) -> list[Image.Image]:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "badges.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")], check=True)
    return [Image.open(path) for path in sorted(folder.glob("page*.png"))]


def decoded(pdf: bytes, folder: Path) -> list[str]:
    return [result.text for image in page_images(pdf, folder) for result in zxingcpp.read_barcodes(image)]


def pdf_text(pdf: bytes, folder: Path, *options: str) -> str:
    source = folder / "text.pdf"
    source.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *options, str(source), "-"], check=True,
                          capture_output=True, text=True).stdout


@dataclass(frozen=True)
class Word:
    """A word as pdftotext places it: points from the top-left corner of its page."""

    page: int
    left: float
    top: float
    right: float
    bottom: float
    text: str


def words(pdf: bytes, folder: Path) -> list[Word]:
    found = []
    for page, body in enumerate(pdf_text(pdf, folder, "-bbox").split("<page ")[1:]):
        for left, top, right, bottom, text in WORD.findall(body):
            found.append(Word(page, float(left), float(top), float(right), float(bottom), html.unescape(text)))
    return found


def label_boxes(layout: Layout) -> list[tuple[float, float, float, float]]:
    """(left, top, right, bottom) of each label in points from the top-left corner, in reading order."""
    page_height, (width, height) = layout.page_size[1] * mm, (layout.cell[0] * mm, layout.cell[1] * mm)
    return [(x, page_height - y - height, x + width, page_height - y) for x, y in layout.origins()]


def label_texts(pdf: bytes, layout: Layout, folder: Path) -> list[str]:
    """The words inside each label, in reading order, label after label; a word astride two labels fails."""
    boxes = label_boxes(layout)
    texts: dict[tuple[int, int], list[Word]] = {}
    for word in words(pdf, folder):
        inside = [i for i, box in enumerate(boxes) if inside_box(word, box)]
        assert len(inside) == 1, f"{word.text!r} is not inside one label"
        texts.setdefault((word.page, inside[0]), []).append(word)
    return [" ".join(w.text for w in sorted(texts[key], key=partial(reading_order, layout))) for key in sorted(texts)]


def reading_order(layout: Layout, word: Word) -> tuple[float, float]:
    """Line by line, then along the line; a label lying across its sheet reads upwards, lines left to right."""
    return (round(word.left), -word.bottom) if layout.rotated else (round(word.top), word.left)


def inside_box(word: Word, box: tuple[float, float, float, float], slack: float = 0.5) -> bool:
    left, top, right, bottom = box
    return (word.left >= left - slack and word.right <= right + slack and word.top >= top - slack
            and word.bottom <= bottom + slack)


def font_names(pdf: bytes) -> set[str]:
    """Base names of the fonts the pages use, without the subset prefix ("DroidSansFallback")."""
    return {str(font["/BaseFont"]).split("+")[-1] for page in PdfReader(io.BytesIO(pdf)).pages
            for font in page["/Resources"]["/Font"].values()}


def right_to_left(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_code_decodes_to_its_person_and_every_name_is_printed(
        fair: tuple[Database, list[BadgeData]], layout: str, tmp_path: Path) -> None:
    db, badges = fair
    pdf = render_badges(badges, layout, lang="fr")
    codes = decoded(pdf, tmp_path)
    assert sorted(codes) == sorted(badge.code for badge in badges)
    for code, badge in zip(sorted(codes), sorted(badges, key=lambda b: b.code), strict=True):
        assert CODE.fullmatch(code), "the payload is the badge code and nothing else"
        assert badge.first_name not in code and badge.last_name not in code
        person = person_by_code(db, code)
        assert person is not None and (person.first_name, person.last_name) == (badge.first_name, badge.last_name)
    texts = label_texts(pdf, LAYOUTS[layout], tmp_path)
    assert len(texts) == len(badges)
    for badge, text in zip(badges, texts, strict=True):
        if not right_to_left(badge.first_name + badge.last_name):
            assert f" {badge.first_name} " in f" {text} " and f" {badge.last_name} " in f" {text} "
        shown = display_code(badge.code)
        assert "".join(word for word in text.split() if len(word) > 3 and word in shown) == shown
        when = "mardi 24 novembre 2026" if badge.class_label else "du 24 au 27 novembre 2026"
        assert when in text
    bands = " ".join(texts).split()
    assert {"ÉLÈVE", "ENSEIGNANT", "ACCOMPAGNATEUR", "PRESSE", "EXPOSANT", "ÉQUIPE", "SALON"} <= set(bands)


def test_names_in_every_script_have_their_glyphs_and_the_fallback_font_is_embedded(
        fair: tuple[Database, list[BadgeData]]) -> None:
    _db, badges = fair
    pdf = render_badges(badges, "a4-8", lang="fr")
    embedded = font_names(pdf)
    assert "DroidSansFallback" in embedded
    for badge in badges:
        for name in (badge.first_name, badge.last_name):
            for run in runs(name, False) + runs(name, True):
                font = pdfmetrics.getFont(run.font)
                assert all(ord(char) in font.face.charToGlyph for char in run.text), (name, run.font)
                assert font.face.name.decode().split("+")[-1] in embedded


def test_badge_reads_in_english_on_request(fair: tuple[Database, list[BadgeData]], tmp_path: Path) -> None:
    _db, badges = fair
    text = pdf_text(render_badges(badges, "a4-10", lang="en"), tmp_path)
    assert "Tuesday 24 November 2026" in text and "24 to 27 November 2026" in text
    assert {"PUPIL", "TEACHER", "COMPANION", "PRESS", "EXHIBITOR", "STAFF"} <= set(text.split())


def test_colour_bands_differ_by_kind(fair: tuple[Database, list[BadgeData]], tmp_path: Path) -> None:
    """Sampled in the band of each badge of a 10-up sheet: seven kinds, and adults of a class share one."""
    _db, badges = fair
    by_kind = {(b.kind, b.category): b for b in badges}
    chosen = list(by_kind.values())
    image = page_images(render_badges(chosen, "a4-10", lang="fr"), tmp_path, dpi=50)[0].convert("RGB")
    layout = LAYOUTS["a4-10"]
    page_height = layout.page_size[1]
    colours = []
    for x, y in layout.origins()[:len(chosen)]:
        left_mm = x / 72 * 25.4 + layout.safe[0] + 3
        top_mm = page_height - (y / 72 * 25.4 + layout.label[1]) + layout.safe[1] + 1
        colours.append(image.getpixel((round(left_mm / 25.4 * 50), round(top_mm / 25.4 * 50))))
    kinds = [(b.kind, b.category) for b in chosen]
    adults = {colours[i] for i, kind in enumerate(kinds) if kind[0] in (PersonKind.TEACHER, PersonKind.COMPANION)}
    assert len(adults) == 1 and len(set(colours)) == 7


@pytest.mark.parametrize("layout", ["a4-8", "a4-10"])
@pytest.mark.parametrize("drift", [(0.0, -1.0), (0.0, 1.0), (1.0, 0.0), (-1.0, 0.0)])
def test_a_printer_drifting_by_1_mm_prints_nothing_on_the_next_label(
        fair: tuple[Database, list[BadgeData]], layout: str, drift: tuple[float, float], tmp_path: Path) -> None:
    """Zero-gap sheets: with the page shifted by 1 mm, the 2 mm along every label edge stay blank paper."""
    _db, badges = fair
    chosen, dpi = LAYOUTS[layout], 100
    image = page_images(render_badges(badges[:chosen.per_page], chosen, offset=drift, lang="fr"), tmp_path,
                        dpi)[0].convert("L")
    pixels = image.load()
    assert pixels is not None
    def px(points: float) -> int:
        return round(points / 72 * dpi)
    edge = 2 * mm
    for left, top, right, bottom in label_boxes(chosen):
        strips = [(left, top, right, top + edge), (left, bottom - edge, right, bottom),
                  (left, top, left + edge, bottom), (right - edge, top, right, bottom)]
        for x0, y0, x1, y1 in strips:
            darkest = min(pixels[x, y] for x in range(px(x0) + 1, px(x1) - 1) for y in range(px(y0) + 1, px(y1) - 1))
            assert darkest > 240, (layout, drift, (x0, y0, x1, y1))
