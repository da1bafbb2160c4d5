"""Screenshots of the main screens (French, 1280×800) on demo data, for the README and for reviewing.

    QT_QPA_PLATFORM=offscreen python -m kiosk.ui.screenshots [FOLDER]     (default: resources/screenshots)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kiosk.domain.database import open_database
from kiosk.domain.demo import load_demo
from kiosk.domain.directory import list_groups, roster
from kiosk.domain.search import search_people
from kiosk.resources import resources_folder
from kiosk.ui.app import build, stylesheet
from kiosk.ui.controller import KioskController
from kiosk.ui.keyboard import prepare_keyboard
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.imports_controller import ImportController
from kiosk.ui.screens.keys import Access, Screen, SearchStart


def settle(app: QApplication, ready: Callable[[], bool], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()


def shoot(app: QApplication, window: MainWindow, folder: Path, name: str) -> None:
    settle(app, lambda: True)
    window.grab().save(str(folder / f"{name}.png"))


def tour(app: QApplication, window: MainWindow, controller: KioskController, folder: Path) -> None:
    """Home, a scan, search, a person, a visitor form, a class roster, a class form, PIN, dashboard, imports."""
    db, nav, screens = controller.context.db, controller.nav, controller.screens
    shoot(app, window, folder, "1-home")
    groups = [g for g in list_groups(db) if g.registered > 10 and g.day is not None]
    group, other = groups[0], groups[1]
    pupil = roster(db, group.id)[3]
    controller.on_scan(pupil.code)
    settle(app, lambda: nav.current() is Screen.RESULT)
    shoot(app, window, folder, "2-scan-result")
    nav.unlock(Access.STAFF)  # the reception staff's PIN given: the desk's screens
    nav.open(Screen.SEARCH, SearchStart.NEW)
    screens.search.view.field.setText("lefe")
    settle(app, lambda: screens.search.model.rowCount() > 0 and controller.keyboard.visible())
    shoot(app, window, folder, "3-search")
    nav.open(Screen.PERSON, search_people(db, "lefe")[0])
    shoot(app, window, folder, "4-person")
    nav.open(Screen.VISITOR)
    settle(app, controller.keyboard.visible)  # the first name has focus: the on-screen keyboard is up
    shoot(app, window, folder, "5-visitor")
    controller.on_scan(other.code)
    settle(app, lambda: nav.current() is Screen.ROSTER)
    shoot(app, window, folder, "6-class-roster")
    nav.open(Screen.CLASS_FORM)
    shoot(app, window, folder, "7-class-form")
    nav.open(Screen.ORGANISER)  # the PIN pad asks for the organiser's
    shoot(app, window, folder, "8-organiser-pin")
    nav.unlock(Access.ORGANISER)
    nav.open(Screen.DASHBOARD)
    settle(app, lambda: screens.dashboard.refreshed > 0)  # its figures are read off the GUI thread
    shoot(app, window, folder, "9-dashboard")
    nav.open(Screen.IMPORTS)
    with tempfile.TemporaryDirectory() as scratch:
        preview_import(app, screens.imports, Path(scratch) / "college-emile-zola.csv")
        shoot(app, window, folder, "10-imports")


_CLASSES = (("4e B", "Lefèvre Chloé,N'Diaye Zoé,Bœuf Françoise,Martin Lucas,Petit Hugo,Roux Inès"),
            ("4e C", "Benali Yanis,Durand Léa,Garcia Noah,Moreau Jade,Dupont Jérôme,Dupont Jérôme"),
            ("3e A", "Muñoz Inès,Fournier Théo,Girard Manon,Lambert Enzo"))


def preview_import(app: QApplication, imports: ImportController, path: Path) -> None:
    """The import screen with a school's file of three classes (one pair of namesakes), previewed."""
    lines = [f"{label};{name.replace(' ', ';')}" for label, names in _CLASSES for name in names.split(",")]
    path.write_bytes("\r\n".join(["Sorties 2026 — Collège Émile-Zola", ";;", "Classe;NOM;Prénom", *lines])
                     .encode("cp1252"))
    view = imports.view
    settle(app, lambda: view.day.count() > 0)
    imports.set_file(path)
    view.school.setText("Collège Émile-Zola")
    view.city.setText("Paris")
    view.postcode.setText("75011")
    view.day.setCurrentIndex(min(1, view.day.count() - 1))
    view.slot.setCurrentIndex(min(2, view.slot.count() - 1))
    imports.preview()
    settle(app, lambda: not imports.busy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.ui.screenshots")
    parser.add_argument("folder", nargs="?", default=str(resources_folder() / "screenshots"))
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{Path(scratch) / 'demo.sqlite3'}"
        demo = open_database(url)
        load_demo(demo, groups=30, visitors=60, seed=3)
        demo.close()
        prepare_keyboard()
        app = QApplication(sys.argv[:1])
        app.setStyleSheet(stylesheet())
        store = QSettings(str(Path(scratch) / "station.ini"), QSettings.Format.IniFormat)
        window, controller = build(app, argparse.Namespace(db=url, station="Entrée A", lang="fr"), store)
        window.allow_close = True
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        tour(app, window, controller, folder)
        controller.context.tasks.wait()
        window.close()
    print(f"screenshots written to {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
