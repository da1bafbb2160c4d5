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

from kiosk.documents.badge_back import vector_drawing
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
    out: list[Element] = []
    for element in layout.elements:
        name = element_name(element)
        if name in design.hidden:
            continue
        box = Box(*design.boxes[name]) if name in design.boxes else element.box
        if element.kind is Kind.BAND and design.logo and "logo" not in design.boxes:
            out.append(_image("logo", Box(box.x + box.w * (1 - LOGO_SHARE), box.y, box.w * LOGO_SHARE, box.h)))
            box = replace(box, w=box.w * (1 - LOGO_SHARE))
        if element.kind is Kind.QR and design.emergency_phone == "under_qr" and "phone" not in design.boxes:
            out.append(_phone(Box(box.x, box.y + box.h * (1 - PHONE_SHARE), box.w, box.h * PHONE_SHARE)))
            box = replace(box, h=box.h * (1 - PHONE_SHARE))
        out.append(replace(element, box=box))
    extra = {"logo": bool(design.logo), "partners": bool(design.partners),
             "phone": design.emergency_phone == "under_qr"}
    for name, wanted in extra.items():
        if wanted and name in design.boxes:
            out.append(_phone(Box(*design.boxes[name])) if name == "phone" else _image(name, Box(*design.boxes[name])))
    if design.partners and "partners" not in design.boxes:
        raise KioskError("Le design a des logos partenaires mais pas de case pour eux : ajoutez boxes.partners.",
                         "The design has partner logos but no box for them: add boxes.partners.")
    return tuple(out)


def _image(name: str, box: Box) -> Element:
    return Element(Kind.IMAGE, box, source_name=name)


def _phone(box: Box) -> Element:
    return Element(Kind.TEXT, box, Field.PHONE, bold=True, centred=True, min_pt=6, max_pt=10)


def check_design(design: BadgeDesign, layout: Layout) -> tuple[Element, ...]:
    """The design's elements on this stock, or a KioskError naming the first element that does not fit."""
    elements = design_elements(design, layout)
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
    images = [("logo", design.logo), *(("partners", partner) for partner in design.partners),
              ("background", design.background)]
    for name, image in images:
        if image is not None:
            _readable(image, NAMES[name])
    return elements


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
