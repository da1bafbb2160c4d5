"""Badges: first name large, last name, school or organisation, class, a colour band by kind, the event and
its day, the QR code and the code in text for typing it by hand.

The layout says where each element goes; `BadgeDrawer` has one method per element kind. The QR payload is
the badge code only. Badges fill the labels of a page in reading order, pages follow one another.

What a whole class shares (colour band, school, class, event, day) is drawn once per document as a PDF form
and stamped on each badge: less drawing, and a smaller file.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from functools import cache, partial

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.units import mm

from kiosk.documents.badge_back import draw_back, draw_picture, draw_pictures, emergency_line, mirrored, surname
from kiosk.documents.badge_canvas import BadgeCanvas, draw_qr_on_grid
from kiosk.documents.badge_design import check_design
from kiosk.documents.badge_text import (
    LEADING,
    Fit,
    block_height,
    fit,
    fit_text,
    font_extent,
    plain_width,
    split_near_middle,
)
from kiosk.documents.design import DEFAULT_DESIGN, BadgeDesign
from kiosk.documents.fonts import REGULAR, draw_text, register_fonts
from kiosk.documents.layouts import Box, Element, Field, Kind, Layout, check_layout, get_layout
from kiosk.domain.badge_list import BadgeData, dates_text
from kiosk.domain.codes import display_code
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.labels import CATEGORY, KIND

Rect = tuple[float, float, float, float]
"""x, y of the lower-left corner, width, height; in points."""
SharedKey = tuple[PersonKind | VisitorCategory, str, str, str, tuple[dt.date, ...]]
SHARED_FIELDS = frozenset({Field.ORGANISATION, Field.CLASS, Field.EVENT, Field.DAY})
# Dark enough for white text; teachers and companions share one colour (the adults of a class).
_PUPIL_BLUE, _ADULT_GREEN = HexColor("#1F5FAD"), HexColor("#2E7D32")
BAND_COLOURS: dict[PersonKind | VisitorCategory, Color] = {
    PersonKind.PUPIL: _PUPIL_BLUE, PersonKind.TEACHER: _ADULT_GREEN, PersonKind.COMPANION: _ADULT_GREEN,
    VisitorCategory.GENERAL_PUBLIC: HexColor("#5A6470"), VisitorCategory.PROFESSIONAL: HexColor("#6A2C91"),
    VisitorCategory.PRESS: HexColor("#C0262D"), VisitorCategory.EXHIBITOR: HexColor("#B3470B"),
    VisitorCategory.STAFF: HexColor("#111111"),
}
_BAND_PADDING = (0.04, 0.18)  # fractions of the band's width and height kept clear around its label


def band_key(badge: BadgeData) -> PersonKind | VisitorCategory:
    """What the colour band tells: the role in a class, or the visitor's category."""
    if badge.kind is PersonKind.VISITOR:
        return badge.category or VisitorCategory.GENERAL_PUBLIC
    return badge.kind


def band_label(key: PersonKind | VisitorCategory, lang: str) -> str:
    label = CATEGORY[key] if isinstance(key, VisitorCategory) else KIND[key]
    return label.text(lang).upper()


def shared_key(badge: BadgeData) -> SharedKey:
    """What the badges of one class and role have in common."""
    return (band_key(badge), badge.organisation, badge.class_label, badge.event_name, badge.days)


def is_shared(element: Element) -> bool:
    return element.kind in (Kind.BAND, Kind.IMAGE) or element.field in SHARED_FIELDS


