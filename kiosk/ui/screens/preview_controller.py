"""A finished PDF on screen: printed through the system dialog (starting on the station's printer) or saved
where the kiosk's own file chooser allows (a USB stick, the station's files folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from kiosk.documents.output import write_atomically
from kiosk.domain.errors import KioskError
from kiosk.ui import printing
from kiosk.ui.context import KioskContext
from kiosk.ui.file_places import FileKind, FileRequest
from kiosk.ui.navigator import Navigator
from kiosk.ui.printing import Document, no_printer, print_pdf, printer_installed, station_printer
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.preview_view import PreviewView


class PreviewController(ScreenController[Document, PreviewView]):
    """Shows a Document, prints it through the system dialog or copies it where the user wants."""

    printed = Signal(int)

    def __init__(self, key: Screen[Document], view: PreviewView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.document = QPdfDocument(self)
        self.shown: Document | None = None
        view.pdf.setDocument(self.document)
        view.print_button.clicked.connect(self.print_document)
        view.save_button.clicked.connect(self.save_copy)
        view.back.clicked.connect(self.go_back)
        view.retranslated.connect(self._show_texts)

    def open(self, document: Document) -> None:
        self.shown = document
        self.document.close()
        self.document.load(str(document.path))
        self._show_texts()

    def _show_texts(self) -> None:
        """The title and the page count, in the language in use (again after a switch)."""
        if self.shown is None:
            return
        retitle = self.shown.retitle
        self.view.title.setText(retitle() if retitle is not None else self.shown.title)
        self.view.pages.setText(self.tr("%n page(s)", "", self.document.pageCount()))
        self.view.save_button.setVisible(not self.shown.at_desk)

    def go_back(self) -> None:
        if self.shown is not None and self.shown.back is not None:
            self.shown.back()
        else:
            self.nav.open(Screen.DOCUMENTS, None)

    def print_document(self) -> None:
        if self.shown is not None and self.shown.at_desk:
            self.print_at_desk()
            return
        if not printing.printers_installed():
            self.nav.tell(no_printer())
            return
        printer, chosen = QPrinter(QPrinter.PrinterMode.HighResolution), self.context.settings.printer
        if printer_installed(chosen):
            printer.setPrinterName(chosen)  # the station's printer, chosen first in the dialog
        dialog = QPrintDialog(printer, self.view)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            self.printed.emit(print_pdf(self.document, printer))
        except KioskError as error:
            self.nav.tell(error)

    def print_at_desk(self) -> None:
        """On the station's printer, no dialog; without one, say so (saving is the organiser's business)."""
        if not self.context.settings.printer:
            self.nav.tell(KioskError("Ce poste n'a pas d'imprimante : choisissez-en une dans les réglages du poste "
                                     "(organisateur).",
                                     "This station has no printer: choose one in the station settings (organiser)."))
            return
        try:
            self.printed.emit(print_pdf(self.document, station_printer(self.context.settings.printer)))
        except KioskError as error:
            self.nav.tell(error)

    def save_copy(self) -> None:
        if self.shown is None:
            return
        request = FileRequest(FileKind.SAVE_PDF, self.key, self.copy_to, self.shown.path.name)
        self.nav.open(Screen.FILE_CHOOSER, request)

    def copy_to(self, target: Path) -> Path:
        assert self.shown is not None
        try:
            if target.resolve() != self.shown.path.resolve():
                write_atomically(target, self.shown.path.read_bytes())
        except (KioskError, OSError) as error:
            self.nav.tell(error if isinstance(error, KioskError) else KioskError(str(error), str(error)))
        return target

