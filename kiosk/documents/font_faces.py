"""The shipped fonts, as data: which file draws which scripts, and which need shaping.

A visitor's name may be in any script. DejaVu Sans draws Latin, Greek and Cyrillic (and is the main font of
every document); each other script has its own Noto font, drawn for the characters of its Unicode blocks even
where DejaVu has a glyph too (DejaVu's Arabic or Hebrew has no proper joining or marks). Hangul comes from
NanumSquare (OFL; Noto's Korean fonts ship only as CFF outlines, which ReportLab cannot embed), Chinese and
Japanese from Droid Sans Fallback, emoji from the monochrome Noto Emoji. Licences are beside the files.

Scripts whose letters change shape or order with their neighbours (Arabic, Indic, South-East Asian,
Hangul jamo, emoji sequences) are shaped with HarfBuzz; Latin, Greek, Cyrillic and CJK are drawn as they
come, which keeps badges small and fast.
"""

from __future__ import annotations

from dataclasses import dataclass

Ranges = tuple[tuple[int, int], ...]
RIGHT_TO_LEFT_MARK = "\u200f"


@dataclass(frozen=True)
class Face:
    """A font as registered with ReportLab: names, files (the bold file is the regular one when the family
    ships no bold), the Unicode blocks it is preferred for, and how its runs are drawn."""

    regular: str
    bold: str
    regular_file: str
    bold_file: str
    prefer: Ranges = ()
    shaped: bool = False
    right_to_left: bool = False
    readers_reorder: bool = False
    """PDF readers (poppler) put this script's text in reading order themselves (Arabic, Hebrew, Syriac; not
    Thaana or N'Ko), so its ActualText is given in display order, as the glyphs are."""


def _script(name: str, file: str, *ranges: tuple[int, int], rtl: bool = False, reordered: bool = False) -> Face:
    """A script font with one weight, shaped."""
    return Face(f"Kiosk{name}", f"Kiosk{name}", file, file, ranges, shaped=True, right_to_left=rtl,
                readers_reorder=reordered)


MAIN = Face("KioskSans", "KioskSans-Bold", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
ARABIC = Face("KioskArabic", "KioskArabic-Bold", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
              ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
              shaped=True, right_to_left=True, readers_reorder=True)
CJK = Face("KioskCJK", "KioskCJK", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf")
EMOJI = _script("Emoji", "NotoEmoji-Regular.ttf", (0x1F000, 0x1FAFF), (0x1FC00, 0x1FFFD))

SCRIPTS = (
    _script("Hebrew", "NotoSansHebrew-Regular.ttf", (0x0590, 0x05FF), (0xFB1D, 0xFB4F), rtl=True, reordered=True),
    _script("Syriac", "NotoSansSyriac-Regular.ttf", (0x0700, 0x074F), (0x0860, 0x086F), rtl=True, reordered=True),
    _script("Thaana", "NotoSansThaana-Regular.ttf", (0x0780, 0x07BF), rtl=True, reordered=True),
    _script("NKo", "NotoSansNKo-Regular.ttf", (0x07C0, 0x07FF), rtl=True),
    _script("Armenian", "NotoSansArmenian-Regular.ttf", (0x0530, 0x058F), (0xFB13, 0xFB17)),
    _script("Georgian", "NotoSansGeorgian-Regular.ttf", (0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F)),
    _script("Devanagari", "NotoSansDevanagari-Regular.ttf", (0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)),
    _script("Bengali", "NotoSansBengali-Regular.ttf", (0x0980, 0x09FF)),
    _script("Gurmukhi", "NotoSansGurmukhi-Regular.ttf", (0x0A00, 0x0A7F)),
    _script("Gujarati", "NotoSansGujarati-Regular.ttf", (0x0A80, 0x0AFF)),
    _script("Oriya", "NotoSansOriya-Regular.ttf", (0x0B00, 0x0B7F)),
    _script("Tamil", "NotoSansTamil-Regular.ttf", (0x0B80, 0x0BFF)),
    _script("Telugu", "NotoSansTelugu-Regular.ttf", (0x0C00, 0x0C7F)),
    _script("Kannada", "NotoSansKannada-Regular.ttf", (0x0C80, 0x0CFF)),
    _script("Malayalam", "NotoSansMalayalam-Regular.ttf", (0x0D00, 0x0D7F)),
    _script("Sinhala", "NotoSansSinhala-Regular.ttf", (0x0D80, 0x0DFF)),
    _script("Thai", "NotoSansThai-Regular.ttf", (0x0E00, 0x0E7F)),
    _script("Lao", "NotoSansLao-Regular.ttf", (0x0E80, 0x0EFF)),
    _script("Tibetan", "NotoSerifTibetan-Regular.ttf", (0x0F00, 0x0FFF)),
    _script("Myanmar", "NotoSansMyanmar-Regular.ttf", (0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)),
    _script("Ethiopic", "NotoSansEthiopic-Regular.ttf", (0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)),
    _script("Cherokee", "NotoSansCherokee-Regular.ttf", (0x13A0, 0x13FF), (0xAB70, 0xABBF)),
    _script("Canadian", "NotoSansCanadianAboriginal-Regular.ttf", (0x1400, 0x167F), (0x18B0, 0x18FF)),
    _script("Khmer", "NotoSansKhmer-Regular.ttf", (0x1780, 0x17FF), (0x19E0, 0x19FF)),
    _script("Mongolian", "NotoSansMongolian-Regular.ttf", (0x1800, 0x18AF)),
    _script("Tifinagh", "NotoSansTifinagh-Regular.ttf", (0x2D30, 0x2D7F)),
    _script("Hangul", "NanumSquareR.ttf", (0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF)),
)

FALLBACK_ORDER = (MAIN, ARABIC, CJK, EMOJI, *SCRIPTS)
"""Where a character outside every preferred block is looked for: the fonts always loaded first."""


def preferred_face(code: int) -> Face | None:
    """The face drawn for the block `code` is in, if one is preferred for it."""
    if code < 0x0530:  # Latin, Greek, Cyrillic: the main font
        return None
    for face in (ARABIC, EMOJI, *SCRIPTS):
        if any(start <= code <= end for start, end in face.prefer):
            return face
    return None
