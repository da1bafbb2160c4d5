"""Label stocks and where each element of a badge sits on them: plain data, sizes in millimetres.

A layout is a label size, a page and a grid (one label per page for badge printers and rolls). Elements
are placed in fractions of the label, so one arrangement serves every stock of the same shape: wide labels
put the QR code beside the names, tall ones beneath them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.units import mm

from kiosk.domain.errors import KioskError, Msg

A4 = (210.0, 297.0)
A6 = (105.0, 148.0)
LETTER = (215.9, 279.4)
MAX_OFFSET_MM = 10.0
"""A printer drifts by a millimetre or two; more than this is a wrong setting, not drift."""
_TOLERANCE_MM = 0.05


class Kind(StrEnum):
    BAND = "band"
    TEXT = "text"
    QR = "qr"
    CODE = "code"
    IMAGE = "image"


class Field(StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    ORGANISATION = "organisation"
    CLASS = "class"
    EVENT = "event"
    DAY = "day"
    PHONE = "phone"
    """The class teacher's phone on a minor's badge, for emergencies: only when a design asks for it."""


@dataclass(frozen=True)
class Box:
    """A rectangle in fractions of the label, measured from its top-left corner."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Element:
    """One thing printed on a badge; text sizes are in points, `min_pt` is the readable minimum."""

    kind: Kind
    box: Box
    field: Field | None = None
    bold: bool = False
    centred: bool = False
    min_pt: float = 6.0
    max_pt: float = 72.0
    source_name: str = ""
    """For an image: which of the design's images it shows ("logo", "partners")."""


def _text(field: Field, box: Box, *, bold: bool = False, centred: bool = False, min_pt: float = 6.0,
          max_pt: float = 72.0) -> Element:
    return Element(Kind.TEXT, box, field, bold, centred, min_pt, max_pt)


# Boxes are fractions of the label's safe area (the label less the printer's margin, see Layout.safe).
# Wide labels (85.6 × 54, 99.1 × 67.7, 4 × 3 in): names on the left, the QR code on the right.
WIDE = (
    Element(Kind.BAND, Box(0, 0, 1, 0.17)),
    _text(Field.FIRST_NAME, Box(0, 0.20, 0.60, 0.22), bold=True, min_pt=12, max_pt=30),
    _text(Field.LAST_NAME, Box(0, 0.42, 0.60, 0.13), min_pt=9, max_pt=20),
    _text(Field.ORGANISATION, Box(0, 0.56, 0.60, 0.09), min_pt=7, max_pt=9),
    _text(Field.CLASS, Box(0, 0.65, 0.60, 0.09), bold=True, min_pt=7),
    _text(Field.EVENT, Box(0, 0.78, 0.60, 0.09), min_pt=6, max_pt=10),
    _text(Field.DAY, Box(0, 0.87, 0.60, 0.13), bold=True, min_pt=7, max_pt=11),
    Element(Kind.QR, Box(0.63, 0.19, 0.37, 0.67)),
    Element(Kind.CODE, Box(0.63, 0.86, 0.37, 0.14), centred=True, min_pt=5, max_pt=9),
)
# Tall labels (40 × 75, 54 × 90, A6, 62 mm roll): everything stacked, the QR code under the names.
TALL = (
    Element(Kind.BAND, Box(0, 0, 1, 0.09)),
    _text(Field.FIRST_NAME, Box(0, 0.10, 1, 0.15), bold=True, centred=True, min_pt=12, max_pt=36),
    _text(Field.LAST_NAME, Box(0, 0.25, 1, 0.08), centred=True, min_pt=9, max_pt=24),
    _text(Field.ORGANISATION, Box(0, 0.335, 1, 0.05), centred=True, min_pt=7, max_pt=9),
    _text(Field.CLASS, Box(0, 0.385, 1, 0.05), bold=True, centred=True, min_pt=7),
    Element(Kind.QR, Box(0, 0.445, 1, 0.33)),
    Element(Kind.CODE, Box(0, 0.775, 1, 0.085), centred=True, min_pt=5, max_pt=9),
    _text(Field.EVENT, Box(0, 0.865, 1, 0.05), centred=True, min_pt=6, max_pt=10),
    _text(Field.DAY, Box(0, 0.915, 1, 0.085), bold=True, centred=True, min_pt=7, max_pt=11),
)
# Flat labels (sticker sheets 99.1 × 38.1, 63.5 × 38.1): one short line each, the QR code on the right.
FLAT = (
    Element(Kind.BAND, Box(0, 0, 1, 0.13)),
    _text(Field.FIRST_NAME, Box(0, 0.15, 0.62, 0.22), bold=True, min_pt=12, max_pt=24),
    _text(Field.LAST_NAME, Box(0, 0.37, 0.62, 0.16), min_pt=9, max_pt=16),
    _text(Field.ORGANISATION, Box(0, 0.53, 0.62, 0.11), min_pt=7, max_pt=9),
    _text(Field.CLASS, Box(0, 0.64, 0.62, 0.11), bold=True, min_pt=7, max_pt=10),
    _text(Field.EVENT, Box(0, 0.75, 0.62, 0.11), min_pt=6, max_pt=9),
    _text(Field.DAY, Box(0, 0.86, 0.62, 0.14), bold=True, min_pt=6, max_pt=10),
    Element(Kind.QR, Box(0.63, 0.15, 0.37, 0.71)),
    Element(Kind.CODE, Box(0.63, 0.86, 0.37, 0.14), centred=True, min_pt=5, max_pt=7),
)
FLAT_BELOW_MM = 45.0
"""Labels lower than this get the flat arrangement."""
SHEET_SAFE_MM = 4.0
"""The margin kept clear inside each label of a sheet: a printer drifting by a millimetre or two never puts a
colour band or a letter on the next label, nor cuts one off."""


