"""Register a class at the desk (walk-in or late booking): layout only; see class_form_controller.

Landscape: the school, class and teacher on the left, the pupils on the right; portrait: one above the
other. A second page shows what was registered and where the badges went.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.views import View, big_button, button, label, line_edit, orient, restyle, title_label


class ClassFormView(View):
    retranslated = Signal()  # texts the controller owns (counts, outcomes) are set again on it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classForm")
        self.title = title_label()
        self.school = line_edit("schoolName")
        self.school_choices = QListWidget()
        self.school_choices.setObjectName("schoolChoices")
        self.school_choices.setMaximumHeight(4 * 60)
        self.school_choices.hide()
        self.city = line_edit("schoolCity")
        self.postcode = line_edit("schoolPostcode")
        self.postcode.setMaxLength(10)
        self.class_label = line_edit("classLabel")
        self.teacher = line_edit("teacherName")
        self.phone = line_edit("teacherPhone")
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.pupils = QPlainTextEdit()
        self.pupils.setObjectName("pupilLines")
        self.file_button = button("rosterFileButton")
        self.file_clear = button("rosterFileClear")
        self.file_clear.hide()
        self.file_name = label("rosterFileName", wrap=True)
        self.preview_button = button("classPreviewButton")
        self.preview = label("classPreview", wrap=True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.hide()
        self.cancel = button("classCancel")
        self.confirm = big_button("classConfirm")
        self.confirm.setMinimumHeight(80)
        self.done_title = label("classDoneTitle", centred=True, wrap=True)
        self.done_details = label("classDoneDetails", centred=True, wrap=True)
        self.done_badges = button("classDoneBadges")
        self.done_home = big_button("classDoneHome")
        self.form = QFormLayout()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate()

    def _form_page(self) -> QWidget:
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.field_labels = [label(f"{name}Label") for name in
                             ("school", "city", "postcode", "class", "teacher", "phone")]
        for part in self.field_labels:
            part.setProperty("role", "field")
        self.form.addRow(self.field_labels[0], self.school)
        self.form.addRow("", self.school_choices)
        town = QHBoxLayout()
        town.addWidget(self.city, 2)
        town.addWidget(self.field_labels[2])
        town.addWidget(self.postcode, 1)
        self.form.addRow(self.field_labels[1], town)
        self.form.addRow(self.field_labels[3], self.class_label)
        self.form.addRow(self.field_labels[4], self.teacher)
        self.form.addRow(self.field_labels[5], self.phone)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.form)
        left_layout.addStretch(1)
        self.pupils_label = label("pupilsLabel", wrap=True)
        files = QHBoxLayout()
        files.addWidget(self.file_button)
        files.addWidget(self.file_clear)
        files.addWidget(self.file_name, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pupils_label)
        right_layout.addWidget(self.pupils, 1)
        right_layout.addLayout(files)
        right_layout.addWidget(self.preview_button)
        right_layout.addWidget(self.preview)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.addWidget(left, 1)
        self.columns.addWidget(right, 1)
        body = QWidget()
        body.setLayout(self.columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel)
        bottom.addWidget(self.confirm, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_details)
        layout.addWidget(self.done_badges, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.done_home)
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        portrait = orient(self.columns, event.size())
        self.columns.setStretch(0, 0 if portrait else 1)
        self.pupils.setMinimumHeight(480 if portrait else 160)
        super().resizeEvent(event)

    def set_tone(self, tone: str) -> None:
        restyle(self.preview, "tone", tone)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Inscrire une classe"))
        for part, text in zip(self.field_labels, (
                self.tr("Établissement"), self.tr("Ville"), self.tr("Code postal"), self.tr("Classe"),
                self.tr("Enseignant"), self.tr("Téléphone")), strict=True):
            part.setText(text)
        self.school.setPlaceholderText(self.tr("Tapez le début du nom : les établissements connus s'affichent"))
        self.class_label.setPlaceholderText(self.tr("par ex. 4e B"))
        self.teacher.setPlaceholderText(self.tr("Prénom Nom"))
        self.pupils_label.setText(self.tr("Élèves : un par ligne (NOM Prénom), collés ou tapés"))
        self.pupils.setPlaceholderText(self.tr("DUPONT Marie\nLEFÈVRE Zoé\n…"))
        self.file_button.setText(self.tr("Importer un fichier (CSV, Excel)…"))
        self.file_clear.setText(self.tr("Retirer le fichier"))
        self.preview_button.setText(self.tr("Vérifier la liste"))
        self.cancel.setText(self.tr("Annuler"))
        self.confirm.setText(self.tr("Inscrire la classe et imprimer les badges"))
        self.done_badges.setText(self.tr("Rouvrir les badges"))
        self.done_home.setText(self.tr("Retour à l'accueil"))
        self.retranslated.emit()
