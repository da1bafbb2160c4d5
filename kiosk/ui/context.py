"""What the screens share: the services, the background runner, this station's settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from kiosk.domain.checkin import ScanDesk
from kiosk.domain.database import Database
from kiosk.domain.kinds import Direction
from kiosk.ui.i18n import Translations
from kiosk.ui.pin_hash import hash_pin, is_hashed
from kiosk.ui.tasks import TaskRunner

DEFAULT_PIN = "1234"


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
                   printer=str(store.value("printer", "")))

    def save(self, store: QSettings) -> None:
        for key, value in (("station", self.station), ("direction", self.direction.value),
                           ("layout", self.layout), ("offset_x", self.offset_x), ("offset_y", self.offset_y),
                           ("pin", _hashed(self.pin_hash)), ("language", self.language),
                           ("printer", self.printer)):
            store.setValue(key, value)
        store.sync()


def _hashed(stored: str) -> str:
    """The PIN as it is written: hashed, whatever form it had in memory."""
    return stored if is_hashed(stored) else hash_pin(stored)


@dataclass
class KioskContext:
    db: Database
    desk: ScanDesk
    tasks: TaskRunner
    translations: Translations
    settings: StationSettings = field(default_factory=StationSettings)