@dataclass(frozen=True)
class Layout:
    """A label stock: label and page sizes in mm, the grid of labels on the page (centred), and the safe area:
    how far (mm, across and down) everything printed stays from the label's edges."""

    name: str
    title: Msg
    label: tuple[float, float]
    page: tuple[float, float] | None = None
    columns: int = 1
    rows: int = 1
    gap: tuple[float, float] = (0.0, 0.0)
    safe: tuple[float, float] = (SHEET_SAFE_MM, SHEET_SAFE_MM)
    rotated: bool = False
    """The labels lie turned a quarter on the sheet (portrait badges on a sheet sold with landscape cells)."""

    @property
    def cell(self) -> tuple[float, float]:
        """A label's place on the page in mm: the label itself, or turned a quarter."""
        return (self.label[1], self.label[0]) if self.rotated else self.label

    @property
    def inner(self) -> tuple[float, float, float, float]:
        """The safe area in mm: x and y of its top-left corner from the label's, width, height."""
        (width, height), (safe_x, safe_y) = self.label, self.safe
        return safe_x, safe_y, width - 2 * safe_x, height - 2 * safe_y

    @property
    def page_size(self) -> tuple[float, float]:
        """The page in mm: the label itself for printers that take one label at a time."""
        return self.page or self.label

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def elements(self) -> tuple[Element, ...]:
        if self.label[1] < FLAT_BELOW_MM:
            return FLAT
        return WIDE if self.label[0] > self.label[1] else TALL

    def grid_size(self) -> tuple[float, float]:
        """Width and height in mm that the labels and the gaps between them take."""
        (width, height), (gap_x, gap_y) = self.cell, self.gap
        return (self.columns * width + (self.columns - 1) * gap_x, self.rows * height + (self.rows - 1) * gap_y)

    def origins(self) -> list[tuple[float, float]]:
        """Lower-left corner of each label in points, row by row from the top of the page."""
        (page_w, page_h), (grid_w, grid_h) = self.page_size, self.grid_size()
        left, top = (page_w - grid_w) / 2, page_h - (page_h - grid_h) / 2
        (width, height), (gap_x, gap_y) = self.cell, self.gap
        return [((left + column * (width + gap_x)) * mm, (top - row * (height + gap_y) - height) * mm)
                for row in range(self.rows) for column in range(self.columns)]


