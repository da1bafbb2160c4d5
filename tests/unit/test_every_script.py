"""Every name prints: a name in each of 36 scripts, and emoji, on badges (a sheet and a one-per-page card),
attendance sheets and the on-site list; no character is drawn with a font's missing glyph, and the text
layer gives each name back as typed."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pdf_glyphs import drawn_glyphs, missing_glyphs

from kiosk.documents.attendance import attendance_pdf
from kiosk.documents.badges import render_badges
from kiosk.documents.onsite import onsite_pdf
from kiosk.domain.attendance import AttendanceRow, AttendanceSheet
from kiosk.domain.badge_list import BadgeData
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.presence import OnSite
from kiosk.domain.views import PersonView

# (script, first name, last name): names as their bearers write them.
NAMES = (
    ("Latin", "Zoé", "Lefèvre"), ("Vietnamese", "Thị Ánh", "Nguyễn"), ("Greek", "Νίκος", "Παπαδόπουλος"),
    ("Cyrillic", "Дмитрий", "Иванов"), ("Armenian", "Արամ", "Պետրոսյան"), ("Georgian", "გიორგი", "ბერიძე"),
    ("Hebrew", "דוד", "כהן"), ("Arabic", "محمد", "العلي"), ("Persian", "مهسا", "امینی"),
    ("Syriac", "ܫܡܥܘܢ", "ܐܕܝ"), ("Thaana", "އަޙްމަދު", "ނަޝީދު"), ("N'Ko", "ߡߊߡߊߘߎ", "ߞߏߣߋ"),
    ("Devanagari", "अर्जुन", "क्षत्रिय"), ("Bengali", "সৌমিত্র", "চট্টোপাধ্যায়"), ("Gurmukhi", "ਹਰਪ੍ਰੀਤ", "ਸਿੰਘ"),
    ("Gujarati", "કૃષ્ણ", "પટેલ"), ("Oriya", "ପ୍ରିୟଙ୍କା", "ମହାନ୍ତି"), ("Tamil", "ஸ்ரீநிவாசன்", "ராமானுஜன்"),
    ("Telugu", "శ్రీనివాస్", "రెడ్డి"), ("Kannada", "ಕೃಷ್ಣ", "ಗೌಡ"), ("Malayalam", "ലക്ഷ്മി", "നായർ"),
    ("Sinhala", "ශ්‍රීමතී", "පෙරේරා"), ("Thai", "สมศักดิ์", "ศรีสุข"), ("Lao", "ສົມພອນ", "ພົມມະຈັນ"),
    ("Tibetan", "བསྟན་འཛིན", "རྒྱ་མཚོ"), ("Myanmar", "အောင်ဆန်း", "စုကြည်"), ("Khmer", "សុខា", "ចាន់"),
    ("Ethiopic", "አበበ", "ቢቂላ"), ("Cherokee", "ᏌᏊ", "ᎠᏂᏴᏫᏯ"), ("Canadian syllabics", "ᐊᓂᕐᓂᖅ", "ᑕᒪᓕ"),
    ("Mongolian", "ᠪᠠᠲᠤ", "ᠪᠣᠯᠣᠳ"), ("Tifinagh", "ⵎⴰⵙⵉⵏⵉⵙⴰ", "ⴰⵎⴰⵣⵉⵖ"), ("Hangul", "민준", "김"),
    ("Han", "芳", "王"), ("Kana", "さくら", "サトウ"),
    ("Emoji", "Léa ❤️", "Martin 😀👍🏽"), ("Emoji sequence", "Noé 👨‍👩‍👧", "Petit 🦄"),
)
DAY = dt.date(2026, 11, 24)
CODE = "B1" + "0123456789ABCDEFGHJKMN"
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def badge(first: str, last: str) -> BadgeData:
    return BadgeData(first, last, "", "", PersonKind.VISITOR, VisitorCategory.GENERAL_PUBLIC, CODE,
                     "Salon des métiers", (DAY,))


def person(index: int, first: str, last: str) -> PersonView:
    return PersonView(index, PersonKind.VISITOR, first, last, None, VisitorCategory.GENERAL_PUBLIC, "", "", CODE,
                      True, None, None, "", "", None)


def sheet() -> AttendanceSheet:
    rows = tuple(AttendanceRow(index, last, first, PersonKind.PUPIL, False, None, None)
                 for index, (_script, first, last) in enumerate(NAMES))
    return AttendanceSheet("Salon des métiers", "Europe/Paris", DAY, "9 h – 11 h", 1, "Collège Jean-Moulin",
                           "4e B", "Mme Durand", "06 12 34 56 78", "G1" + CODE[2:], None, rows)


DOCUMENTS = {
    "badges on an A4 sheet": lambda: render_badges([badge(f, last) for _s, f, last in NAMES], "a4-8", lang="fr"),
    "badges one per card": lambda: render_badges([badge(f, last) for _s, f, last in NAMES], "cr80", lang="fr"),
    "attendance sheet": lambda: attendance_pdf([sheet()], lang="fr"),
    "on-site list": lambda: onsite_pdf(OnSite(dt.datetime(2026, 11, 24, 11, tzinfo=dt.UTC), visitors={
        VisitorCategory.GENERAL_PUBLIC: [person(i, f, last) for i, (_s, f, last) in enumerate(NAMES)]}),
        event_name="Salon", timezone="Europe/Paris", lang="fr"),
}


def extracted(pdf: bytes, folder: Path) -> str:
    source = folder / "document.pdf"
    source.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(source), "-"], check=True, capture_output=True,
                          text=True).stdout
    return unicodedata.normalize("NFC", text.translate(BIDI_CONTROLS))


def test_the_names_cover_at_least_30_scripts_and_emoji() -> None:
    assert len({script for script, _first, _last in NAMES}) >= 30


@pytest.mark.parametrize("document", list(DOCUMENTS))
def test_no_character_is_drawn_with_a_missing_glyph(document: str) -> None:
    pdf = DOCUMENTS[document]()
    assert sum(1 for _ in drawn_glyphs(pdf)) > 500, "the check saw the names"
    assert missing_glyphs(pdf) == []


@pytest.mark.parametrize("document", list(DOCUMENTS))
def test_text_extraction_gives_every_name_back(document: str, tmp_path: Path) -> None:
    text = extracted(DOCUMENTS[document](), tmp_path)
    missing = [(script, name) for script, first, last in NAMES for name in (first, last)
               if unicodedata.normalize("NFC", name) not in text]
    assert missing == []


def test_latin_badges_stay_small() -> None:
    """Shaping is for the scripts that need it: 400 Latin badges take at most 1.5 KB each."""
    badges = [badge(f"Zoé{i}", f"Lefèvre-{i}") for i in range(400)]
    assert len(render_badges(badges, "a4-8", lang="fr")) / len(badges) <= 1500
