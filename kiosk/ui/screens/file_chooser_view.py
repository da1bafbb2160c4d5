"""The kiosk's own file chooser, laid out: where it is, the rows to tap (large, swiped), the name to save
under, Back, Up and Save. No rename, delete or new folder: there is nothing to press for them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListWidget

from kiosk.ui.views import STRETCH, View, button, column, label, line_edit, row, row_list, title_label

ROW_HEIGHT = 72  # px: a row is a touch target, well over 9 mm
ICON_SIZE = 40


class FileChooserView(View):
    def __init__(self) -> None:
        super().__init__("fileChooser")
        self.title = title_label()
        self.where = label("fileWhere", wrap=True)
        self.empty = label("fileEmpty", centred=True, wrap=True)
        self.rows = self._build_rows()
        self.name_label = self.worded(label("fileNameLabel"), lambda: self.tr("Nom du fichier :"))
        self.name = line_edit("fileName", 120)
        self.save = self.worded(button("fileSave"), lambda: self.tr("Enregistrer ici"))
        self.back = self.worded(button("fileBack"), lambda: self.tr("Annuler"))
        self.up = self.worded(button("fileUp"), lambda: self.tr("Dossier parent"))
        column(self.title, self.where, self.empty, (self.rows, 1), row(self.name_label, (self.name, 1), self.save),
               row(self.back, STRETCH, self.up), owner=self)

    @staticmethod
    def _build_rows() -> QListWidget:
        rows = row_list("fileRows", ROW_HEIGHT)
        rows.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        rows.setUniformItemSizes(True)
        return rows

    def show_save(self, saving: bool) -> None:
        """The name field and the save button only when a PDF is being saved."""
        for part in (self.name_label, self.name, self.save):
            part.setVisible(saving)
