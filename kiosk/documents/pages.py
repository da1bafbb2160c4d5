"""What every multi-page document shares: styles in the kiosk fonts, a footer with "page 1 / 2" and the
time it was printed, and building the PDF in memory (the caller decides where it goes)."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from kiosk.documents.fonts import BOLD, REGULAR, draw_text, register_fonts
from kiosk.documents.text_cell import shortened
from kiosk.domain.errors import Msg

MARGIN = 15 * mm
FOOTER_GAP = 4 * mm


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16, leading=20, spaceAfter=4),
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=12, leading=15, spaceBefore=8,
                               spaceAfter=3),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#444444")),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=9, leading=11),
    )


class Section(Flowable):  # type: ignore[misc]
    """Where a part with its own page numbers and footer begins (one class of a day's attendance sheets).

    It takes no room; drawn at the top of the part's first page, it tells the canvas, and adds a bookmark.
    """

    def __init__(self, footer: str, bookmark: str = "") -> None:
        super().__init__()
        self.footer = footer
        self.bookmark = bookmark

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.start_section(self.footer)
        if self.bookmark:
            key = f"section-{id(self)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(self.bookmark, key, level=0)


def numbered_canvas(footer: str, lang: str) -> type[Canvas]:
    """A canvas class that writes "page n / total" and the footer once the page count is known.

    Numbers count within each `Section` when the story has some, else across the whole document.
    """
    word = Msg("page", "page").text(lang)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[tuple[dict[str, Any], int, str]] = []
            self._sections = [footer]

        def start_section(self, section_footer: str) -> None:
            self._sections.append(section_footer)

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append((dict(self.__dict__), len(self._sections) - 1, self._sections[-1]))
            self._startPage()

        def save(self) -> None:
            totals = Counter(section for _, section, _ in self._pages)
            numbers: Counter[int] = Counter()
            for state, section, section_footer in self._pages:
                self.__dict__.update(state)
                numbers[section] += 1
                self._footer(section_footer, f"{word} {numbers[section]} / {totals[section]}")
                super().showPage()
            super().save()

        def _footer(self, text: str, page: str) -> None:
            """The footer on the left, cut short with "…" before it reaches the page number on the right."""
            self.setFillColor(colors.HexColor("#444444"))
            self.setFont(REGULAR, 8)
            room = self._pagesize[0] - 2 * MARGIN - self.stringWidth(page, REGULAR, 8) - FOOTER_GAP
            draw_text(self, MARGIN, 8 * mm, shortened(text, room, 8), 8)
            self.setFont(REGULAR, 8)
            self.drawRightString(self._pagesize[0] - MARGIN, 8 * mm, page)

    return NumberedCanvas


def build_pdf(story: Sequence[Flowable], *, title: str, footer: str, lang: str,
              pagesize: tuple[float, float] = A4) -> bytes:
    """Lay the flowables out on numbered pages and return the PDF."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=title, author="Kiosk")
    document.build(list(story), canvasmaker=numbered_canvas(footer, lang))
    return buffer.getvalue()
