"""A design applied to a stock: its elements (the stock's arrangement with the design's boxes, hidden fields,
logo, partners and emergency phone) and the check that refuses, in one sentence naming the element, a
design that does not fit: a box outside the safe area, two elements on top of each other, a text box too
low for its minimum size, a QR code whose modules would be under half a millimetre, an unreadable image."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from kiosk.documents.badge_back import partners_on_back, vector_drawing
from kiosk.documents.badge_text import block_height
from kiosk.documents.design import DEFAULT_DESIGN, BadgeDesign
from kiosk.documents.layouts import Box, Element, Field, Kind, Layout
from kiosk.documents.pdf_picture import read_pdf_picture
from kiosk.documents.qr import QUIET_ZONE
from kiosk.domain.errors import KioskError, Msg

MIN_MODULE_MM = 0.5
BADGE_QR_MODULES = 25 + 2 * QUIET_ZONE  # badge codes are QR version 2 at most
LOGO_SHARE = 0.25
"""With a logo and no box for it, the band gives up its right quarter to it."""
PHONE_SHARE = 0.16
"""With the emergency phone under the QR code, the QR box gives up its bottom to it."""
PARTNERS_SHARE, PARTNERS_MM = 0.12, (4.0, 8.0)
"""Partners' logos without a box and without a back: a row along the bottom of the names' column, 12 % of
the safe area's height within 4 to 8 mm, less if the elements above cannot spare it (see `partners_row`)."""
NAMES = {"first_name": Msg("prénom", "first name"), "last_name": Msg("nom", "surname"),
         "organisation": Msg("établissement", "school"), "class": Msg("classe", "class"),
         "event": Msg("événement", "event"), "day": Msg("jour", "day"), "qr": Msg("QR code", "QR code"),
         "code": Msg("code", "code"), "band": Msg("bandeau", "band"), "logo": Msg("logo", "logo"),
         "partners": Msg("partenaires", "partners"), "phone": Msg("téléphone d'urgence", "emergency phone"),
         "background": Msg("fond", "background")}


def element_name(element: Element) -> str:
    if element.kind is Kind.IMAGE:
        return element.source_name
    return element.field.value if element.field is not None else element.kind.value


def design_elements(design: BadgeDesign, layout: Layout) -> tuple[Element, ...]:
    """What the badge shows on this stock with this design, each in its box (fractions of the safe area)."""
    if design == DEFAULT_DESIGN:
        return layout.elements
    strip, moved = partners_row(design, layout)
    out: list[Element] = []
    for index, element in enumerate(layout.elements):
        name = element_name(element)
        if name in design.hidden:
            continue
        box = Box(*design.boxes[name]) if name in design.boxes else moved.get(index, element.box)
        if element.kind is Kind.BAND and design.logo and "logo" not in design.boxes:
            out.append(_image("logo", Box(box.x + box.w * (1 - LOGO_SHARE), box.y, box.w * LOGO_SHARE, box.h)))
            box = replace(box, w=box.w * (1 - LOGO_SHARE))
        if element.kind is Kind.QR and design.emergency_phone == "under_qr" and "phone" not in design.boxes:
            phone = _phone_height(box, layout)
            out.append(_phone(Box(box.x, box.y + box.h - phone, box.w, phone)))
            box = replace(box, h=box.h - phone)
        out.append(replace(element, box=box))
    extra = {"logo": bool(design.logo), "partners": bool(design.partners),
             "phone": design.emergency_phone == "under_qr"}
    for name, wanted in extra.items():
        if wanted and name in design.boxes:
            out.append(_phone(Box(*design.boxes[name])) if name == "phone" else _image(name, Box(*design.boxes[name])))
    if strip:
        out.append(_image("partners", Box(0, 1 - strip, _names_column(layout), strip)))
    return tuple(out)


def partners_row(design: BadgeDesign, layout: Layout) -> tuple[float, dict[int, Box]]:
    """The height of the partners' row at the bottom of the names' column (0: none) and the boxes of the
    stock's elements that move up to make room, by index: from the first name down, each gives up a share
    of its spare height (what it does not need for its lines at its minimum size, two at most; all of it
    when the design hides it)."""
    if not design.partners or "partners" in design.boxes or partners_on_back(design):
        return 0.0, {}
    height, column = layout.inner[3], _names_column(layout)
    top = next(element.box.y for element in layout.elements if element.field is Field.FIRST_NAME)
    movers = sorted(((index, element) for index, element in enumerate(layout.elements)
                     if element_name(element) not in design.boxes
                     and element.box.x + element.box.w <= column + 1e-9 and element.box.y >= top - 1e-9),
                    key=lambda pair: pair[1].box.y)
    spare = {index: element.box.h if element_name(element) in design.hidden else _spare(element, layout)
             for index, element in movers}
    strip = min(max(height * PARTNERS_SHARE, PARTNERS_MM[0]), PARTNERS_MM[1], sum(spare.values()) * height)
    if strip < PARTNERS_MM[0] - 1e-9:
        raise _refused("partners", layout, Msg("ne tient pas en bas : donnez-lui une case (boxes.partners) ou un "
                                               "verso", "does not fit at the bottom: give it a box "
                                               "(boxes.partners) or a back"))
    share, shift, moved = strip / height / sum(spare.values()), 0.0, {}
    for index, element in movers:
        box, cut = element.box, spare[index] * share
        moved[index] = Box(box.x, box.y - shift, box.w, box.h - cut)
        shift += cut
    return strip / height, moved


