"""What the class form and the import screen share in their layout: the school, class and teacher fields,
two columns that stack in portrait inside a scroll area, and a message whose tone the stylesheet colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QListWidget, QPushButton, QScrollArea, QWidget

from kiosk.ui.views import Text, View, label, line_edit, orient, restyle


class RosterFormView(View):
    file_button: QPushButton  # "choose a roster file", made by each form where it belongs
    tone_target: QLabel  # the line whose tone ("good", "bad", "") the stylesheet colours, made by each form

    def _build_school_fields(self, names: tuple[str, ...]) -> None:
        """The school (with its suggestions under it), city, postcode, class, teacher and phone fields,
        named by `names` in that order."""
        school, city, postcode, class_label, teacher, phone = names
        self.school = line_edit(school)
        self.school_choices = QListWidget()
        self.school_choices.setObjectName("schoolChoices")
        self.school_choices.setMaximumHeight(4 * 60)
        self.school_choices.hide()
        self.city, self.postcode = line_edit(city), line_edit(postcode, 10)
        self.postcode.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.class_label, self.teacher = line_edit(class_label), line_edit(teacher)
        self.phone = line_edit(phone, 40)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self._hint_school_fields()

    def _hint_school_fields(self) -> None:
        """Shared texts, in one context of their own (a base class's self.tr would use each subclass's)."""
        translate = QCoreApplication.translate
        self.translated(self.school.setPlaceholderText, lambda: translate(
            "RosterForm", "Tapez le début du nom : les établissements connus s'affichent"))
        self.translated(self.class_label.setPlaceholderText, lambda: translate("RosterForm", "par ex. 4e B"))
        self.translated(self.teacher.setPlaceholderText, lambda: translate("RosterForm", "Prénom Nom"))

    def _captions(self, *named: tuple[str, Text]) -> list[QLabel]:
        """The fields' captions: each (name, text) makes the label `<name>Label` showing the text."""
        captions = [self.worded(label(f"{name}Label"), text) for name, text in named]
        for caption in captions:
            caption.setProperty("role", "field")
        return captions

    def _build_columns(self, left: QWidget, right: QWidget | QLayout) -> QScrollArea:
        """Side by side in landscape, one above the other in portrait; scrolls when the room is short."""
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.addWidget(left, 1)
        if isinstance(right, QWidget):
            self.columns.addWidget(right, 1)
        else:
            self.columns.addLayout(right, 1)
        body = QWidget()
        body.setLayout(self.columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self.fit_orientation(orient(self.columns, event.size()))
        super().resizeEvent(event)

    def fit_orientation(self, portrait: bool) -> None:
        """Room for the list part when the columns stack (portrait) or stand side by side."""

    def set_tone(self, tone: str) -> None:
        restyle(self.tone_target, "tone", tone)
