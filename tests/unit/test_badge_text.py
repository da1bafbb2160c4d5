"""Names fitted to their box: as large as it allows, shrunk to a readable minimum, then on two lines; a
60-character name stays inside its label on every stock."""

from __future__ import annotations

import datetime as dt
import io
import re
import secrets
from pathlib import Path

import pytest
from pdf_glyphs import drawn_glyphs
from pypdf import PdfReader
from test_badge_pdf import Word, label_texts, words

from kiosk.documents.badge_text import ELLIPSIS, block_height, fit_text, split_in_two
from kiosk.documents.badges import render_badges
from kiosk.documents.fonts import text_width
from kiosk.documents.layouts import LAYOUTS, Field
from kiosk.domain.badge_list import BadgeData
from kiosk.domain.codes import CodeKind, new_code
from kiosk.domain.kinds import PersonKind

SECRET = secrets.token_bytes(32)
LONG_FIRST = "Marie-Charlotte Alexandrine Bénédicte Éléonore Anne-Lise Zoé"
LONG_LAST = "de La Rochefoucauld-Montmorency d'Estissac de La Roche-Guyon"
DAY = (dt.date(2026, 11, 24),)


def badge(first: str, last: str) -> BadgeData:
    return BadgeData(first, last, "Lycée professionnel Jean-Baptiste de La Salle", "3e Prépa-métiers A",
                     PersonKind.PUPIL, None, new_code(CodeKind.BADGE, SECRET), "Salon des métiers", DAY)


def assert_fits(fit_lines: tuple[str, ...], size: float, width: float, height: float, bold: bool) -> None:
    assert all(text_width(line, size, bold) <= width + 1e-6 for line in fit_lines)
    assert block_height(size, len(fit_lines), bold) <= height + 1e-6


def test_a_short_name_takes_the_size_its_box_allows() -> None:
    fit = fit_text("Zoé", 200, 30, True, 12, 24)
    assert fit.lines == ("Zoé",) and fit.size == 24
    assert fit_text("Zoé", 200, 20, True, 12, 72).size == pytest.approx(20 / block_height(1, 1, True))


def test_a_long_name_shrinks_then_wraps_and_never_overflows() -> None:
    shrunk = fit_text("Marie-Charlotte", 120, 30, True, 12, 24)
    assert shrunk.lines == ("Marie-Charlotte",) and 12 <= shrunk.size < 24
    wrapped = fit_text("Marie-Charlotte Alexandrine", 120, 40, True, 12, 24)
    assert wrapped.lines == ("Marie-Charlotte", "Alexandrine") and wrapped.size >= 12
    for fit, bold in ((shrunk, True), (wrapped, True)):
        assert_fits(fit.lines, fit.size, 120, 40, bold)
    assert wrapped.widths == tuple(text_width(line, wrapped.size, True) for line in wrapped.lines)


def test_a_name_too_long_for_two_lines_at_the_minimum_ends_with_an_ellipsis_never_smaller() -> None:
    fit = fit_text("W" * 100, 60, 20, False, 7, 20)
    assert fit.size == 7 and fit.lines[-1].endswith(ELLIPSIS) and len(fit.lines) == 2
    assert_fits(fit.lines, fit.size, 60, 20, False)
    low = fit_text("Jean-Baptiste Emmanuel", 40, 15, True, 12, 36)  # room for one line only at 12 pt
    assert low.size == 12 and low.lines[0].endswith(ELLIPSIS) and len(low.lines) == 1


def test_wrapping_balances_the_lines_and_cuts_unspaced_text_in_the_middle() -> None:
    def width_of(text: str) -> float:
        return text_width(text, 1.0)
    assert split_in_two("Jean-Baptiste de La Salle", width_of) == ("Jean-Baptiste", "de La Salle")
    assert split_in_two("王芳王芳", width_of) == ("王芳", "王芳")
    assert split_in_two("Z", width_of) == ("Z",)
    assert fit_text("", 100, 20, False, 6, 12).lines == ()


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_sixty_character_name_stays_inside_its_label_and_wraps_or_shrinks(layout: str, tmp_path: Path) -> None:
    assert len(LONG_FIRST) == len(LONG_LAST) == 60
    pdf = render_badges([badge("Léa", "Petit"), badge(LONG_FIRST, LONG_LAST)], layout, lang="fr")
    texts = label_texts(pdf, LAYOUTS[layout], tmp_path)  # every word inside exactly one label
    shown = texts[1].split()
    for name in (LONG_FIRST, LONG_LAST):  # whole, or from its start on lines at the minimum size, then cut short
        assert name[:5] in " ".join(shown)
        assert all(word in shown for word in name.split()) or any(word.endswith(ELLIPSIS) for word in shown)
    placed = words(pdf, tmp_path)
    short = next(w for w in placed if w.text == "Léa")
    first_line = next(w for w in placed if w.text.startswith("Marie"))
    def size(word: Word) -> float:  # the height of its letters, whichever way the label lies
        return word.right - word.left if LAYOUTS[layout].rotated else word.bottom - word.top
    assert size(first_line) < size(short), "the long name is smaller"


def test_first_names_stay_readable_on_the_smallest_stock() -> None:
    """A real long first name on the 40 × 75 mm badge: at its 12 pt minimum, on two lines, never smaller."""
    layout = LAYOUTS["40x75"]
    element = next(e for e in layout.elements if e.field is Field.FIRST_NAME)
    _left, _top, inner_w, inner_h = layout.inner
    width, height = element.box.w * inner_w * 72 / 25.4, element.box.h * inner_h * 72 / 25.4
    fit = fit_text("Marie-Charlotte Alexandrine", width, height, True, element.min_pt, element.max_pt)
    assert fit.size >= element.min_pt == 12 and len(fit.lines) == 2 and fit.lines[0].startswith("Marie-")
    assert_fits(fit.lines, fit.size, width, height, True)
    assert fit_text("Chloé", width, height, True, element.min_pt, element.max_pt).size > 12


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_no_text_is_printed_below_the_smallest_minimum(layout: str) -> None:
    """Long names, a long school and class on every stock: nothing under 5 pt (the typed code's minimum; the
    event line's is 6, the first name's 12), where the 40 × 75 badge used to print the event at 5.3 pt."""
    pdf = render_badges([badge(LONG_FIRST, LONG_LAST), badge("Léa", "Petit")], layout, lang="fr")
    sizes = [glyph.size for glyph in drawn_glyphs(pdf)]
    assert sizes and min(sizes) >= 5
    small: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=lambda text, _cm, _tm, _font, size: small.append(text) if size < 6 else None)
    assert all(re.fullmatch(r"[A-Z0-9\-\s]*", text) for text in small), "only the typed code goes under 6 pt"
