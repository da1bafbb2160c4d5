"""PDF documents on paper (and the Document the preview screen shows).

Printing draws each page of the PDF, rendered by QPdfDocument, onto the printer's painter at the paper's
own size (full page, so label sheets keep their position). Printer trouble is told in one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.domain.errors import KioskError

RENDER_DPI = 300  # enough for text and QR codes; the printer scales the picture to the paper


@dataclass(frozen=True)
class Document:
    """A finished PDF on disk and what to call it on screen; `retitle` gives the title again in the language
    in use (after a language switch), when the caller can. `back` reopens the screen it came from (the
    organiser's documents when None); `at_desk`: shown at a reception desk, so it prints on the station's
    printer without a dialog and offers no saving (no file access at a desk)."""

    title: str
    path: Path
    retitle: Callable[[], str] | None = None
    back: Callable[[], object] | None = None
    at_desk: bool = False


def no_printer() -> KioskError:
    return KioskError("Aucune imprimante n'est installée sur ce poste : enregistrez le PDF et imprimez-le ailleurs.",
                      "No printer is installed on this station: save the PDF and print it elsewhere.")


def printers_installed() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def printer_installed(name: str) -> bool:
    return bool(name) and name in QPrinterInfo.availablePrinterNames()


def station_printer(name: str) -> QPrinter:
    """The printer called `name`, set up for full pages; KioskError when it is not installed."""
    info = QPrinterInfo.printerInfo(name)
    if not name or info.isNull():
        raise KioskError(f"L'imprimante « {name} » n'est pas installée sur ce poste : choisissez-en une autre "
                         "dans les réglages du poste.",
                         f"The printer '{name}' is not installed on this station: choose another one in the "
                         "station settings.")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_file(path: Path, printer: QPrinter) -> int:
    """Print a PDF file without a dialog (safe off the GUI thread); returns the pages printed."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise KioskError(f"Impossible de lire {path.name} pour l'imprimer : recommencez.",
                         f"Cannot read {path.name} to print it: try again.")
    try:
        return print_pdf(document, printer)
    finally:
        document.close()


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of `document` on `printer`; returns the pages printed. Raises KioskError on failure."""
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise KioskError("Le document n'est pas prêt : recommencez.", "The document is not ready: try again.")
    first = document.pagePointSize(0)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(first), QPageSize.Unit.Point),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(printer):
        raise KioskError("L'imprimante ne répond pas : vérifiez qu'elle est allumée et branchée, puis recommencez.",
                         "The printer does not answer: check that it is on and connected, then try again.")
    try:
        for page in range(document.pageCount()):
            if page and not printer.newPage():
                raise KioskError("L'impression s'est interrompue : vérifiez l'imprimante.",
                                 "Printing stopped: check the printer.")
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * RENDER_DPI / 72), round(points.height() * RENDER_DPI / 72))
            image = document.render(page, pixels)
            target = QRectF(QPointF(0, 0), QSizeF(printer.width(), printer.height()))
            painter.drawImage(_fitted(target, QSizeF(pixels)), image)
    finally:
        painter.end()
    return document.pageCount()


def _fitted(area: QRectF, size: QSizeF) -> QRectF:
    """`size` scaled to fit `area`, kept in proportion, at its top left corner."""
    scale = min(area.width() / size.width(), area.height() / size.height())
    return QRectF(area.topLeft(), size * scale)
