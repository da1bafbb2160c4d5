"""A roll call: one row per person, read down the page, with a box to tick at the assembly point.

Names are never smaller than 8 pt: a long name wraps between words onto a second line and the row grows;
the note (a role, an organisation) has its own column, so it never touches a name, whichever way the name
is written. Blank rows at the end take the people found who were not on the list. Rows are drawn straight
on the canvas in font runs (fonts.draw_text): 5,000 people lay out in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kiosk.documents.badge_text import font_extent
from kiosk.documents.fonts import draw_text
from kiosk.documents.text_cell import fitted_size, shortened, wrap_lines

NAME_PT, NAME_MIN_PT, NOTE_PT, CAPTION_PT = 11.0, 8.0, 8.0, 11.0
LINE = 1.2
"""Line spacing, times the size."""
PAD_Y = 2.2
BOX = 3.6 * mm
NAME_X = BOX + 3 * mm
NOTE_SHARE = 0.30
"""The note column's share of the width; the name has the rest."""
STRIPE, NOTE_GREY, RULE = colors.HexColor("#F1F1F1"), colors.HexColor("#555555"), colors.HexColor("#BBBBBB")


@dataclass(frozen=True)
class RollRow:
    """One person (a blank row when `name` is empty): adults in bold, the note in small grey type."""

    name: str = ""
    note: str = ""
    bold: bool = False


@dataclass(frozen=True)
class LaidRow:
    row: RollRow
    size: float
    name_lines: tuple[str, ...]
    note_lines: tuple[str, ...]
    height: float


def lay_out(row: RollRow, width: float) -> LaidRow:
    """The row's lines in a table `width` points wide, and the height they take."""
    name_room, note_room = _columns(width)
    size = fitted_size(row.name, name_room, NAME_PT, NAME_MIN_PT, row.bold)
    names = tuple(shortened(line, name_room, size, row.bold) for line in wrap_lines(row.name, name_room, size,
                                                                                     row.bold))
    notes = tuple(shortened(line, note_room, NOTE_PT) for line in wrap_lines(row.note, note_room, NOTE_PT)) \
        if row.note else ()
    lines_height = max(_block(size, len(names)), _block(NOTE_PT, len(notes)) if notes else 0.0)
    blank = 7 * mm if not row.name else 0.0
    return LaidRow(row, size, names, notes, max(lines_height + 2 * PAD_Y, BOX + 2 * PAD_Y, blank))


def _columns(width: float) -> tuple[float, float]:
    note = width * NOTE_SHARE
    return width - NAME_X - note - 3 * mm, note - 2 * mm


def _block(size: float, lines: int) -> float:
    ascent, descent = font_extent(False)
    return (ascent + descent + (lines - 1) * LINE) * size


class RollCall(Flowable):  # type: ignore[misc]
    """Rows of one section; splits between rows, the rest opening with `continued` in bold."""

    def __init__(self, rows: Sequence[RollRow], *, continued: str = "", caption: str = "") -> None:
        super().__init__()
        self.rows, self.continued, self.caption = rows, continued, caption
        self.width = self.height = 0.0
        self._laid: tuple[float, list[LaidRow]] | None = None

    @cached_property
    def _top(self) -> float:
        return CAPTION_PT * 1.6 if self.caption else 0.0

    def laid(self, width: float) -> list[LaidRow]:
        if self._laid is None or self._laid[0] != width:
            self._laid = (width, [lay_out(row, width) for row in self.rows])
        return self._laid[1]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self._top + sum(row.height for row in self.laid(available_width))
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room, fitting = available_height - self._top, 0
        for row in self.laid(available_width):
            if row.height > room:
                break
            room -= row.height
            fitting += 1
        if fitting < 1:
            return []
        return [RollCall(self.rows[:fitting], continued=self.continued, caption=self.caption),
                RollCall(self.rows[fitting:], continued=self.continued, caption=self.continued)]

    def draw(self) -> None:
        canvas, top = self.canv, self.height - self._top
        if self.caption:
            draw_text(canvas, 0, top + CAPTION_PT * 0.5, self.caption, CAPTION_PT, bold=True)
        for index, laid in enumerate(self.laid(self.width)):
            top -= laid.height
            _draw_row(canvas, laid, top, self.width, striped=index % 2 == 1)


def _draw_row(canvas: Canvas, laid: LaidRow, bottom: float, width: float, *, striped: bool) -> None:
    """The stripe, the tick box, the name's lines and the note's, top-aligned; a rule underneath."""
    if striped:
        canvas.setFillColor(STRIPE)
        canvas.rect(0, bottom, width, laid.height, stroke=0, fill=1)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(0, bottom, width, bottom)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.rect(1 * mm, bottom + laid.height - PAD_Y - BOX, BOX, BOX, stroke=1, fill=0)
    canvas.setFillColor(colors.black)
    ascent, _descent = font_extent(False)
    top = bottom + laid.height - PAD_Y
    for index, line in enumerate(laid.name_lines):
        draw_text(canvas, NAME_X, top - (ascent + index * LINE) * laid.size, line, laid.size, bold=laid.row.bold)
    if not laid.row.name:
        canvas.setStrokeColor(RULE)
        canvas.line(NAME_X, bottom + 2 * mm, width * (1 - NOTE_SHARE) - 3 * mm, bottom + 2 * mm)
    canvas.setFillColor(NOTE_GREY)
    note_x = width * (1 - NOTE_SHARE)
    for index, line in enumerate(laid.note_lines):
        draw_text(canvas, note_x, top - (ascent + index * LINE) * NOTE_PT, line, NOTE_PT)
    canvas.setFillColor(colors.black)
