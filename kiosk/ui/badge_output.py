"""A person's or a class's badges as a PDF in this station's output folder, printed or shown in the kiosk.

The folder is `$KIOSK_OUTPUT_DIR/<station>` when that variable is set, else `<user documents>/Kiosk/<station>`.
Writing runs off the GUI thread (`write_person_badge`), and so does printing: when the station has a printer
(settings), the badge goes straight to it, without a dialog. Otherwise the desk shows the badge in the kiosk's
own preview (never an outside viewer: a passer-by could leave the kiosk through it); `where_the_badges_went`
tells the user which.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication

from kiosk.documents.badge_batch import write_badges
from kiosk.documents.design import DEFAULT_DESIGN, BadgeDesign, load_design
from kiosk.domain.badge_list import BadgeData, badges_for
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.ui.context import StationSettings
from kiosk.ui.printing import print_file, station_printer

OUTPUT_ENV = "KIOSK_OUTPUT_DIR"


def output_folder(station: str) -> Path:
    """This station's folder for badge PDFs (created when missing)."""
    base = os.environ.get(OUTPUT_ENV)
    root = Path(base) if base else platformdirs.user_documents_path() / "Kiosk"
    slug = re.sub(r"[^\w-]+", "-", station, flags=re.UNICODE).strip("-") or "poste"
    folder = root / slug
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KioskError(f"Impossible de créer le dossier {folder} ({error.strerror}).",
                         f"Cannot create the folder {folder} ({error.strerror}).") from error
    return folder


def station_design(settings: StationSettings) -> BadgeDesign:
    """The event's badge design this station prints with (off the GUI thread: it reads the file); the
    stock's own look when none is set. KioskError when the file will not do."""
    return load_design(Path(settings.design_file)) if settings.design_file else DEFAULT_DESIGN


def station_badges(name: str, badges: list[BadgeData], settings: StationSettings, lang: str) -> Path:
    """Write `badges` in the station's layout and offset as `<name>-<time>.pdf` in its folder (off the GUI
    thread); returns the file."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = output_folder(settings.station) / f"{name}-{stamp}.pdf"
    offset = (settings.offset_x, settings.offset_y)
    return write_badges(path, badges, settings.layout, offset=offset, lang=lang, workers=1,
                        design=station_design(settings)).path


def print_on_station(path: Path, settings: StationSettings) -> None:
    """Print the badges on the station's printer, if it has one (off the GUI thread); KioskError on trouble."""
    if settings.printer:
        print_file(path, station_printer(settings.printer))


def write_person_badge(db: Database, person_id: int, settings: StationSettings, lang: str) -> Path:
    """Write one person's badge (the same code as before) and print it on the station's printer if it has
    one; returns the file."""
    return write_badge(badges_for(db, person_id=person_id)[0], settings, lang)


def write_badge(badge: BadgeData, settings: StationSettings, lang: str) -> Path:
    """Write one badge from its data (a walk-in registered offline has no row to read yet) and print it on the
    station's printer if it has one; returns the file."""
    path = station_badges(f"badge-{badge.code}", [badge], settings, lang)
    print_on_station(path, settings)
    return path


def where_the_badges_went(settings: StationSettings, count: int = 1) -> str:
    """After a person's or a class's badges are written: printed on the station's printer, or kept on the
    station to be shown. (Whole sentences for one and for several: lupdate reads no plural in a module
    function's QCoreApplication.translate, and reads only literal arguments.)"""
    translate = QCoreApplication.translate
    if settings.printer:
        said = (translate("BadgeOutput", "Badge imprimé sur « %1 ».") if count == 1 else
                translate("BadgeOutput", "%2 badges imprimés sur « %1 »."))
        return said.replace("%1", settings.printer).replace("%2", str(count))
    if count == 1:
        return translate("BadgeOutput", "Ce poste n'a pas d'imprimante : le badge est enregistré sur le poste. "
                                         "Touchez « Voir le badge » pour l'afficher et l'imprimer.")
    return translate("BadgeOutput", "Ce poste n'a pas d'imprimante : les %2 badges sont enregistrés sur le poste. "
                                     "Touchez « Voir les badges » pour les afficher et les imprimer.").replace(
        "%2", str(count))