class BadgeDrawer:
    """Draws badges of one layout on a canvas, one method per element kind; the shared part of badges whose
    key is in `repeated` goes into one form per key."""

    def __init__(self, canvas: BadgeCanvas, layout: Layout, lang: str,
                 repeated: Collection[SharedKey] = frozenset(), design: BadgeDesign = DEFAULT_DESIGN) -> None:
        self.canvas, self.layout, self.lang, self.repeated, self.design = canvas, layout, lang, repeated, design
        places = [(element, _place(element, layout)) for element in check_design(design, layout)]
        self._shared = [place for place in places if is_shared(place[0])]
        self._personal = [place for place in places if not is_shared(place[0])]
        self._forms: dict[SharedKey, str] = {}
        self._methods: dict[Kind, Callable[[Element, Rect, BadgeData], None]] = {
            Kind.BAND: self.draw_band, Kind.TEXT: self.draw_field, Kind.QR: self.draw_qr,
            Kind.CODE: self.draw_code, Kind.IMAGE: self.draw_image}
        self._dates = cache(lambda days: dates_text(days, lang))
        self._fields: dict[Field, Callable[[BadgeData], str]] = {
            Field.FIRST_NAME: lambda b: b.first_name, Field.LAST_NAME: lambda b: surname(b, design),
            Field.ORGANISATION: lambda b: b.organisation, Field.CLASS: lambda b: b.class_label,
            Field.EVENT: lambda b: b.event_name, Field.DAY: lambda b: self._dates(b.days),
            Field.PHONE: lambda b: emergency_line(b, lang)}

    def draw(self, badge: BadgeData, origin: tuple[float, float]) -> None:
        """One badge on the label whose lower-left corner is `origin` (points)."""
        if self.design.background is not None:
            draw_picture(self.canvas, self.design.background, (*origin, self.layout.label[0] * mm,
                                                               self.layout.label[1] * mm), fill=True)
        key = shared_key(badge)
        if key in self.repeated:
            self.stamp(self._forms.get(key) or self._new_form(key, badge), origin)
        else:
            self._draw_places(self._shared, badge, origin)
        self._draw_places(self._personal, badge, origin)

    def stamp(self, form: str, origin: tuple[float, float]) -> None:
        """The form drawn with its lower-left corner at `origin`."""
        self.canvas.saveState()
        self.canvas.translate(*origin)
        self.canvas.doForm(form)
        self.canvas.restoreState()

    def _new_form(self, key: SharedKey, badge: BadgeData) -> str:
        name = self._forms[key] = f"shared{len(self._forms)}"
        width, height = self.layout.label
        self.canvas.beginForm(name, 0, 0, width * mm, height * mm)
        self._draw_places(self._shared, badge, (0.0, 0.0))
        self.canvas.endForm()
        return name

    def _draw_places(self, places: list[tuple[Element, Rect]], badge: BadgeData, origin: tuple[float, float]) -> None:
        left, bottom = origin
        for element, (x, y, width, height) in places:
            self._methods[element.kind](element, (left + x, bottom + y, width, height), badge)

    def draw_image(self, element: Element, rect: Rect, badge: BadgeData) -> None:
        """The logo, or the partners' logos side by side, as large as the box allows."""
        logo = [self.design.logo] if self.design.logo is not None else []
        draw_pictures(self.canvas, logo if element.source_name == "logo" else self.design.partners, rect)

    def draw_band(self, element: Element, rect: Rect, badge: BadgeData) -> None:
        x, y, width, height = rect
        key = band_key(badge)
        chosen = self.design.colours.get(key.value)
        self.canvas.setFillColor(HexColor(chosen) if chosen else BAND_COLOURS[key])
        self.canvas.rect(x, y, width, height, stroke=0, fill=1)
        pad_x, pad_y = width * _BAND_PADDING[0], height * _BAND_PADDING[1]
        self.canvas.setFillColor(white)
        inner = (x + pad_x, y + pad_y, width - 2 * pad_x, height - 2 * pad_y)
        self.write(band_label(key, self.lang), inner, bold=True, centred=True, limits=(element.min_pt, 72.0))
        self.canvas.setFillColor(black)

    def draw_field(self, element: Element, rect: Rect, badge: BadgeData) -> None:
        assert element.field is not None, "a text element names its field"
        self.write(self._fields[element.field](badge), rect, bold=element.bold, centred=element.centred,
                   limits=(element.min_pt, element.max_pt))

    def draw_qr(self, element: Element, rect: Rect, badge: BadgeData) -> None:
        """The largest square the box holds, centred in it; quiet zone included (and painted white over a
        background)."""
        x, y, width, height = rect
        side = min(width, height)
        if self.design.background is not None:  # the code must stand out from the artwork to be read
            self.canvas.setFillColor(white)
            self.canvas.rect(x + (width - side) / 2, y + (height - side) / 2, side, side, stroke=0, fill=1)
            self.canvas.setFillColor(black)
        draw_qr_on_grid(self.canvas, badge.code, x + (width - side) / 2, y + (height - side) / 2, side)

    def draw_code(self, element: Element, rect: Rect, badge: BadgeData) -> None:
        """The code as people type it, cut in the middle when it needs two lines; in the main font alone
        (see `plain_width`)."""
        fitted = fit(display_code(badge.code), rect[2:], False, (element.min_pt, element.max_pt), plain_width,
                     split_near_middle)
        self.canvas.setFont(REGULAR, fitted.size)
        for left, baseline, line in self._line_places(fitted, rect, bold=False, centred=element.centred):
            self.canvas.drawString(left, baseline, line)

    def box_rect(self, box: Box, origin: tuple[float, float]) -> Rect:
        """A box of the safe area (fractions) in points on the page, for the label at `origin`."""
        x, y, width, height = _place(Element(Kind.IMAGE, box), self.layout)
        return origin[0] + x, origin[1] + y, width, height

    def write(self, text: str, rect: Rect, *, bold: bool, centred: bool, limits: tuple[float, float]) -> None:
        """`text` fitted to the box (shrunk, then wrapped)."""
        self.lines(fit_text(text, rect[2], rect[3], bold, *limits), rect, bold=bold, centred=centred)

    def lines(self, fitted: Fit, rect: Rect, *, bold: bool, centred: bool) -> None:
        for left, baseline, line in self._line_places(fitted, rect, bold=bold, centred=centred):
            draw_text(self.canvas, left, baseline, line, fitted.size, bold=bold)

    @staticmethod
    def _line_places(fitted: Fit, rect: Rect, *, bold: bool, centred: bool) -> list[tuple[float, float, str]]:
        """(left, baseline, line): centred vertically in the box, and horizontally too when `centred`."""
        x, y, width, height = rect
        return [(x + (width - line_width) / 2 if centred else x, baseline, line)
                for baseline, line, line_width in zip(_baselines(fitted, y, height, bold), fitted.lines,
                                                      fitted.widths, strict=True)]


