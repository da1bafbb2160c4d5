"""Names in ReportLab Paragraphs (report tables, headings, a letter's greeting) shaped like names on badges.

ReportLab shapes a Paragraph's words with HarfBuzz when its style asks (`shaping=1`), but as it comes it
shapes every word, Latin too (kerning, "ﬁ" ligatures that then extract as one character; and a paragraph
laid out half as fast again), each word in the font of its first piece, and gives the text layer the
glyphs' own characters: a conjunct extracts as a private-use character, a reordered vowel sign in display
order. Hooks installed once with the fonts make it shape as `fonts.draw_text` does:

- `_break_lines` turns shaping on for a paragraph only when it has a piece in a font that needs it;
- `shape_word` shapes only the pieces in a font that needs it (Arabic and the other right-to-left scripts,
  whose words `markup` puts in display order, Indic, South-East Asian, Hangul, emoji sequences), each piece
  with its own font, and marks the shaped text with the piece as typed;
- `_format_with_actual_text` wraps such text in a marked-content span whose ActualText is that piece, so
  that text extraction gives the name back as typed (in display order for the scripts readers reorder,
  as `fonts.draw_text` does).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedFragWord, ShapedStr, makeShapedFragWord
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph

from kiosk.documents.font_faces import FALLBACK_ORDER, RIGHT_TO_LEFT_MARK

SIMPLE_CLUSTER = ttfonts._sdSimple.cluster
"""The cluster of a character added to shaped glyphs unshaped (the space between two words)."""
SHAPED_FACES = {name: face for face in FALLBACK_ORDER if face.shaped for name in (face.regular, face.bold)}
SHAPED_FONTS = frozenset(SHAPED_FACES)


class ActualStr(ShapedStr):  # type: ignore[misc]
    """Shaped glyphs that remember the text they draw; joined with others (words on one line), it still does."""

    actual: str

    def __new__(cls, glyphs: ShapedStr, actual: str) -> ActualStr:
        self: ActualStr = super().__new__(cls, str(glyphs), shapeData=glyphs.__shapeData__)
        self.actual = actual
        return self

    def __add__(self, other: str) -> ActualStr:
        return ActualStr(ShapedStr.__add__(self, other), self.actual + getattr(other, "actual", str(other)))

    def __radd__(self, other: str) -> ActualStr:
        return ActualStr(ShapedStr.__radd__(self, other), getattr(other, "actual", str(other)) + self.actual)


def shape_word(word: list[Any], *args: Any, **kwargs: Any) -> list[Any]:
    """A Paragraph's word (its width, then (fragment, text) pieces) with its pieces in shaped fonts shaped,
    each alone; the word itself when it has none."""
    pieces = word[1:]
    if isinstance(word, ShapedFragWord) or not any(_to_shape(fragment, text) for fragment, text in pieces):
        return word
    out = makeShapedFragWord(word)([])
    width = 0.0
    for fragment, text in pieces:
        if _to_shape(fragment, text):
            plain = [stringWidth(text, fragment.fontName, fragment.fontSize), (fragment, text)]
            shaped = ttfonts.shapeFragWord(plain, force=True)
            actual = actual_text(fragment.fontName, text)
            out.extend((piece_fragment, ActualStr(glyphs, actual)) for piece_fragment, glyphs in shaped[1:])
            width += shaped[0]
        else:
            out.append((fragment, text))
            width += _width(fragment, text)
    out.insert(0, width)
    return out  # type: ignore[no-any-return]


def actual_text(font: str, text: str) -> str:
    """The ActualText of a shaped piece: as typed, or in display order for the scripts PDF readers reorder
    themselves (Arabic, Hebrew, Syriac, Thaana), as `fonts.draw_text` gives it."""
    if not SHAPED_FACES[font].readers_reorder:
        return text
    return RIGHT_TO_LEFT_MARK + text[::-1]


def _to_shape(fragment: Any, text: str) -> bool:
    """A piece in a font that needs shaping, not shaped yet (a paragraph split in two keeps its shaped words)."""
    return (bool(text) and not isinstance(text, ShapedStr) and not hasattr(fragment, "cbDefn")
            and fragment.fontName in SHAPED_FONTS)


def _width(fragment: Any, text: str) -> float:
    if hasattr(fragment, "cbDefn"):
        return float(getattr(fragment.cbDefn, "width", 0))
    if not isinstance(text, ShapedStr):
        return float(stringWidth(text, fragment.fontName, fragment.fontSize))
    size = fragment.fontSize
    return sum(float(stringWidth(char, fragment.fontName, size)) if data.cluster == SIMPLE_CLUSTER
               else data.x_advance * size / 1000 for char, data in zip(text, text.__shapeData__, strict=False))


_FORMAT_TEXT = PDFTextObject._formatText


def _format_with_actual_text(self: PDFTextObject, text: str) -> str:
    code: str = _FORMAT_TEXT(self, text)
    actual = getattr(text, "actual", "")
    if not actual:
        return code
    return f"/Span <</ActualText <FEFF{actual.encode('utf-16-be').hex().upper()}>>> BDC {code} EMC"


_BREAK_LINES = paragraph.Paragraph.breakLines


def _break_lines(self: paragraph.Paragraph, width: Any) -> Any:
    """ReportLab's line breaking, with shaping turned on for this paragraph when it has a piece to shape."""
    if not self.style.shaping and any(getattr(fragment, "fontName", "") in SHAPED_FONTS for fragment in self.frags):
        self.style = _shaping_copy(self.style)
    return _BREAK_LINES(self, width)


@cache
def _shaping_copy(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def install() -> None:
    """Put the hooks in place (ReportLab's modules look these names up at use)."""
    paragraph.shapeFragWord = shape_word
    paragraph.Paragraph.breakLines = _break_lines
    PDFTextObject._formatText = _format_with_actual_text
