"""Names in table cells and lists: wrapped between words rather than shrunk, every script shaped.

A name is cut only after a space or a hyphen, never inside a word ("Emmanu|el"). A word wider than the
cell makes the text smaller, down to the cell's minimum, and only then loses its end to an ellipsis.
Drawn with `fonts.draw_text`, so the text layer gives the name back as typed.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from kiosk.documents.badge_text import BREAKS, ellipsized, font_extent
from kiosk.documents.fonts import draw_text, text_width

LEADING = 1.2


def words(text: str) -> list[str]:
    """The pieces a line may end after: each word with the space or hyphen that follows it."""
    return [piece for piece in BREAKS.split(text) if piece]


def wrap_lines(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Words on lines no wider than `width` points at `size`; a word wider than a line keeps a line to itself."""
    lines: list[str] = []
    for word in words(text):
        if lines and text_width((lines[-1] + word).rstrip(), size, bold) <= width:
            lines[-1] += word
        else:
            lines.append(word)
    return [line.strip() for line in lines] or [""]


def shortened(line: str, width: float, size: float, bold: bool = False) -> str:
    """`line` cut short with "…" to fit `width` points, if need be."""
    return ellipsized(line, width / size, lambda piece: text_width(piece, 1.0, bold))


def fitted_size(text: str, width: float, size: float, min_size: float, bold: bool = False,
                one_line: bool = False) -> float:
    """`size`, or smaller (not below `min_size`) so that the widest word (or the whole `one_line`) fits the width."""
    pieces = [text] if one_line else words(text)
    widest = max((text_width(piece.strip(), 1.0, bold) for piece in pieces), default=0.0)
    return size if widest * size <= width else max(min_size, width / widest)


class TextCell(Flowable):  # type: ignore[misc]
    """A name (or any short text) in the width it is given, as many lines as it needs."""

    def __init__(self, text: str, size: float, *, bold: bool = False, min_size: float | None = None,
                 colour: Color | None = None, one_line: bool = False) -> None:
        super().__init__()
        self.text, self.size, self.bold, self.colour, self.one_line = text, size, bold, colour, one_line
        self.min_size = size if min_size is None else min_size
        self.lines: list[str] = []
        self.drawn_size = size
        self.width = self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.drawn_size = fitted_size(self.text, available_width, self.size, self.min_size, self.bold, self.one_line)
        lines = [self.text] if self.one_line else wrap_lines(self.text, available_width, self.drawn_size, self.bold)
        self.lines = [shortened(line, available_width, self.drawn_size, self.bold) for line in lines]
        ascent, descent = font_extent(self.bold)
        self.width = available_width
        self.height = ((ascent + descent) + (len(self.lines) - 1) * LEADING) * self.drawn_size
        return self.width, self.height

    def draw(self) -> None:
        ascent, _descent = font_extent(self.bold)
        if self.colour is not None:
            self.canv.setFillColor(self.colour)
        for index, line in enumerate(self.lines):
            baseline = self.height - (ascent + index * LEADING) * self.drawn_size
            draw_text(self.canv, 0, baseline, line, self.drawn_size, bold=self.bold)
