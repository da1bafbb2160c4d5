"""The canvas badges are drawn on: compressed pages, QR codes on a whole-module grid, cut marks.

A QR code is drawn in a coordinate system whose unit is one module, so its rectangles are small whole
numbers ("4 17 3 1 re"): a third of the bytes of page coordinates, and a PDF that stays small for 40,000
badges. Whole numbers are also written directly: ReportLab formats every number in Python (about 10 µs a
rectangle, 170 rectangles a code) unless its optional C accelerator is installed.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from kiosk.documents.fonts import REGULAR
from kiosk.documents.layouts import Layout
from kiosk.documents.qr import QUIET_ZONE, draw_qr, qr_matrix

CUT_MARK_MM = 5.0
CUT_MARK_GAP_MM = 1.0
"""Marks stop this short of the labels, so that a slightly skewed cut leaves no line on a badge."""


class BadgeCanvas(Canvas):  # type: ignore[misc]
    """A ReportLab canvas for one layout: page size from the layout, page streams compressed."""

    def __init__(self, target: Any, layout: Layout, *, title: str, lang: str) -> None:
        width, height = layout.page_size
        super().__init__(target, pagesize=(width * mm, height * mm), pageCompression=1, initialFontName=REGULAR,
                         lang=lang)
        self.layout = layout
        self.setTitle(title)
        self.setAuthor("Kiosk")
        self.setCreator("Kiosk")
        self.setLineWidth(0.25)

    def save(self) -> None:
        """Page streams compressed only, not also ASCII85-encoded: that adds a quarter to the size and costs
        more than the compression, for PDF readers that all take binary streams."""
        ascii85 = rl_config.useA85
        rl_config.useA85 = 0
        try:
            super().save()
        finally:
            rl_config.useA85 = ascii85

    def beginPath(self) -> PDFPathObject:  # noqa: N802 - ReportLab's name
        return GridPath()

    def draw_cut_marks(self, offset: tuple[float, float]) -> None:
        """Short lines in the page margins, in line with every label edge (none where there is no margin)."""
        (page_w, page_h), label = self.layout.page_size, self.layout.cell
        lefts = [x / mm + offset[0] for x, _y in self.layout.origins()]
        bottoms = [y / mm - offset[1] for _x, y in self.layout.origins()]
        xs = sorted({*lefts, *(x + label[0] for x in lefts)})
        ys = sorted({*bottoms, *(y + label[1] for y in bottoms)})
        self._marks(xs, (min(bottoms), max(bottoms) + label[1]), page_h, vertical=True)
        self._marks(ys, (min(lefts), max(lefts) + label[0]), page_w, vertical=False)

    def _marks(self, positions: list[float], grid: tuple[float, float], page: float, *, vertical: bool) -> None:
        before = (max(0.0, grid[0] - CUT_MARK_GAP_MM - CUT_MARK_MM), grid[0] - CUT_MARK_GAP_MM)
        after = (grid[1] + CUT_MARK_GAP_MM, min(page, grid[1] + CUT_MARK_GAP_MM + CUT_MARK_MM))
        for start, end in (before, after):
            if end - start < 1.0:
                continue
            for position in positions:
                if vertical:
                    self.line(position * mm, start * mm, position * mm, end * mm)
                else:
                    self.line(start * mm, position * mm, end * mm, position * mm)


class GridPath(PDFPathObject):  # type: ignore[misc]
    """A path that writes rectangles on a whole-number grid as plain integers."""

    def rect(self, x: float, y: float, width: float, height: float) -> None:
        if x == int(x) and y == int(y) and width == int(width) and height == int(height):
            self._code_append(f"{int(x)} {int(y)} {int(width)} {int(height)} re")
        else:
            super().rect(x, y, width, height)


_MODULES: dict[int, int] = {}


def modules_across(payload: str) -> int:
    """Modules across a code with its quiet zone; badge codes share one format, so one size per length.

    A payload of another shape is still drawn right, only with fractional coordinates.
    """
    count = _MODULES.get(len(payload))
    if count is None:
        count = _MODULES[len(payload)] = len(qr_matrix(payload)) + 2 * QUIET_ZONE
    return count


def draw_qr_on_grid(canvas: Canvas, payload: str, x: float, y: float, side: float) -> None:
    """`draw_qr` in the square of side `side` at (x, y), drawn in module units (see the module docstring)."""
    modules = modules_across(payload)
    canvas.saveState()
    canvas.transform(side / modules, 0, 0, side / modules, x, y)
    draw_qr(canvas, payload, 0, 0, modules)
    canvas.restoreState()
