"""Label stocks as data: each fits its page, keeps its elements apart and inside the label, and gives the QR
code modules of at least half a millimetre; wrong names, pages and offsets get one clear sentence."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import secrets

import pytest
from reportlab.lib.units import mm

from kiosk.documents.badge_text import block_height
from kiosk.documents.badges import render_badges
from kiosk.documents.layouts import (
    FLAT,
    LAYOUTS,
    TALL,
    WIDE,
    Box,
    Element,
    Field,
    Kind,
    Layout,
    check_layout,
    get_layout,
)
from kiosk.documents.qr import QUIET_ZONE, qr_matrix
from kiosk.domain.badge_list import BadgeData
from kiosk.domain.codes import CodeKind, new_code
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.kinds import PersonKind

CODE = new_code(CodeKind.BADGE, secrets.token_bytes(32))
REQUIRED = {"a4-8": ((99.1, 67.7), 8), "a4-10": ((85.0, 54.0), 10), "a6": ((105.0, 148.0), 1),
            "cr80": ((85.6, 54.0), 1), "90x54": ((90.0, 54.0), 1), "54x90": ((54.0, 90.0), 1),
            "40x75": ((40.0, 75.0), 1), "60x90": ((60.0, 90.0), 1), "50x80": ((50.0, 80.0), 1),
            "roll-62x100": ((62.0, 100.0), 1), "4x3in": ((101.6, 76.2), 1),
            "a4-12-40x75": ((40.0, 75.0), 12), "a4-4-a6": ((105.0, 148.0), 4), "a4-14-l7163": ((99.1, 38.1), 14),
            "a4-21-l7160": ((63.5, 38.1), 21), "letter-8-5395": ((85.7, 59.3), 8),
            "letter-8-5390": ((88.9, 57.2), 8), "a4-10-54x90": ((54.0, 90.0), 10),
            "a4-10-90x54": ((90.0, 54.0), 10), "a4-8-60x90": ((60.0, 90.0), 8), "a4-10-50x80": ((50.0, 80.0), 10)}


def test_inserts_are_imposed_on_perforated_a4_as_sold() -> None:
    """Portrait inserts lie across the sheet where that is how they are sold (10, 8, 10 a sheet)."""
    for name, per_sheet in (("a4-10-54x90", 10), ("a4-8-60x90", 8), ("a4-10-50x80", 10), ("a4-12-40x75", 12),
                            ("a4-10-90x54", 10), ("a4-4-a6", 4)):
        layout = LAYOUTS[name]
        assert layout.per_page == per_sheet and layout.page_size == (210.0, 297.0)
        assert layout.cell == ((layout.label[1], layout.label[0]) if layout.rotated else layout.label)
    assert LAYOUTS["a4-10-54x90"].rotated and LAYOUTS["a4-10-54x90"].elements is TALL


def box_of(layout: Layout, kind: Kind, field: Field | None = None) -> Box:
    return next(e.box for e in layout.elements if e.kind is kind and e.field is field)


def test_every_stock_the_fair_uses_is_listed() -> None:
    assert {name: (layout.label, layout.per_page) for name, layout in LAYOUTS.items()} == REQUIRED
    assert (LAYOUTS["a4-8"].columns, LAYOUTS["a4-8"].rows) == (2, 4)
    assert (LAYOUTS["a4-10"].columns, LAYOUTS["a4-10"].rows) == (2, 5)


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=list(LAYOUTS))
def test_labels_fit_their_page_and_elements_stay_apart_inside_the_label(layout: Layout) -> None:
    check_layout(layout)
    page_w, page_h = layout.page_size[0] * mm, layout.page_size[1] * mm
    for x, y in layout.origins():
        assert -0.01 <= x <= page_w - layout.cell[0] * mm + 0.01 and -0.01 <= y <= page_h - layout.cell[1] * mm + 0.01
    for element in layout.elements:
        box = element.box
        assert min(box.x, box.y) >= 0 and box.x + box.w <= 1 + 1e-9 and box.y + box.h <= 1 + 1e-9
    for first, second in itertools.combinations([e.box for e in layout.elements], 2):
        overlap_w = min(first.x + first.w, second.x + second.w) - max(first.x, second.x)
        overlap_h = min(first.y + first.h, second.y + second.h) - max(first.y, second.y)
        assert overlap_w <= 1e-9 or overlap_h <= 1e-9, (first, second)


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=list(LAYOUTS))
def test_qr_modules_are_at_least_half_a_millimetre(layout: Layout) -> None:
    box = box_of(layout, Kind.QR)
    side = min(box.w * layout.label[0], box.h * layout.label[1])
    assert side / (len(qr_matrix(CODE)) + 2 * QUIET_ZONE) >= 0.5


def test_wide_labels_put_the_qr_code_beside_the_names_and_tall_ones_beneath() -> None:
    assert LAYOUTS["cr80"].elements is WIDE and LAYOUTS["40x75"].elements is TALL
    assert LAYOUTS["a4-21-l7160"].elements is FLAT
    for layout in LAYOUTS.values():
        qr, name = box_of(layout, Kind.QR), box_of(layout, Kind.TEXT, Field.FIRST_NAME)
        if layout.elements is not TALL:
            assert qr.x >= name.x + name.w
        else:
            assert qr.y >= name.y + name.h


def test_an_unknown_layout_gets_the_list_of_valid_names() -> None:
    with pytest.raises(KioskError) as error:
        get_layout("A4-12")
    for lang in ("fr", "en"):
        assert all(name in error.value.text(lang) for name in LAYOUTS)
    assert "A4-12" in error.value.text("fr") and get_layout(" A4-8 ") is LAYOUTS["a4-8"]


def test_a_layout_that_does_not_fit_its_page_is_refused_before_drawing() -> None:
    crowded = Layout("a4-12", Msg("A4, 12", "A4, 12"), (105.0, 74.25), (210.0, 297.0), 3, 4)
    badge = BadgeData("Zoé", "Lefèvre", "Collège", "4e B", PersonKind.PUPIL, None, CODE, "Salon",
                      (dt.date(2026, 11, 24),))
    with pytest.raises(KioskError) as error:
        render_badges([badge], crowded)
    assert "a4-12" in str(error.value) and "315 × 297 mm" in error.value.text("fr")
    assert "does not fit its page" in error.value.text("en")
    with pytest.raises(KioskError):
        check_layout(Layout("empty", Msg("", ""), (0.0, 0.0)))


@pytest.mark.parametrize("offset", [(10.5, 0.0), (0.0, -12.0), (math.nan, 0.0), (0.0, math.inf)])
def test_a_printer_offset_beyond_drift_is_refused(offset: tuple[float, float]) -> None:
    with pytest.raises(KioskError, match="10 mm"):
        check_layout(LAYOUTS["a4-8"], offset)
    check_layout(LAYOUTS["a4-8"], (-2.5, 1.5))


def test_text_elements_cover_every_field_once() -> None:
    for arrangement in (WIDE, TALL):
        optional = {Field.PHONE}  # shown only when a design asks for it
        assert sorted(e.field for e in arrangement if e.kind is Kind.TEXT) == sorted(set(Field) - optional)
        assert [e.kind for e in arrangement].count(Kind.QR) == 1
        assert all(isinstance(e, Element) and e.min_pt >= 5 for e in arrangement)


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=list(LAYOUTS))
def test_everything_printed_stays_in_the_safe_area(layout: Layout) -> None:
    """4 mm on sheets (a printer drifting by 1 mm never puts a band on the next label of a zero-gap sheet),
    the printer's own margin on rolls and cards: nothing closer than 2 mm to a label's edge."""
    safe_x, safe_y = layout.safe
    assert min(safe_x, safe_y) >= (4.0 if layout.per_page > 1 else 2.0)
    if layout.name == "roll-62x100":
        assert safe_y >= 3.0, "a Brother QL feeds 3 mm before and after the print"
    left, top, width, height = layout.inner
    for element in layout.elements:
        box = element.box
        assert left + box.x * width >= safe_x - 1e-9 and top + box.y * height >= safe_y - 1e-9
        assert left + (box.x + box.w) * width <= layout.label[0] - safe_x + 1e-9
        assert top + (box.y + box.h) * height <= layout.label[1] - safe_y + 1e-9


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=list(LAYOUTS))
def test_every_text_box_holds_a_line_at_its_minimum_size(layout: Layout) -> None:
    _left, _top, _width, height = layout.inner
    for element in layout.elements:
        if element.kind is Kind.TEXT:
            assert element.box.h * height * mm >= block_height(element.min_pt, 1, element.bold), element.field
    first = box_of(layout, Kind.TEXT, Field.FIRST_NAME)
    if layout.elements is not FLAT:  # a first name wraps to two lines at its minimum before it is cut short
        assert first.h * height * mm >= block_height(12, 2, True)


def test_the_school_is_never_larger_than_the_surname() -> None:
    for arrangement in (WIDE, TALL, FLAT):
        school = next(e for e in arrangement if e.field is Field.ORGANISATION)
        surname = next(e for e in arrangement if e.field is Field.LAST_NAME)
        assert school.max_pt <= surname.min_pt
