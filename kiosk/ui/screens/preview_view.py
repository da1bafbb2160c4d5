"""A finished PDF on screen, laid out: its title and page count, the pages (QtPdf), Back, Save, Print."""

from __future__ import annotations

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.views import STRETCH, View, button, label, row, title_label


class PreviewView(View):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.title = title_label()
        self.pages = label("previewPages")
        self.pdf = QPdfView(self)
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.print_button = button("printButton")
        self.save_button = button("savePdfButton")
        self.back = button("previewBack")
        layout = QVBoxLayout(self)
        layout.addLayout(row(self.title, STRETCH, self.pages))
        layout.addWidget(self.pdf, 1)
        layout.addLayout(row(self.back, STRETCH, self.save_button, self.print_button))
        self.retranslate()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Imprimer"))
        self.save_button.setText(self.tr("Enregistrer le PDF"))
        self.back.setText(self.tr("Retour"))
