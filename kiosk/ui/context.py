"""What the screens share: the services, the background runner, this station's settings."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from kiosk.domain.checkin import ScanDesk
from kiosk.domain.database import Database
from kiosk.domain.kinds import Direction
from kiosk.domain.station_desk import StationDesk
from kiosk.ui.i18n import Translations
from kiosk.ui.pin_hash import hash_pin, is_hashed
from kiosk.ui.tasks import TaskRunner

DEFAULT_PIN = "1234"
DEFAULT_STAFF_PIN = "0000"
DEFAULT_BACKUPS_KEPT = 12


class StationRole(enum.Enum):
    """Who may use this station for what: a self-service entrance shows nothing about anyone but the person
    who scans; a reception desk opens search, people, walk-ins and classes behind the staff PIN."""

    SELF_SERVICE = "self-service"
    DESK = "desk"


@dataclass
class StationSettings:
    """Per-station choices, kept with QSettings (a file per user on Linux)."""

    station: str = "Accueil"
    direction: Direction = Direction.IN
    layout: str = "a4-8"
    offset_x: float = 0.0
    offset_y: float = 0.0
    # The organiser PIN as stored: a hash, or in clear (the default, or from an older settings file) until the
    # next save, which hashes it; hashing costs ~40 ms, kept off the start-up path. Compare with pin_matches.
    pin_hash: str = DEFAULT_PIN
    language: str = ""
    printer: str = ""  # this station's printer; "" = the system's default printer
    role: StationRole = StationRole.DESK
    self_registration: bool = False  # a self-service entrance lets walk-in visitors register themselves
    staff_pin_hash: str = DEFAULT_STAFF_PIN  # the reception desk's PIN, stored like the organiser's
    checkin_walkins: bool = True  # a walk-in registered here is checked in at once (no need to scan the badge)
    files_folder: str = ""  # where rosters are chosen from and PDFs saved to, besides removable media
    backup_folder: str = ""  # automatic backups of a SQLite database ("" = none)
    backups_kept: int = DEFAULT_BACKUPS_KEPT
    design_file: str = ""  # the event's badge design (TOML or JSON); "" = the stock's own look
    groups_entrance: str = ""  # where classes come in, for the letters to teachers
    organiser_phone: str = ""  # whom teachers call, for the letters

    @classmethod
    def load(cls, store: QSettings) -> StationSettings:
        defaults = cls()
        return cls(station=str(store.value("station", defaults.station)),
                   direction=Direction(str(store.value("direction", defaults.direction.value))),
                   layout=str(store.value("layout", defaults.layout)),
                   offset_x=float(store.value("offset_x", defaults.offset_x)),  # type: ignore[arg-type]
                   offset_y=float(store.value("offset_y", defaults.offset_y)),  # type: ignore[arg-type]
                   pin_hash=str(store.value("pin", defaults.pin_hash)),
                   language=str(store.value("language", "")),
                   printer=str(store.value("printer", "")),
                   role=_role(store.value("role", defaults.role.value)),
                   self_registration=_flag(store.value("self_registration", defaults.self_registration)),
                   staff_pin_hash=str(store.value("staff_pin", defaults.staff_pin_hash)),
                   checkin_walkins=_flag(store.value("checkin_walkins", defaults.checkin_walkins)),
                   files_folder=str(store.value("files_folder", "")),
                   backup_folder=str(store.value("backup_folder", "")),
                   backups_kept=_count(store.value("backups_kept", defaults.backups_kept)),
                   design_file=str(store.value("design_file", "")),
                   groups_entrance=str(store.value("groups_entrance", "")),
                   organiser_phone=str(store.value("organiser_phone", "")))

    def save(self, store: QSettings) -> None:
        for key, value in (("station", self.station), ("direction", self.direction.value),
                           ("layout", self.layout), ("offset_x", self.offset_x), ("offset_y", self.offset_y),
                           ("pin", _hashed(self.pin_hash)), ("language", self.language),
                           ("printer", self.printer), ("role", self.role.value),
                           ("self_registration", self.self_registration),
                           ("staff_pin", _hashed(self.staff_pin_hash)), ("checkin_walkins", self.checkin_walkins),
                           ("files_folder", self.files_folder), ("backup_folder", self.backup_folder),
                           ("backups_kept", self.backups_kept), ("design_file", self.design_file),
                           ("groups_entrance", self.groups_entrance), ("organiser_phone", self.organiser_phone)):
            store.setValue(key, value)
        store.sync()


def _role(stored: object) -> StationRole:
    """The stored role, or a reception desk when the file holds something this version does not know."""
    try:
        return StationRole(str(stored))
    except ValueError:
        return StationRole.DESK


def _flag(stored: object) -> bool:
    """QSettings' ini files give booleans back as the strings "true"/"false"."""
    return stored if isinstance(stored, bool) else str(stored).lower() in ("true", "1", "yes")


def _count(stored: object) -> int:
    try:
        return max(1, int(str(stored)))
    except ValueError:
        return DEFAULT_BACKUPS_KEPT


def _hashed(stored: str) -> str:
    """The PIN as it is written: hashed, whatever form it had in memory."""
    return stored if is_hashed(stored) else hash_pin(stored)


def station_store() -> QSettings:
    """The station's settings store (a file per user on Linux)."""
    return QSettings("Kiosk", "kiosk")


@dataclass
class KioskContext:
    db: Database
    desk: ScanDesk
    station: StationDesk  # scans through outages (the station journal); `desk` is its database side
    tasks: TaskRunner
    translations: Translations
    settings: StationSettings = field(default_factory=StationSettings)
    store: QSettings = field(default_factory=station_store)  # where `settings` are read from and saved to
