"""Text in every script: runs of one font each, shaped by HarfBuzz where the script needs it, in display order.

Fonts ship in `resources/fonts` with their licences (`font_faces` says which draws what); the main font is
registered once per process, the others the first time a character needs them, and ReportLab embeds only
the glyphs used. A text is cut into runs, each in the font preferred for its script or else the first that
has its characters, so "Иванов", "Nguyễn", "محمد", "क्षत्रिय", "김민준", "王芳" and "😀" all print instead of boxes.

The text layer stays right: a shaped run (its glyphs are ligatures, conjuncts, reordered vowels that no
character maps to) is wrapped in a marked-content span whose ActualText is the name as typed; characters
beyond U+FFFF get a correct ToUnicode entry (ReportLab writes them as five hex digits, which readers cut).
An Arabic, Hebrew or Syriac run's ActualText is given in display order: PDF readers (poppler) put those
scripts in reading order themselves, and would otherwise turn the name round.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas

from kiosk.documents import para_shaping
from kiosk.documents.font_faces import EMOJI, FALLBACK_ORDER, MAIN, RIGHT_TO_LEFT_MARK, Face, preferred_face
from kiosk.resources import resources_folder

REGULAR, BOLD = MAIN.regular, MAIN.bold
EMOJI_STYLE = "\ufe0f"
THICKENING = 0.035
"""Outline width, times the size, that makes a regular weight read as bold."""
_SHAPING_SIZE = 10.0  # HarfBuzz positions scale with the size; shaped once at this size, drawn at any


class Run(NamedTuple):
    """One font's piece of a text: what is drawn (`glyphs`, shaped or plain, in display order), its width at
    1 pt, and the ActualText for the text layer ("" when the glyphs themselves say it)."""

    font: str
    text: str
    glyphs: str
    width: float
    actual: str
    right_to_left: bool = False
    thickened: bool = False
    """Bold asked of a font shipped in one weight: drawn filled and outlined, a little heavier."""


@cache
def register_fonts() -> None:
    """Register the main font once per process (ReportLab parses a TrueType file in tens of milliseconds);
    the others wait until a character needs them."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # the module-level function ReportLab calls
    para_shaping.install()
    font_name(MAIN, False)
    font_name(MAIN, True)


_REGISTERED: set[str] = set()


def font_name(face: Face, bold: bool) -> str:
    """The ReportLab name of `face` in that weight, registered on first use."""
    name, file = (face.bold, face.bold_file) if bold else (face.regular, face.regular_file)
    if name not in _REGISTERED:
        pdfmetrics.registerFont(TTFont(name, str(resources_folder() / "fonts" / file)))
        _REGISTERED.add(name)
    return name


def _covers(face: Face, bold: bool, code: int) -> bool:
    return code in pdfmetrics.getFont(font_name(face, bold)).face.charToGlyph


@cache
def face_for(char: str, bold: bool, emoji_style: bool = False) -> Face:
    """The preferred face for the character's script when it has the character, else the first that has it."""
    code = ord(char)
    preferred = preferred_face(code)
    if emoji_style and _covers(EMOJI, bold, code):
        return EMOJI
    if preferred is not None and _covers(preferred, bold, code):
        return preferred
    return next((face for face in FALLBACK_ORDER if _covers(face, bold, code)), MAIN)


def _joins_previous(char: str, face: Face, bold: bool) -> bool:
    """Marks, joiners and selectors belong to the letter before them; spaces and punctuation to its run when
    its font has them (an em dash after an Arabic name printed as Noto Arabic's missing-glyph box)."""
    category = unicodedata.category(char)
    return category[0] == "M" or category == "Cf" or (category[0] in "ZP" and _covers(face, bold, ord(char)))


def _after_rtl_run(text: str, index: int, face: Face, bold: bool) -> bool:
    """A space or punctuation after a right-to-left name with no more of it to come belongs to the text around:
    inside the name's run it would be shown on the name's left ("de محمد— Collège")."""
    if not face.right_to_left or unicodedata.category(text[index])[0] not in "ZP":
        return False
    following = next((char for char in text[index + 1:] if unicodedata.category(char)[0] not in "ZP"), "")
    return not following or face_for(following, bold) != face


