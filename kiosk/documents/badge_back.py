"""What a design adds beyond the stock's arrangement: pictures, a minor's surname cut to its initial, the
teacher's phone for emergencies, and the back side for duplex printing.

The back of each page is the next page, its labels mirrored left to right (the sheet is turned over along
its long edge), each showing the logo, the event, the design's lines, the partners' logos when the design
gives them no box on the front and, on a pupil's badge when the design says so, the teacher's phone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.documents.design import BadgeDesign
from kiosk.documents.layouts import Box, Layout
from kiosk.documents.pdf_picture import draw_pdf_picture, read_pdf_picture
from kiosk.domain.badge_list import BadgeData
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.kinds import PersonKind

Rect = tuple[float, float, float, float]


class BackDrawer(Protocol):
    """What drawing a back needs of the badge drawer (badges.BadgeDrawer), without importing it back."""

    design: BadgeDesign
    lang: str

    @property
    def canvas(self) -> Canvas: ...

    def box_rect(self, box: Box, origin: tuple[float, float]) -> Rect: ...

    def write(self, text: str, rect: Rect, *, bold: bool, centred: bool, limits: tuple[float, float]) -> None: ...


BACK_LOGO, BACK_EVENT, BACK_LINES, BACK_PHONE = (Box(0, 0, 1, 0.24), Box(0, 0.27, 1, 0.14), Box(0, 0.44, 1, 0.36),
                                                 Box(0, 0.82, 1, 0.18))
BACK_SHORT_LINES, BACK_PARTNERS = Box(0, 0.44, 1, 0.20), Box(0, 0.66, 1, 0.14)
"""With the phone and the partners on the back, the lines give the partners their lower part."""


def partners_on_back(design: BadgeDesign) -> bool:
    """Partners' logos without a box of their own go on the back when there is one."""
    return bool(design.partners) and design.back and "partners" not in design.boxes


def back_boxes(design: BadgeDesign) -> tuple[Box, Box | None]:
    """Where the design's lines and the partners' logos (None: not on the back) go on the back."""
    if not partners_on_back(design):
        return BACK_LINES, None
    return (BACK_SHORT_LINES, BACK_PARTNERS) if design.emergency_phone == "back" else (BACK_LINES, BACK_PHONE)


def surname(badge: BadgeData, design: BadgeDesign) -> str:
    """The surname, or only its initial on a pupil's badge when the design protects minors."""
    if design.surname_initial and badge.kind is PersonKind.PUPIL and badge.last_name:
        return badge.last_name[0].upper() + "."
    return badge.last_name


def emergency_line(badge: BadgeData, lang: str) -> str:
    """"Urgence : 06 12 34 56 78" on a pupil's badge whose class has a teacher's phone; nothing otherwise."""
    if badge.kind is not PersonKind.PUPIL or not badge.teacher_phone:
        return ""
    return Msg("Urgence : ", "Emergency: ").text(lang) + badge.teacher_phone


def draw_picture(canvas: Canvas, path: Path, rect: Rect, *, fill: bool = False) -> None:
    """An image centred in `rect`, as large as fits with its proportions kept (stretched over it if `fill`);
    an SVG or a PDF page is drawn as vectors."""
    x, y, width, height = rect
    if path.suffix.lower() == ".pdf":
        draw_pdf_picture(canvas, read_pdf_picture(path, Msg("image", "image")), rect, fill=fill)
        return
    if path.suffix.lower() != ".svg":
        # By its file name: ReportLab then knows the picture again on every badge; given an ImageReader,
        # it decodes and hashes the whole picture each time (a background took 30 ms a badge).
        canvas.drawImage(str(path), x, y, width, height, preserveAspectRatio=not fill, anchor="c", mask="auto")
        return
    drawing, form = vector_drawing(path), svg_form(canvas, path)
    scale_x, scale_y = width / drawing.width, height / drawing.height
    if not fill:
        scale_x = scale_y = min(scale_x, scale_y)
    canvas.saveState()
    canvas.translate(x + (width - drawing.width * scale_x) / 2, y + (height - drawing.height * scale_y) / 2)
    canvas.scale(scale_x, scale_y)
    canvas.doForm(form)
    canvas.restoreState()


def svg_form(canvas: Canvas, path: Path) -> str:
    """The SVG drawn once per document as a form that every badge stamps: drawn on each badge, a background
    of 300 shapes took 40 ms and 19 kB a badge."""
    name = "svg" + hashlib.sha1(str(path).encode()).hexdigest()[:12]
    if not canvas.hasForm(name):
        drawing = vector_drawing(path)
        canvas.beginForm(name, 0, 0, drawing.width, drawing.height)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.endForm()
    return name


def draw_pictures(canvas: Canvas, pictures: Sequence[Path], rect: Rect) -> None:
    """Pictures side by side in equal shares of `rect`, each as large as its share allows."""
    x, y, width, height = rect
    share = width / max(1, len(pictures))
    for index, picture in enumerate(pictures):
        draw_picture(canvas, picture, (x + index * share, y, share, height))


def vector_drawing(path: Path) -> Drawing:
    """The SVG file as a ReportLab drawing, read once per process (again once changed: an organiser edits the
    logo and previews again); one sentence when it cannot be read."""
    try:
        stat = path.stat()
        drawing = _svg_drawing(path, stat.st_mtime_ns, stat.st_size)
    except OSError:
        drawing = None
    if drawing is None or not drawing.width or not drawing.height:
        raise KioskError(f"L'image SVG {path} est illisible ou sans taille : enregistrez-la à nouveau ou en PNG.",
                         f"The SVG image {path} cannot be read or has no size: save it again, or as PNG.")
    return drawing


@lru_cache(maxsize=16)
def _svg_drawing(path: Path, _mtime: int, _size: int) -> Drawing | None:
    from svglib.svglib import svg2rlg

    return svg2rlg(str(path))


def mirrored(layout: Layout, origins: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Where each label's back is on the reverse of the page: the same height, mirrored left to right."""
    page_width = layout.page_size[0] * mm
    return [(page_width - x - layout.cell[0] * mm, y) for x, y in origins]


def draw_back(drawer: BackDrawer, badge: BadgeData, origin: tuple[float, float]) -> None:
    """The back of `badge` on the label at `origin`."""
    design, lang = drawer.design, drawer.lang
    if design.logo is not None:
        draw_picture(drawer.canvas, design.logo, drawer.box_rect(BACK_LOGO, origin))
    drawer.write(badge.event_name, drawer.box_rect(BACK_EVENT, origin), bold=True, centred=True,
                 limits=(9.0, 18.0))
    lines_box, partners_box = back_boxes(design)
    lines = design.back_lines
    for index, line in enumerate(lines):
        share = lines_box.h / len(lines)
        box = Box(lines_box.x, lines_box.y + index * share, lines_box.w, share)
        drawer.write(line, drawer.box_rect(box, origin), bold=False, centred=True, limits=(7.0, 12.0))
    if partners_box is not None:
        draw_pictures(drawer.canvas, design.partners, drawer.box_rect(partners_box, origin))
    if design.emergency_phone == "back" and emergency_line(badge, lang):
        drawer.write(emergency_line(badge, lang), drawer.box_rect(BACK_PHONE, origin), bold=True, centred=True,
                     limits=(8.0, 16.0))