def _names_column(layout: Layout) -> float:
    """How wide the names' column is: beside the QR code on wide stocks, the whole width on tall ones."""
    first = next(element.box for element in layout.elements if element.field is Field.FIRST_NAME)
    return first.x + first.w


def _spare(element: Element, layout: Layout) -> float:
    """The height (fraction of the safe area) an element of the stock's arrangement can give up."""
    _left, _top, width, height = layout.inner
    box_mm = element.box.h * height
    if element.kind is Kind.QR:
        return max(0.0, box_mm - element.box.w * width) / height
    if element.kind not in (Kind.TEXT, Kind.CODE):
        return 0.0
    lines = 0
    while lines < 2 and block_height(element.min_pt, lines + 1, element.bold) <= box_mm * mm:
        lines += 1
    needed_mm = float(block_height(element.min_pt, max(1, lines), element.bold) / mm)
    return max(0.0, box_mm - needed_mm) / height


def _image(name: str, box: Box) -> Element:
    return Element(Kind.IMAGE, box, source_name=name)


def _phone(box: Box) -> Element:
    return Element(Kind.TEXT, box, Field.PHONE, bold=True, centred=True, min_pt=6, max_pt=10)


def _phone_height(qr: Box, layout: Layout) -> float:
    """The height the phone takes from the bottom of the QR box (fractions of the safe area): its share, or
    room for two lines at its minimum size where the box is too narrow for one ("Urgence : 06 12 34 56 78"
    was cut short on 63.5 mm stickers), as far as the QR code keeps modules of half a millimetre."""
    _left, _top, width, height = layout.inner
    two_lines = float(block_height(_phone(qr).min_pt, 2, True)) / mm / height
    spare = qr.h - min(qr.w * width, BADGE_QR_MODULES * MIN_MODULE_MM) / height
    return float(max(qr.h * PHONE_SHARE, min(two_lines, spare)))


def check_design(design: BadgeDesign, layout: Layout) -> tuple[Element, ...]:
    """The design's elements on this stock, or a KioskError naming the first element that does not fit."""
    elements = design_elements(design, layout)
    check_fit(elements, layout)
    images = [("logo", design.logo), *(("partners", partner) for partner in design.partners),
              ("background", design.background)]
    for name, image in images:
        if image is not None:
            _readable(image, NAMES[name])
    return elements


def check_fit(elements: tuple[Element, ...], layout: Layout) -> None:
    """A KioskError naming the first element outside the safe area, too small, or on top of another."""
    _left, _top, width, height = layout.inner
    for element in elements:
        box, name = element.box, element_name(element)
        if min(box.x, box.y, box.w, box.h) < 0 or box.x + box.w > 1 + 1e-9 or box.y + box.h > 1 + 1e-9:
            raise _refused(name, layout, Msg("sort de la zone sûre", "goes outside the safe area"))
        if element.kind is Kind.TEXT and box.h * height * mm < block_height(element.min_pt, 1, element.bold):
            raise _refused(name, layout, Msg(f"est trop bas pour {element.min_pt:g} pt",
                                             f"is too low for {element.min_pt:g} pt"))
        if element.kind is Kind.QR and min(box.w * width, box.h * height) / BADGE_QR_MODULES < MIN_MODULE_MM:
            raise _refused(name, layout, Msg("est trop petit (modules sous 0,5 mm)", "is too small (modules under "
                                                                                     "0.5 mm)"))
    for first, second in itertools.combinations(elements, 2):
        if _overlap(first.box, second.box):
            raise _refused(element_name(first), layout, Msg(f"chevauche « {_label(element_name(second), 'fr')} »",
                                                            f"overlaps '{_label(element_name(second), 'en')}'"))


def _overlap(first: Box, second: Box) -> bool:
    width = min(first.x + first.w, second.x + second.w) - max(first.x, second.x)
    height = min(first.y + first.h, second.y + second.h) - max(first.y, second.y)
    return width > 1e-6 and height > 1e-6


def _readable(path: Path, element: Msg) -> None:
    if path.suffix.lower() == ".pdf":
        read_pdf_picture(path, element)
        return
    if path.suffix.lower() == ".svg":
        vector_drawing(path)
        return
    try:
        ImageReader(str(path)).getSize()
    except Exception as error:  # ReportLab and PIL raise many kinds for a broken image
        raise KioskError(f"L'image {path} est illisible ({type(error).__name__}) : enregistrez-la en PNG.",
                         f"The image {path} cannot be read ({type(error).__name__}): save it as PNG.") from error


def _label(name: str, lang: str) -> str:
    return NAMES[name].text(lang) if name in NAMES else name


def _refused(name: str, layout: Layout, why: Msg) -> KioskError:
    return KioskError(f"Design refusé pour « {layout.name} » : l'élément « {_label(name, 'fr')} » {why.fr}.",
                      f"Design refused for '{layout.name}': the element '{_label(name, 'en')}' {why.en}.")