@cache
def runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """The runs of `text` in display order (a name that starts right-to-left reads from the right)."""
    register_fonts()
    text = unicodedata.normalize("NFC", text)
    pieces: list[tuple[Face, str]] = []
    for index, char in enumerate(text):
        previous = pieces[-1][0] if pieces else None
        if previous and _joins_previous(char, previous, bold) and not _after_rtl_run(text, index, previous, bold):
            pieces[-1] = (previous, pieces[-1][1] + char)
            continue
        face = face_for(char, bold, text[index + 1:index + 2] == EMOJI_STYLE)
        if pieces and pieces[-1][0] == face:
            pieces[-1] = (face, pieces[-1][1] + char)
        else:
            pieces.append((face, char))
    if _starts_right_to_left(text):
        pieces.reverse()
    return tuple(_run(face, piece, bold) for face, piece in pieces)


def _starts_right_to_left(text: str) -> bool:
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _run(face: Face, piece: str, bold: bool) -> Run:
    name = font_name(face, bold)
    thickened = bold and face.bold_file == face.regular_file
    if face.shaped:
        glyphs = shapeStr(piece, name, _SHAPING_SIZE, force=True)
        width = sum(data.x_advance for data in glyphs.__shapeData__) / 1000
        # A right-to-left mark first, so that a reader reorders a name ending in a vowel sign (Thaana) whole.
        actual = RIGHT_TO_LEFT_MARK + piece[::-1] if face.readers_reorder else piece
        return Run(name, piece, glyphs, width, actual, face.right_to_left, thickened)
    drawable = _drawable(piece, name)
    return Run(name, piece, drawable, float(pdfmetrics.stringWidth(drawable, name, 1.0)), "", False, thickened)


def _drawable(piece: str, name: str) -> str:
    """The piece without the invisible characters (joiners, selectors) its font has no glyph for."""
    glyphs = pdfmetrics.getFont(name).face.charToGlyph
    return "".join(char for char in piece
                   if ord(char) in glyphs or not (unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F))


def text_width(text: str, size: float, bold: bool = False) -> float:
    return sum(run.width for run in runs(text, bold)) * size


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
              centred: bool = False) -> None:
    """Draw one line at baseline y, starting at x (or centred on x)."""
    if centred:
        x -= text_width(text, size, bold) / 2
    for run in runs(text, bold):
        if run.actual:
            canvas.addLiteral(f"/Span <</ActualText <FEFF{run.actual.encode('utf-16-be').hex().upper()}>>> BDC")
        canvas.setFont(run.font, size)
        if run.thickened:
            _draw_thickened(canvas, x, y, run.glyphs, size)
        else:
            canvas.drawString(x, y, run.glyphs)
        if run.actual:
            canvas.addLiteral("EMC")
        x += run.width * size


def _draw_thickened(canvas: Canvas, x: float, y: float, glyphs: str, size: float) -> None:
    """Glyphs filled and outlined in the fill colour: a bold for the scripts shipped in one weight only."""
    canvas.saveState()
    canvas.setStrokeColor(canvas._fillColorObj)  # ReportLab keeps the current fill colour only there
    canvas.setLineWidth(size * THICKENING)
    canvas.drawString(x, y, glyphs, mode=2)
    canvas.restoreState()


def markup(text: str, bold: bool = False) -> str:
    """The text for a ReportLab Paragraph: XML-escaped, runs in other fonts wrapped in <font> tags.

    Runs that need shaping are shaped by the Paragraph itself, with their text layer (see `para_shaping`);
    a right-to-left run's words go in display order, each word as typed (HarfBuzz turns it round)."""
    out = []
    for run in runs(text, bold):
        piece = " ".join(reversed(run.text.split(" "))) if run.right_to_left else run.text
        escaped = piece.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(escaped if run.font in (REGULAR, BOLD) else f'<font name="{run.font}">{escaped}</font>')
    return "".join(out)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16 surrogate pairs."""
    entries = [f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>" for index, code in enumerate(subset)]
    return "\n".join(["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                      f"/CIDSystemInfo\n<< /Registry ({fontname})\n/Ordering ({fontname})\n/Supplement 0\n>> def",
                      f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
                      f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
                      *entries, "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
                      "end"])

