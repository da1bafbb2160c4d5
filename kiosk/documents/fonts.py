"""Fonts for every name: DejaVu Sans first, Noto Sans Arabic and Droid Sans Fallback (CJK) behind it.

Fonts ship in `resources/fonts` with their licences, are registered once per process, and ReportLab
embeds only the glyphs used (subsets). Text is drawn in runs, each in the first font that has its
characters, so "Иванов", "Nguyễn", "محمد" and "王芳" all print instead of black boxes; right-to-left
scripts are shaped and reordered first.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kiosk.resources import resources_folder

# (regular name, bold name, regular file, bold file), in the order they are tried.
FAMILIES = (
    ("KioskSans", "KioskSans-Bold", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("KioskArabic", "KioskArabic-Bold", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ("KioskCJK", "KioskCJK-Bold", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
)
REGULAR, BOLD = FAMILIES[0][0], FAMILIES[0][1]
Run = tuple[str, str]


@cache
def register_fonts() -> None:
    """Register every font once per process (ReportLab parses a TrueType file in tens of milliseconds)."""
    folder = resources_folder() / "fonts"
    for regular, bold, regular_file, bold_file in FAMILIES:
        pdfmetrics.registerFont(TTFont(regular, str(folder / regular_file)))
        pdfmetrics.registerFont(TTFont(bold, str(folder / bold_file)))


@cache
def _covers(font_name: str, char: str) -> bool:
    font = pdfmetrics.getFont(font_name)
    return ord(char) in font.face.charToGlyph


def _font_for(char: str, bold: bool) -> str:
    if _is_arabic(char):  # DejaVu has Arabic letters, but Noto's are the ones drawn for Arabic readers
        name = FAMILIES[1][1] if bold else FAMILIES[1][0]
        if _covers(name, char):
            return name
    for family in FAMILIES:
        name = family[1] if bold else family[0]
        if _covers(name, char):
            return name
    return BOLD if bold else REGULAR


def _is_arabic(char: str) -> bool:
    code = ord(char)
    return 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def _visual(text: str) -> str:
    """NFC, and right-to-left scripts shaped and put in display order (ReportLab draws left to right)."""
    text = unicodedata.normalize("NFC", text)
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        from arabic_reshaper import reshape

        text = str(get_display(reshape(text)))
    return text


@cache
def runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """(font name, piece of text) runs; spaces and punctuation stay in the run they sit in."""
    register_fonts()
    pieces: list[list[str]] = []
    for char in _visual(text):
        shared = unicodedata.category(char)[0] in "ZP" and pieces
        name = pieces[-1][0] if shared else _font_for(char, bold)
        if pieces and pieces[-1][0] == name:
            pieces[-1][1] += char
        else:
            pieces.append([name, char])
    return tuple((name, piece) for name, piece in pieces)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return float(sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(text, bold)))


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
              centred: bool = False) -> None:
    """Draw one line at baseline y, starting at x (or centred on x)."""
    if centred:
        x -= text_width(text, size, bold) / 2
    for name, piece in runs(text, bold):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)


def markup(text: str, bold: bool = False) -> str:
    """The text for a ReportLab Paragraph: XML-escaped, fallback runs wrapped in <font> tags."""
    out = []
    for name, piece in runs(text, bold):
        escaped = piece.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(escaped if name in (REGULAR, BOLD) else f'<font name="{name}">{escaped}</font>')
    return "".join(out)
