"""This station's settings, laid out: one labelled row per setting in a scroll area, Save at the bottom."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kiosk.documents.layouts import LAYOUTS, MAX_OFFSET_MM
from kiosk.domain.kinds import Direction
from kiosk.ui.pin_hash import MAX_DIGITS
from kiosk.ui.views import STRETCH, View, big_button, button, column, label, line_edit, row, title_label


def _offset_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
    box.setSingleStep(0.5)
    box.setDecimals(1)
    box.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
    box.setAlignment(Qt.AlignmentFlag.AlignCenter)
    box.setMinimumHeight(52)  # a style sheet on a spin box without buttons squeezes its text away
    return box


def _stepper(box: QDoubleSpinBox) -> QWidget:
    """The value between two finger-sized − and + keys."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for text, step in (("−", box.stepDown), ("+", box.stepUp)):
        key = QPushButton(text)
        key.setMinimumWidth(72)
        key.clicked.connect(step)
        row.addWidget(key)
        if text == "−":
            row.addWidget(box, 1)
    return holder


def _pin_field(name: str) -> QLineEdit:
    field = line_edit(name, MAX_DIGITS)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SettingsView(View):
    def __init__(self) -> None:
        super().__init__("settings")
        self.title = title_label()
        self.message = label("settingsMessage", wrap=True)
        self.save, self.back = big_button("saveSettings"), button("settingsBack")
        self.save.setMinimumHeight(72)
        column(self.title, (self._build_form(), 1), self.message, row(self.back, STRETCH, (self.save, 1)), owner=self)
        self.retranslate()

    def _build_form(self) -> QScrollArea:
        self.event_info = label("eventLabel", wrap=True)
        self.station = line_edit("stationName", 100)
        self.direction, self.layout_choice, self.language = QComboBox(), QComboBox(), QComboBox()
        self.printer = QComboBox()
        self.printer.setObjectName("stationPrinter")
        self.offset_x, self.offset_y = _offset_box(), _offset_box()
        self.database = label("databaseLabel", wrap=True)
        self.database_next = line_edit("databaseNext", 1000)
        self.pin, self.pin_again = _pin_field("newPin"), _pin_field("newPinAgain")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.captions = [label() for _ in range(12)]
        fields = (self.event_info, self.station, self.direction, self.layout_choice, self.printer,
                  _stepper(self.offset_x), _stepper(self.offset_y), self.language, self.database,
                  self.database_next, self.pin, self.pin_again)
        for caption, field in zip(self.captions, fields, strict=True):
            form.addRow(caption, field)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    def retranslate(self) -> None:
        self.title.setText(self.tr("Réglages du poste"))
        texts = (self.tr("Événement"), self.tr("Nom du poste"), self.tr("Sens"), self.tr("Mise en page des badges"),
                 self.tr("Imprimante des badges"), self.tr("Décalage horizontal (mm)"),
                 self.tr("Décalage vertical (mm)"), self.tr("Langue"),
                 self.tr("Base de données"), self.tr("Autre base (au prochain démarrage)"),
                 self.tr("Nouveau code (4 à 8 chiffres)"), self.tr("Nouveau code, encore"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self._fill(self.direction, [(self.tr("Entrée"), Direction.IN.value), (self.tr("Sortie"), Direction.OUT.value)])
        self._fill(self.language, [("Français", "fr"), ("English", "en")])
        self.pin.setPlaceholderText(self.tr("laisser vide pour garder le code"))
        self.database_next.setPlaceholderText(self.tr("fichier SQLite ou postgresql://…"))
        self.save.setText(self.tr("Enregistrer"))
        self.back.setText(self.tr("Retour"))

    def fill_printers(self, names: list[str], chosen: str) -> None:
        """The installed printers, "none" first; a chosen printer that has gone stays listed, marked."""
        items = [(self.tr("Aucune : le badge s'ouvre en PDF"), "")] + [(name, name) for name in names]
        if chosen and chosen not in names:
            items.append((self.tr("%1 (introuvable)").replace("%1", chosen), chosen))
        self._fill(self.printer, items)
        self.printer.setCurrentIndex(max(0, self.printer.findData(chosen)))

    def fill_layouts(self, lang: str) -> None:
        self._fill(self.layout_choice, [(f"{layout.title.text(lang)} ({name})", name)
                                        for name, layout in LAYOUTS.items()])

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        if chosen is not None:
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
