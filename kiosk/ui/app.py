"""`kiosk`: the touchscreen application (full screen and locked unless --windowed)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from kiosk.admin.running import CommandParser, UsageError, language_asked
from kiosk.crash import log_crash
from kiosk.domain.errors import KioskError
from kiosk.domain.station_desk import open_station
from kiosk.language import chosen_language
from kiosk.resources import resources_folder
from kiosk.ui.context import KioskContext, StationSettings
from kiosk.ui.controller import KioskController
from kiosk.ui.full_screen import show_full_screen
from kiosk.ui.i18n import Translations
from kiosk.ui.keyboard import prepare_keyboard
from kiosk.ui.main_window import MainWindow
from kiosk.ui.scanner import ScannerFilter
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.touch_style import TouchStyle
from kiosk.version import add_version_option


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The window's options; a wrong one raises UsageError (one sentence, as kiosk-admin says it)."""
    parser = CommandParser(prog="kiosk", description="Kiosk : accueil et contrôle d'accès")
    parser.add_argument("--db", help="base : fichier SQLite ou postgresql://… ($KIOSK_DATABASE_URL)")
    parser.add_argument("--windowed", action="store_true", help="fenêtre au lieu du plein écran verrouillé")
    parser.add_argument("--station", help="nom du poste")
    parser.add_argument("--lang", choices=["fr", "en"])
    add_version_option(parser)
    return parser.parse_args(argv)


def stylesheet() -> str:
    """The kiosk's look; its fonts are the shipped ones, so every desk renders names the same way."""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NotoSansArabic-Regular.ttf", "DroidSansFallbackFull.ttf"):
        QFontDatabase.addApplicationFont(str(resources_folder() / "fonts" / name))
    styles = resources_folder() / "styles"
    return (styles / "kiosk.qss").read_text(encoding="utf-8").replace("@STYLES@", styles.as_posix())


def build(app: QApplication, args: argparse.Namespace, store: QSettings) -> tuple[MainWindow, KioskController]:
    """Open the database and assemble the window; raises KioskError when the database cannot be used."""
    settings = StationSettings.load(store)
    if args.station:
        settings.station = args.station
    translations = Translations()
    translations.use(chosen_language(args.lang or settings.language))
    station = open_station(args.db, settings.station, create=True)  # offline from its journal if need be
    app.aboutToQuit.connect(station.close)
    if not isinstance(app.style(), TouchStyle):
        app.setStyle(TouchStyle())  # under the stylesheet: the sizes it cannot set
    context = KioskContext(station.desk.db, station.desk, station, TaskRunner(parent=app), translations, settings,
                           store)
    window = MainWindow()
    controller = KioskController(context, window)
    scanner = ScannerFilter(app)
    app.installEventFilter(scanner)
    scanner.scanned.connect(controller.on_scan)
    return window, controller


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parse_arguments(arguments)
    except UsageError as error:
        sys.stderr.write(f"kiosk: {error.text(language_asked(arguments))}\n")
        return 1
    prepare_keyboard()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    app.setStyleSheet(stylesheet())
    try:
        window, _controller = build(app, args, QSettings("Kiosk", "kiosk"))
    except KioskError as error:
        QMessageBox.critical(None, "Kiosk", str(error))
        return 1
    sys.excepthook = lambda kind, error, trace: _controller.show_trouble(str(log_crash("kiosk", error)))
    window.resize(1280, 800)
    if args.windowed:
        window.allow_close = True
        window.show()
    else:
        show_full_screen(window)  # the whole screen even where no window manager answers showFullScreen
    return app.exec()