def _stock(name: str, fr: str, en: str, label: tuple[float, float], safe: float = 3.0) -> Layout:
    """A label printed one at a time (card printer, pre-cut insert, roll) with `safe` mm kept clear."""
    return Layout(name, Msg(fr, en), label, safe=(safe, safe))


def _sheet(name: str, fr: str, en: str, label: tuple[float, float], page: tuple[float, float],
           grid: tuple[int, int], gap: tuple[float, float] = (0.0, 0.0), safe: float = SHEET_SAFE_MM,
           rotated: bool = False) -> Layout:
    """A sheet of labels as sold, `grid` columns × rows, centred on its page."""
    return Layout(name, Msg(fr, en), label, page, grid[0], grid[1], gap, (safe, safe), rotated)


LAYOUTS = {layout.name: layout for layout in (
    _sheet("a4-8", "A4, 8 badges 99,1 × 67,7 mm (Avery L7165)", "A4, 8 badges 99.1 × 67.7 mm (Avery L7165)",
           (99.1, 67.7), A4, (2, 4), (2.5, 0.0)),
    _sheet("a4-10", "A4, 10 badges 85 × 54 mm (cartes de visite)", "A4, 10 badges 85 × 54 mm (business cards)",
           (85.0, 54.0), A4, (2, 5), (10.0, 0.0)),
    _sheet("a4-12-40x75", "A4 prédécoupée, 12 badges 40 × 75 mm", "perforated A4, 12 badges 40 × 75 mm",
           (40.0, 75.0), A4, (4, 3)),
    _sheet("a4-10-54x90", "A4 prédécoupée, 10 badges 54 × 90 mm (couchés)", "perforated A4, 10 badges 54 × 90 mm "
           "(lying)", (54.0, 90.0), A4, (2, 5), rotated=True),
    _sheet("a4-10-90x54", "A4 prédécoupée, 10 badges 90 × 54 mm", "perforated A4, 10 badges 90 × 54 mm",
           (90.0, 54.0), A4, (2, 5)),
    _sheet("a4-8-60x90", "A4 prédécoupée, 8 badges 60 × 90 mm (couchés)", "perforated A4, 8 badges 60 × 90 mm "
           "(lying)", (60.0, 90.0), A4, (2, 4), rotated=True),
    _sheet("a4-10-50x80", "A4 prédécoupée, 10 badges 50 × 80 mm (couchés)", "perforated A4, 10 badges 50 × 80 mm "
           "(lying)", (50.0, 80.0), A4, (2, 5), rotated=True),
    _sheet("a4-4-a6", "A4 prédécoupée, 4 badges A6", "perforated A4, 4 A6 badges", A6, A4, (2, 2),
           safe=5.0),  # the labels reach the page's edges: a laser's margin
    _sheet("a4-14-l7163", "A4, 14 étiquettes 99,1 × 38,1 mm (Avery L7163)",
           "A4, 14 stickers 99.1 × 38.1 mm (Avery L7163)", (99.1, 38.1), A4, (2, 7), (2.5, 0.0)),
    _sheet("a4-21-l7160", "A4, 21 étiquettes 63,5 × 38,1 mm (Avery L7160)",
           "A4, 21 stickers 63.5 × 38.1 mm (Avery L7160)", (63.5, 38.1), A4, (3, 7), (2.54, 0.0)),
    _sheet("letter-8-5395", "US Letter, 8 badges 3⅜ × 2⅓ po (Avery 5395)",
           "US Letter, 8 badges 3⅜ × 2⅓ in (Avery 5395)", (85.7, 59.3), LETTER, (2, 4), (9.5, 0.0)),
    _sheet("letter-8-5390", "US Letter, 8 badges 3½ × 2¼ po (Avery 5390)",
           "US Letter, 8 badges 3½ × 2¼ in (Avery 5390)", (88.9, 57.2), LETTER, (2, 4)),
    Layout("a6", Msg("A6, un badge par page", "A6, one badge per page"), A6, A6, safe=(5.0, 5.0)),
    _stock("cr80", "carte plastique CR80 (imprimante à cartes)", "CR80 plastic card (card printer)", (85.6, 54.0)),
    _stock("90x54", "carte 90 × 54 mm", "90 × 54 mm card", (90.0, 54.0)),
    _stock("54x90", "badge prédécoupé 54 × 90 mm, vertical", "pre-cut badge 54 × 90 mm, portrait", (54.0, 90.0)),
    _stock("40x75", "badge prédécoupé 40 × 75 mm, vertical", "pre-cut badge 40 × 75 mm, portrait", (40.0, 75.0)),
    _stock("60x90", "badge prédécoupé 60 × 90 mm, vertical", "pre-cut badge 60 × 90 mm, portrait", (60.0, 90.0)),
    _stock("50x80", "badge prédécoupé 50 × 80 mm, vertical", "pre-cut badge 50 × 80 mm, portrait", (50.0, 80.0)),
    Layout("roll-62x100", Msg("rouleau continu 62 mm, coupé à 100 mm", "62 mm continuous roll, cut at 100 mm"),
           (62.0, 100.0), safe=(2.0, 3.0)),  # a Brother QL prints 58 mm of the 62 and feeds 3 mm blank
    _stock("4x3in", "étiquette thermique 4 × 3 pouces", "4 × 3 inch thermal label", (101.6, 76.2)),
)}
DEFAULT_LAYOUT = "a4-8"


