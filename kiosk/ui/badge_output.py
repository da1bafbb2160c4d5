"""One badge as a PDF in this station's output folder, then opened with the system's viewer.

The folder is `$KIOSK_OUTPUT_DIR/<station>` when that variable is set, else `<user documents>/Kiosk/<station>`.
Writing runs off the GUI thread (`write_person_badge`); opening must run on it (`open_document`). Printing
proper (preview, printer choice) is routed by organiser mode later; this stays the simple path.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import platformdirs
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from kiosk.documents.badge_batch import write_badges
from kiosk.domain.badge_list import badges_for
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.ui.context import StationSettings

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


def write_person_badge(db: Database, person_id: int, settings: StationSettings) -> Path:
    """Write one person's badge (the same code as before) with the station's layout; returns the file."""
    badges = badges_for(db, person_id=person_id)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = output_folder(settings.station) / f"badge-{badges[0].code}-{stamp}.pdf"
    written = write_badges(path, badges, settings.layout, offset=(settings.offset_x, settings.offset_y), workers=1)
    return written.path


def open_document(path: Path) -> bool:
    """Show the PDF with the system's viewer (GUI thread only); False when nothing could open it."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
