"""A finished PDF on screen, laid out: its title and page count, the pages (QtPdf), Back, Save, Print."""

from __future__ import annotations

from PySide6.QtPdfWidgets import QPdfView

from kiosk.ui.views import STRETCH, View, button, column, label, row, title_label


class PreviewView(View):
    def __init__(self) -> None:
        super().__init__("preview")
        self.title = title_label()
        self.pages = label("previewPages")
        self.pdf = QPdfView(self)
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.print_button = self.worded(button("printButton"), lambda: self.tr("Imprimer"))
        self.save_button = self.worded(button("savePdfButton"), lambda: self.tr("Enregistrer le PDF"))
        self.back = self.worded(button("previewBack"), lambda: self.tr("Retour"))
        column(row((self.title, 1), self.pages), (self.pdf, 1),  # the title the width (a spacer squeezed it)
               row(self.back, STRETCH, self.save_button, self.print_button), owner=self)