def get_layout(name: str) -> Layout:
    """The stock called `name`, or a message listing the valid names."""
    layout = LAYOUTS.get(name.strip().lower())
    if layout is None:
        names = ", ".join(LAYOUTS)
        raise KioskError(f"Mise en page inconnue « {name[:40]} » : choisissez parmi {names}.",
                         f"Unknown layout '{name[:40]}': choose one of {names}.")
    return layout


def check_layout(layout: Layout, offset: tuple[float, float] = (0.0, 0.0)) -> None:
    """A KioskError unless the labels fit on the page and the printer offset is a plausible drift."""
    (page_w, page_h), (grid_w, grid_h) = layout.page_size, layout.grid_size()
    if min(layout.label) <= 0 or layout.per_page < 1:
        raise KioskError(f"La mise en page « {layout.name} » n'a pas d'étiquette.",
                         f"The layout '{layout.name}' has no label.")
    if grid_w > page_w + _TOLERANCE_MM or grid_h > page_h + _TOLERANCE_MM:
        raise KioskError(
            f"La mise en page « {layout.name} » ne tient pas sur sa page : ses étiquettes occupent "
            f"{_mm(grid_w)} × {_mm(grid_h)} mm sur une page de {_mm(page_w)} × {_mm(page_h)} mm.",
            f"The layout '{layout.name}' does not fit its page: its labels take {_mm(grid_w, 'en')} × "
            f"{_mm(grid_h, 'en')} mm on a {_mm(page_w, 'en')} × {_mm(page_h, 'en')} mm page.")
    if not all(math.isfinite(value) and abs(value) <= MAX_OFFSET_MM for value in offset):
        limit = _mm(MAX_OFFSET_MM)
        raise KioskError(f"Le décalage d'impression ne peut pas dépasser {limit} mm dans chaque sens.",
                         f"The printer offset cannot exceed {limit} mm either way.")


def _mm(value: float, lang: str = "fr") -> str:
    """199.5 → "199,5" in French, "199.5" in English; whole numbers without decimals."""
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "fr" else text


def describe_size(size: tuple[float, float], lang: str) -> str:
    return f"{_mm(size[0], lang)} × {_mm(size[1], lang)} mm"
