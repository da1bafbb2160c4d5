"""What a PDF really draws: every glyph shown by every text operator, read from the embedded font programs.

A character a font lacks is drawn with glyph 0 (the font's "missing" box) and still extracts as text, so
extraction alone cannot tell a printed name from a row of boxes; this can.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject


class EmbeddedFont:
    """A simple TrueType font as embedded by ReportLab: one-byte codes mapped to glyphs by its own cmap."""

    def __init__(self, font: DictionaryObject) -> None:
        self.name = str(font["/BaseFont"]).split("+")[-1]
        self.glyphs: dict[int, int] | None = None
        self.text: dict[int, str] = {}
        if "/ToUnicode" in font:
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            entries = "".join(re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.DOTALL))
            self.text = {int(code, 16): bytes.fromhex(chars).decode("utf-16-be")
                         for code, chars in re.findall(r"<([0-9A-Fa-f]{2})> <([0-9A-Fa-f]+)>", entries)}
        if "/FontDescriptor" not in font:  # one of the 14 standard fonts: the reader supplies it
            return
        program = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        ttf = TTFont(io.BytesIO(program))
        by_code = ttf["cmap"].tables[0].cmap
        self.glyphs = {code: ttf.getGlyphID(name) for code, name in by_code.items()}

    def glyph(self, code: int) -> int:
        """The glyph drawn for `code`; -1 for a standard font (not embedded, nothing to check)."""
        return -1 if self.glyphs is None else self.glyphs.get(code, 0)


class Glyph(NamedTuple):
    font: str
    size: float
    glyph: int
    text: str = ""
    """What the font's ToUnicode says the glyph is: a private-use character for a glyph only shaping reaches
    (a conjunct, a ligature)."""


def drawn_glyphs(pdf: bytes) -> Iterator[Glyph]:
    """Font name, size (as set by Tf, before any scaling) and glyph id of every glyph drawn, forms included."""
    reader = PdfReader(io.BytesIO(pdf))
    fonts: dict[int, EmbeddedFont] = {}
    for page in reader.pages:
        yield from _stream_glyphs(page.get_contents(), page["/Resources"], reader, fonts)


def _stream_glyphs(contents: Any, resources: Any, reader: PdfReader,
                   fonts: dict[int, EmbeddedFont]) -> Iterator[Glyph]:
    resources = resources.get_object() if resources is not None else DictionaryObject()
    current: EmbeddedFont | None = None
    size = 0.0
    for operands, operator in ContentStream(contents, reader).operations:
        if operator == b"Tf":
            reference = resources["/Font"].raw_get(operands[0])
            key = reference.idnum if hasattr(reference, "idnum") else id(reference)
            if key not in fonts:
                fonts[key] = EmbeddedFont(reference.get_object())
            current, size = fonts[key], float(operands[1])
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            assert current is not None, "text shown before a font was chosen"
            strings = operands[0] if isinstance(operands[0], ArrayObject) else [operands[-1]]
            for string in strings:
                if isinstance(string, (bytes, str)):
                    for code in _bytes(string):
                        yield Glyph(current.name, size, current.glyph(code), current.text.get(code, ""))
        elif operator == b"Do":
            xobject = resources["/XObject"][operands[0]].get_object()
            if xobject.get("/Subtype") == "/Form":
                yield from _stream_glyphs(xobject, xobject.get("/Resources"), reader, fonts)


def _bytes(string: Any) -> bytes:
    if isinstance(string, bytes):
        return bytes(string)
    original = getattr(string, "original_bytes", None)
    return bytes(original) if original is not None else str(string).encode("latin-1")


def missing_glyphs(pdf: bytes) -> list[str]:
    """The fonts (one entry per glyph) that drew their missing glyph; empty when every character printed."""
    return [drawn.font for drawn in drawn_glyphs(pdf) if drawn.glyph == 0]
