"""This station's settings: name, entrance or exit, badge layout, printer and offset, language, database, PIN.

The event is the database's (one database holds one event): shown here, changed by choosing another database.

Saved with QSettings through `station_store()` (the tests give it an ini file of their own). A new database
location takes effect at the next start (key "database").
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinterInfo

from kiosk.domain.dates import long_date
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import Direction
from kiosk.ui.context import KioskContext, StationRole
from kiosk.ui.file_places import FileKind, FileRequest
from kiosk.ui.navigator import Navigator
from kiosk.ui.pin_hash import hash_pin, valid_pin
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.settings_view import SettingsView
from kiosk.version import kiosk_version

DATABASE_KEY = "database"


class SettingsController(ScreenController[None, SettingsView]):
    """Shows the current settings, checks and saves the new ones; `saved` lets the kiosk apply them at once
    (language, station name in the status bar)."""

    saved = Signal()

    def __init__(self, key: Screen[None], view: SettingsView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        view.save.clicked.connect(self.save)
        view.retranslated.connect(self._retranslated)
        view.back.clicked.connect(lambda: nav.open(Screen.ORGANISER))
        view.design_button.clicked.connect(self.choose_design)
        view.about.clicked.connect(lambda: nav.open(Screen.ABOUT))
        self.schema: str | None = None

    def open(self, payload: None) -> None:
        settings, view = self.context.settings, self.view
        view.fill_layouts(self.context.translations.language)
        view.event_info.setText(self.event_text())
        view.version.setText(self.version_text())
        self.run(self.context.db.schema_revision, self._schema_read, lambda _error: self._schema_read("?"),
                 busy=False)  # a base that does not answer: "?", said by the status bar already
        view.station.setText(settings.station)
        for combo, value in ((view.role, settings.role.value), (view.direction, settings.direction.value),
                             (view.layout_choice, settings.layout),
                             (view.language, self.context.translations.language)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        view.self_registration.setChecked(settings.self_registration)
        view.checkin_walkins.setChecked(settings.checkin_walkins)
        view.fill_printers(QPrinterInfo.availablePrinterNames(), settings.printer)
        view.offset_x.setValue(settings.offset_x)
        view.offset_y.setValue(settings.offset_y)
        view.files_folder.setText(settings.files_folder)
        view.database.setText(self.context.db.label)
        view.database_next.setText(str(self.context.store.value(DATABASE_KEY, "")))
        view.backup_folder.setText(settings.backup_folder)
        view.design_file.setText(settings.design_file)
        view.groups_entrance.setText(settings.groups_entrance)
        view.organiser_phone.setText(settings.organiser_phone)
        view.backups_kept.setValue(settings.backups_kept)
        for field in (view.pin, view.pin_again, view.staff_pin, view.staff_pin_again):
            field.clear()
        view.message.clear()

    def choose_design(self) -> None:
        """The touch file chooser, on the USB sticks and the files folder; the other fields stay as typed."""
        self.nav.open(Screen.FILE_CHOOSER, FileRequest(FileKind.DESIGN, self.key,
                                                       lambda path: self.view.design_file.setText(str(path))))

    def _retranslated(self) -> None:
        """The texts the view does not own, again in the new language: the event's dates, the lists."""
        view, lang = self.view, self.context.translations.language
        view.event_info.setText(self.event_text())
        view.version.setText(self.version_text())
        view.fill_layouts(lang)
        view.fill_printers(QPrinterInfo.availablePrinterNames(), str(view.printer.currentData() or ""))

    def _schema_read(self, revision: str | None) -> None:
        self.schema = revision
        self.view.version.setText(self.version_text())

    def version_text(self) -> str:
        """Kiosk's version and the revision the database's schema is at, read in the background ("…" meanwhile)."""
        return (self.tr("Kiosk %1 — schéma de la base : %2").replace("%1", kiosk_version())
                .replace("%2", self.schema or "…"))

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
            pin = new_pin(view.pin.text(), view.pin_again.text())
            staff_pin = new_pin(view.staff_pin.text(), view.staff_pin_again.text())
            station = view.station.text().strip()
            if not station:
                raise KioskError("Donnez un nom au poste.", "Give the station a name.")
        except KioskError as error:
            view.message.setText(self.say(error))
            return False
        self._apply(station[:100])
        if pin:
            settings.pin_hash = hash_pin(pin)
        if staff_pin:
            settings.staff_pin_hash = hash_pin(staff_pin)
        store = self.context.store
        settings.save(store)
        database = view.database_next.text().strip()
        if database:
            store.setValue(DATABASE_KEY, database)
        else:
            store.remove(DATABASE_KEY)
        store.sync()
        for field in (view.pin, view.pin_again, view.staff_pin, view.staff_pin_again):
            field.clear()
        view.message.setText(self.tr("Réglages enregistrés."))
        self.saved.emit()
        return True

    def _apply(self, station: str) -> None:
        """The screen's choices into this station's settings (the PINs apart)."""
        view, settings = self.view, self.context.settings
        settings.station = self.context.desk.station = station
        settings.role = StationRole(view.role.currentData())
        settings.self_registration = view.self_registration.isChecked()
        settings.direction = Direction(view.direction.currentData())
        settings.checkin_walkins = view.checkin_walkins.isChecked()
        settings.layout = str(view.layout_choice.currentData())
        settings.printer = str(view.printer.currentData() or "")
        settings.offset_x, settings.offset_y = view.offset_x.value(), view.offset_y.value()
        settings.language = str(view.language.currentData())
        settings.files_folder = view.files_folder.text().strip()
        settings.backup_folder = view.backup_folder.text().strip()
        settings.backups_kept = view.backups_kept.value()
        settings.design_file = view.design_file.text().strip()
        settings.groups_entrance = view.groups_entrance.text().strip()
        settings.organiser_phone = view.organiser_phone.text().strip()


def new_pin(first: str, second: str) -> str:
    """The new PIN typed twice, "" when both fields are empty (the PIN stays); KioskError when it will not do."""
    if not first and not second:
        return ""
    if not valid_pin(first):
        raise KioskError("Le code doit compter 4 à 8 chiffres.", "The PIN must have 4 to 8 digits.")
    if first != second:
        raise KioskError("Les deux codes diffèrent : tapez le même deux fois.",
                         "The two PINs differ: type the same one twice.")
    return first
