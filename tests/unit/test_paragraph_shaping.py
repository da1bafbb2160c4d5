"""Names in ReportLab Paragraphs (a letter's greeting, a report's table row) are shaped like names on badges:
Devanagari conjuncts and reordered vowel signs drawn, nothing drawn with the missing glyph, and the text
layer giving the name back as typed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pdf_glyphs import drawn_glyphs, missing_glyphs
from reportlab.lib.units import mm
from test_every_script import extracted, sheet
from test_letters import DETAILS

from kiosk.documents.letters import letters_pdf
from kiosk.documents.pages import build_pdf
from kiosk.documents.report_tables import Column, table, text

TEACHER, SCHOOL = "श्रीमती क्षत्रिय", "विद्यालय अर्जुन त्रिपाठी सर्वोदय माध्यमिक शिक्षा निकेतन"
VIRAMA = "\u094d"


def devanagari(pdf: bytes) -> list[str]:
    """What each Devanagari glyph drawn stands for, by its font's ToUnicode."""
    return [glyph.text for glyph in drawn_glyphs(pdf) if "Devanagari" in glyph.font]


def shaped(drawn: list[str]) -> bool:
    """Conjuncts drawn as one glyph (reached only by shaping: a private-use character in ToUnicode), and no
    virama left visible between two consonants."""
    return any(0xE000 <= ord(char[0]) <= 0xF8FF for char in drawn if char) and VIRAMA not in drawn


def test_a_letter_greets_a_teacher_in_devanagari_shaped(tmp_path: Path) -> None:
    class_sheet = replace(sheet(), teacher=TEACHER, rows=sheet().rows[:1])  # a Latin roster: only Paragraphs
    pdf = letters_pdf([class_sheet], DETAILS, lang="fr")
    assert f"À l'attention de {TEACHER} — Collège Jean-Moulin" in " ".join(extracted(pdf, tmp_path).split())
    drawn = devanagari(pdf)
    assert drawn and shaped(drawn) and missing_glyphs(pdf) == []


def test_a_report_row_wraps_a_devanagari_school_shaped(tmp_path: Path) -> None:
    rows = [[text(SCHOOL, 40 * mm), "12"]]
    pdf = build_pdf([table([Column("Établissement", 40 * mm, numeric=False), Column("Élèves", 20 * mm)], rows)],
                    title="Rapport", footer="", lang="fr")
    assert " ".join(extracted(pdf, tmp_path).split()).count("शिक्षा") == 1, "the school's words, each once"
    assert all(word in extracted(pdf, tmp_path) for word in SCHOOL.split())
    drawn = devanagari(pdf)
    assert drawn and shaped(drawn) and missing_glyphs(pdf) == []


def test_right_to_left_names_are_shaped_and_their_punctuation_prints(tmp_path: Path) -> None:
    teacher, school = "محمد العلي", "בית ספר דוד"  # the greeting (a Paragraph) and the footer (drawn) hold both
    pdf = letters_pdf([replace(sheet(), teacher=teacher, school=school, rows=sheet().rows[:1])], DETAILS, lang="fr")
    text = extracted(pdf, tmp_path)
    assert teacher in text and school in text, "letters as typed, not the joined forms a reshaper writes"
    assert missing_glyphs(pdf) == [], "the em dash after a name is drawn in a font that has it"