def _place(element: Element, layout: Layout) -> Rect:
    """The element's box in points, relative to the label's lower-left corner, inside the safe area."""
    left, top, width, height = layout.inner
    box = element.box
    return ((left + box.x * width) * mm, (layout.label[1] - top - (box.y + box.h) * height) * mm,
            box.w * width * mm, box.h * height * mm)


def _baselines(fit: Fit, bottom: float, height: float, bold: bool) -> list[float]:
    ascent, _descent = font_extent(bold)
    top = bottom + (height + block_height(fit.size, len(fit.lines), bold)) / 2
    first = top - ascent * fit.size
    return [first - index * LEADING * fit.size for index in range(len(fit.lines))]


def page_count(badges: int, layout: Layout) -> int:
    return math.ceil(badges / layout.per_page)


def resolve(layout: Layout | str) -> Layout:
    return get_layout(layout) if isinstance(layout, str) else layout


def render_badges(badges: Sequence[BadgeData], layout: Layout | str = "a4-8", *,
                  offset: tuple[float, float] = (0.0, 0.0), cut_marks: bool = False,
                  lang: str = "fr", design: BadgeDesign = DEFAULT_DESIGN) -> bytes:
    """The badges as a PDF, filling each page's labels in reading order.

    `offset` (x to the right, y downwards, mm) corrects a printer's drift; `cut_marks` draws guides in the
    page margins of sheets (labels that fill their page have no margin, so no marks).
    """
    chosen = resolve(layout)
    check_layout(chosen, offset)
    if not badges:
        raise KioskError("Aucun badge à imprimer : la sélection est vide.",
                         "No badges to print: the selection is empty.")
    register_fonts()
    buffer = io.BytesIO()
    canvas = BadgeCanvas(buffer, chosen, title=Msg("Badges", "Badges").text(lang), lang=lang)
    draw_pages(BadgeDrawer(canvas, chosen, lang, repeated(badges), design), badges, offset=offset,
               cut_marks=cut_marks)
    canvas.save()
    return buffer.getvalue()


def repeated(badges: Sequence[BadgeData]) -> set[SharedKey]:
    """Keys shared by two badges or more: worth a form."""
    return {key for key, count in Counter(map(shared_key, badges)).items() if count > 1}


def draw_pages(drawer: BadgeDrawer, badges: Sequence[BadgeData], *, offset: tuple[float, float] = (0.0, 0.0),
               cut_marks: bool = False) -> None:
    """Page after page, the labels filled in reading order (the benchmark passes another drawer)."""
    canvas, layout = drawer.canvas, drawer.layout
    origins = [(x + offset[0] * mm, y - offset[1] * mm) for x, y in layout.origins()]
    for start in range(0, len(badges), layout.per_page):
        page = badges[start:start + layout.per_page]
        if cut_marks:
            canvas.draw_cut_marks(offset)
        for badge, origin in zip(page, origins, strict=False):
            in_cell(drawer, origin, partial(drawer.draw, badge))
        canvas.showPage()
        if drawer.design.back:
            for badge, origin in zip(page, mirrored(layout, origins), strict=False):
                in_cell(drawer, origin, partial(draw_back, drawer, badge), back=True)
            canvas.showPage()


def in_cell(drawer: BadgeDrawer, origin: tuple[float, float], draw: Callable[[tuple[float, float]], None], *,
            back: bool = False) -> None:
    """`draw` the label whose cell's lower-left corner is `origin`: as is, or turned a quarter on sheets whose
    cells lie across (a portrait badge in a landscape cell, its top to the left; on the back, turned the other
    way, so that the sheet turned over along its long edge shows both sides the same way up)."""
    if not drawer.layout.rotated:
        draw(origin)
        return
    canvas, (width, height) = drawer.canvas, drawer.layout.cell
    canvas.saveState()
    if back:
        canvas.translate(origin[0], origin[1] + height * mm)
        canvas.rotate(-90)
    else:
        canvas.translate(origin[0] + width * mm, origin[1])
        canvas.rotate(90)
    draw((0.0, 0.0))
    canvas.restoreState()
