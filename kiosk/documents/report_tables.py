"""The tables of the reports: a grey header that repeats on every page, figures right-aligned so that units
line up, light stripes to follow a line across, and a bold total line when the table adds up."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TypeAlias

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph

from kiosk.documents.fonts import BOLD, REGULAR, markup, runs, text_width
from kiosk.documents.pages import Styles, styles

HEADER, STRIPE, TOTAL = colors.HexColor("#E4E8EE"), colors.HexColor("#F6F7F9"), colors.HexColor("#EDEFF3")
LINE, DARK = colors.HexColor("#C5CBD3"), colors.HexColor("#4A5563")
FILL, OVER = colors.HexColor("#1F5F99"), colors.HexColor("#C0392B")
Cell: TypeAlias = str | Flowable
PADDING = 4


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    """In points (use mm)."""
    numeric: bool = True


@cache
def look() -> Styles:
    return styles()


@cache
def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)


@cache
def _wrapping() -> ParagraphStyle:
    """Breaks "Saint-Germain-en-Laye" after a hyphen rather than in the middle of a word."""
    return ParagraphStyle("report_text", parent=look().cell, embeddedHyphenation=1)


@cache
def _head() -> ParagraphStyle:
    return ParagraphStyle("report_head", parent=look().cell_bold, fontSize=8, leading=9.5)


def text(value: str, width: float) -> Cell:
    """Outside text (a school, a city) for a column `width` wide: a plain string when it fits on one line in
    the table's own font (several times faster to lay out), else a Paragraph that wraps and prints any script."""
    pieces = runs(value)
    if all(run.font == REGULAR for run in pieces) and text_width(value, 9) <= width - 2 * PADDING:
        return "".join(run.glyphs for run in pieces)
    return Paragraph(markup(value), _wrapping())


def table(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *, total: Sequence[Cell] | None = None,
          header_rows: Sequence[Sequence[Cell]] = (), spans: Sequence[tuple[int, int, int]] = ()) -> LongTable:
    """A table with `columns` headers (and extra `header_rows` above them, cells joined by `spans`:
    (row, first column, last column)); the header repeats when the table runs onto another page."""
    head = [*header_rows, [_title(c) for c in columns]]
    body = [*head, *rows, *([total] if total is not None else [])]
    result = LongTable(body, colWidths=[c.width for c in columns], repeatRows=len(head), hAlign="LEFT")
    result.setStyle(_style(columns, len(head), len(body), total is not None, spans))
    return result


def _title(column: Column) -> Paragraph:
    return Paragraph(column.title, _right(_head()) if column.numeric else _head())


def _style(columns: Sequence[Column], head: int, count: int, has_total: bool,
           spans: Sequence[tuple[int, int, int]]) -> list[tuple[object, ...]]:
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("LEADING", (0, 0), (-1, -1), 11), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("BACKGROUND", (0, 0), (-1, head - 1), HEADER), ("LINEBELOW", (0, head - 1), (-1, head - 1), 0.8, DARK),
        ("ROWBACKGROUNDS", (0, head), (-1, -1), [colors.white, STRIPE]),
        ("LINEBELOW", (0, head), (-1, -1), 0.25, LINE), ("BOX", (0, 0), (-1, -1), 0.6, DARK),
    ]
    commands += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i, c in enumerate(columns) if c.numeric]
    commands += [("SPAN", (first, row), (last, row)) for row, first, last in spans]
    commands += [("ALIGN", (first, row), (last, row), "CENTER") for row, first, last in spans]
    if has_total and count > head + 1:
        commands += [("FONTNAME", (0, -1), (-1, -1), BOLD), ("BACKGROUND", (0, -1), (-1, -1), TOTAL),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, DARK)]
    return commands


def fill_bar(rate: float | None, width: float, height: float = 2.6 * mm) -> Drawing:
    """How full a slot is, at a glance: red when it is booked beyond its capacity."""
    bar = Drawing(width, height)
    bar.add(Rect(0, 0, width, height, fillColor=HEADER, strokeColor=None))
    if rate:
        bar.add(Rect(0, 0, width * min(rate, 1.0), height, fillColor=OVER if rate > 1 else FILL, strokeColor=None))
    return bar
