"""Register a class at the desk (walk-in or late booking): layout only; see class_form_controller.

Landscape: the school, class and teacher on the left, the pupils on the right; portrait: one above the
other. A second page shows what was registered and where the badges went.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.ui.screens.roster_form_view import RosterFormView
from kiosk.ui.views import STRETCH, DonePage, big_button, button, column, label, page, pages, row, title_label


class ClassFormView(RosterFormView):
    def __init__(self) -> None:
        super().__init__("classForm")
        self.done_badges = self.worded(button("classDoneBadges"), lambda: self.tr("Voir les badges"))
        self.done = DonePage("class", row(STRETCH, self.done_badges, STRETCH))
        self.worded(self.done.home, lambda: self.tr("Retour à l'accueil"))
        self.pages = pages(self._form_page(), self.done)
        column(self.pages, owner=self)

    def _form_page(self) -> QWidget:
        self.title = self.worded(title_label(), lambda: self.tr("Inscrire une classe"))
        self.cancel = self.worded(button("classCancel"), lambda: self.tr("Annuler"))
        self.confirm = self.worded(big_button("classConfirm"),
                                   lambda: self.tr("Inscrire la classe et imprimer les badges"))
        self.confirm.setMinimumHeight(80)
        return page(self.title, (self._build_columns(self._build_school(), self._build_pupils()), 1),
                    row(self.cancel, (self.confirm, 1)), margins=False)

    def _build_school(self) -> QWidget:
        self._build_school_fields(("schoolName", "schoolCity", "schoolPostcode", "classLabel", "teacherName",
                                   "teacherPhone"))
        self.field_labels = self._captions(
            ("school", lambda: self.tr("Établissement")), ("city", lambda: self.tr("Ville")),
            ("postcode", lambda: self.tr("Code postal")), ("class", lambda: self.tr("Classe")),
            ("teacher", lambda: self.tr("Responsable")), ("phone", lambda: self.tr("Téléphone")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.field_labels[0], self.school)
        form.addRow("", self.school_choices)
        town = QHBoxLayout()
        town.addWidget(self.city, 2)
        town.addWidget(self.field_labels[2])
        town.addWidget(self.postcode, 1)
        form.addRow(self.field_labels[1], town)
        for caption, field in zip(self.field_labels[3:], (self.class_label, self.teacher, self.phone), strict=True):
            form.addRow(caption, field)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        return left

    def _build_pupils(self) -> QWidget:
        self.pupils_label = self.worded(label("pupilsLabel", wrap=True),
                                        lambda: self.tr("Élèves : un par ligne (NOM Prénom), collés ou tapés"))
        self.pupils = QPlainTextEdit()
        self.pupils.setObjectName("pupilLines")
        self.translated(self.pupils.setPlaceholderText, lambda: self.tr("DUPONT Marie\nLEFÈVRE Zoé\n…"))
        self.file_button = self.worded(button("rosterFileButton"), lambda: self.tr("Importer un fichier (CSV, Excel)…"))
        self.file_clear = self.worded(button("rosterFileClear"), lambda: self.tr("Retirer le fichier"))
        self.file_clear.hide()
        self.file_name = label("rosterFileName", wrap=True)
        self.preview_button = self.worded(button("classPreviewButton"), lambda: self.tr("Vérifier la liste"))
        self.preview = label("classPreview", wrap=True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.hide()
        self.tone_target = self.preview
        files = QHBoxLayout()
        files.addWidget(self.file_button)
        files.addWidget(self.file_clear)
        files.addWidget(self.file_name, 1)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pupils_label)
        layout.addWidget(self.pupils, 1)
        layout.addLayout(files)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.preview)
        return right

    def fit_orientation(self, portrait: bool) -> None:
        self.columns.setStretch(0, 0 if portrait else 1)
        self.pupils.setMinimumHeight(480 if portrait else 160)
