"""What every multi-page document shares: styles in the kiosk fonts, a footer with "page 1 / 2" and the
time it was printed, and building the PDF in memory (the caller decides where it goes)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from kiosk.documents.fonts import BOLD, REGULAR, register_fonts
from kiosk.domain.errors import Msg

MARGIN = 15 * mm


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


def numbered_canvas(footer: str, lang: str) -> type[Canvas]:
    """A canvas class that writes "page n / total" and `footer` once the page count is known."""
    word = Msg("page", "page").text(lang)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.setFont(REGULAR, 8)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawString(MARGIN, 8 * mm, footer)
                self.drawRightString(width - MARGIN, 8 * mm, f"{word} {number} / {total}")
                super().showPage()
            super().save()

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
