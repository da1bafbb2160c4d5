"""This station's settings: name, entrance or exit, badge layout, printer and offset, language, database, PIN.

The event is the database's (one database holds one event): shown here, changed by choosing another database.

Saved with QSettings through `station_store()` (the tests give it an ini file of their own). A new database
location takes effect at the next start (key "database").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.documents.layouts import LAYOUTS, MAX_OFFSET_MM
from kiosk.domain.dates import long_date
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import Direction
from kiosk.ui.context import KioskContext
from kiosk.ui.pin_hash import hash_pin
from kiosk.ui.screens.pin import valid_pin
from kiosk.ui.views import View, big_button, button, label, title_label

DATABASE_KEY = "database"


def station_store() -> QSettings:
    """The station's settings store (a file per user on Linux)."""
    return QSettings("Kiosk", "kiosk")


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
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    return field


class SettingsView(View):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.title = title_label()
        self.event_info = label("eventLabel", wrap=True)
        self.station = QLineEdit()
        self.station.setObjectName("stationName")
        self.direction, self.layout_choice, self.language = QComboBox(), QComboBox(), QComboBox()
        self.printer = QComboBox()
        self.printer.setObjectName("stationPrinter")
        self.offset_x, self.offset_y = _offset_box(), _offset_box()
        self.database = label("databaseLabel", wrap=True)
        self.database_next = QLineEdit()
        self.database_next.setObjectName("databaseNext")
        self.pin, self.pin_again = _pin_field("newPin"), _pin_field("newPinAgain")
        self.message = label("settingsMessage", wrap=True)
        self.save, self.back = big_button("saveSettings"), button("settingsBack")
        self.save.setMinimumHeight(72)
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
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        bottom.addWidget(self.save, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.retranslate()

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


class SettingsController(QObject):
    """Shows the current settings, checks and saves the new ones, switches the language at once."""

    saved = Signal()
    language_chosen = Signal(str)

    def __init__(self, context: KioskContext, view: SettingsView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsController")
        self.context, self.view = context, view
        self.store: Callable[[], QSettings] = lambda: station_store()
        view.save.clicked.connect(self.save)

    def open(self, _payload: object = None) -> None:
        settings, view = self.context.settings, self.view
        view.fill_layouts(self.context.translations.language)
        view.event_info.setText(self.event_text())
        view.station.setText(settings.station)
        view.direction.setCurrentIndex(max(0, view.direction.findData(settings.direction.value)))
        view.layout_choice.setCurrentIndex(max(0, view.layout_choice.findData(settings.layout)))
        view.fill_printers(QPrinterInfo.availablePrinterNames(), settings.printer)
        view.offset_x.setValue(settings.offset_x)
        view.offset_y.setValue(settings.offset_y)
        view.language.setCurrentIndex(max(0, view.language.findData(self.context.translations.language)))
        view.database.setText(self.context.db.label)
        view.database_next.setText(str(self.store().value(DATABASE_KEY, "")))
        view.pin.clear()
        view.pin_again.clear()
        view.message.clear()

    def event_text(self) -> str:
        """The event this station serves: its name, place and days, in the kiosk's language."""
        event, lang = self.context.desk.event, self.context.translations.language
        first, last = long_date(event.days[0], lang), long_date(event.days[-1], lang)
        days = (self.tr("le %1").replace("%1", first) if first == last
                else self.tr("du %1 au %2").replace("%1", first).replace("%2", last))
        return " — ".join(part for part in (event.name, event.venue, days) if part)

    def save(self) -> bool:
        view, settings = self.view, self.context.settings
        try:
            pin = self._new_pin()
            station = view.station.text().strip()
            if not station:
                raise KioskError("Donnez un nom au poste.", "Give the station a name.")
        except KioskError as error:
            view.message.setText(str(error))
            return False
        settings.station = station[:100]
        self.context.desk.station = settings.station
        settings.direction = Direction(view.direction.currentData())
        settings.layout = str(view.layout_choice.currentData())
        settings.printer = str(view.printer.currentData() or "")
        settings.offset_x, settings.offset_y = view.offset_x.value(), view.offset_y.value()
        settings.language = str(view.language.currentData())
        if pin:
            settings.pin_hash = hash_pin(pin)
        store = self.store()
        settings.save(store)
        database = view.database_next.text().strip()
        if database:
            store.setValue(DATABASE_KEY, database)
        else:
            store.remove(DATABASE_KEY)
        store.sync()
        view.pin.clear()
        view.pin_again.clear()
        self.language_chosen.emit(settings.language)
        view.message.setText(self.tr("Réglages enregistrés."))
        self.saved.emit()
        return True

    def _new_pin(self) -> str:
        first, second = self.view.pin.text(), self.view.pin_again.text()
        if not first and not second:
            return ""
        if not valid_pin(first):
            raise KioskError("Le code doit compter 4 à 8 chiffres.", "The PIN must have 4 to 8 digits.")
        if first != second:
            raise KioskError("Les deux codes diffèrent : tapez le même deux fois.",
                             "The two PINs differ: type the same one twice.")
        return first
