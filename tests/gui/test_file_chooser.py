"""The kiosk's own file chooser, driven with a finger: a roster picked on a (fake) USB stick, a PDF saved into a
folder, never above an allowed place, hidden and unrelated files never shown, and no Qt file dialog anywhere."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget
from test_layout_sizes import a_pdf

import kiosk.ui
from kiosk.ui.file_places import Place, files_folder, places, removable_media
from kiosk.ui.screens.file_chooser_controller import FileChooserController
from kiosk.ui.screens.keys import Screen


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A USB stick as mounted: a roster, a sub-folder with another one, and files that must not show."""
    root = tmp_path / "media" / "CLE_PROF"
    (root / "Classes 2026").mkdir(parents=True)
    (root / "4e B.csv").write_text("Nom;Prénom\nLefèvre;Zoé\n", encoding="utf-8")
    (root / "Classes 2026" / "5e A.xlsx").write_bytes(b"not opened by the chooser")
    (root / "photo.jpg").write_bytes(b"jpeg")
    (root / ".cachée.csv").write_text("x", encoding="utf-8")
    (root / ".Trash-1000").mkdir()
    return root


@pytest.fixture
def chooser(kiosk, stick: Path, tmp_path: Path) -> FileChooserController:  # type: ignore[no-untyped-def]
    _window, controller = kiosk
    found: FileChooserController = controller.screens.file_chooser
    found.media = lambda: [stick]
    folder = tmp_path / "station"
    folder.mkdir()
    controller.context.settings.files_folder = str(folder)
    return found


def open_imports_chooser(controller, qtbot) -> None:  # type: ignore[no-untyped-def]
    controller.nav.open(Screen.IMPORTS)
    button = controller.screens.imports.view.file_button
    qtbot.waitUntil(button.isEnabled, timeout=5000)  # the screen reads the fair's days first
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def rows(view_rows: QListWidget) -> list[str]:
    return [view_rows.item(i).text() for i in range(view_rows.count())]


def tap(chooser: FileChooserController, text: str) -> None:
    view_rows = chooser.view.rows
    [item] = [view_rows.item(i) for i in range(view_rows.count()) if view_rows.item(i).text() == text]
    view_rows.scrollToItem(item)
    QTest.mouseClick(view_rows.viewport(), Qt.MouseButton.LeftButton, pos=view_rows.visualItemRect(item).center())


def test_a_roster_is_picked_on_a_stick_and_the_class_form_keeps_what_was_typed(kiosk, chooser) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    controller.nav.open(Screen.CLASS_FORM)
    form = controller.screens.class_form.view
    form.school.setText("Collège Émile-Zola")
    QTest.mouseClick(form.file_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "file_chooser"
    assert chooser.view.title.text() == "Choisir une liste d'élèves"
    assert rows(chooser.view.rows) == ["Clé USB « CLE_PROF »", "Dossier du poste « station »"]
    assert chooser.view.empty.isHidden()
    tap(chooser, "Clé USB « CLE_PROF »")
    assert rows(chooser.view.rows) == ["Classes 2026", "4e B.csv"]  # no photo, nothing hidden
    assert chooser.view.where.text() == "CLE_PROF"
    tap(chooser, "4e B.csv")
    assert window.current_screen() == "class_form"
    assert form.school.text() == "Collège Émile-Zola"
    assert form.file_name.text() == "4e B.csv"
    assert controller.screens.class_form.file == chooser.media()[0] / "4e B.csv"


def test_rows_are_large_enough_for_a_finger(kiosk, chooser, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    open_imports_chooser(controller, qtbot)
    window.grab()
    view_rows = chooser.view.rows
    assert min(view_rows.visualItemRect(view_rows.item(i)).height() for i in range(view_rows.count())) >= 64


def test_sub_folders_go_in_and_up_but_never_above_the_stick(kiosk, chooser, stick: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    open_imports_chooser(controller, qtbot)
    tap(chooser, "Clé USB « CLE_PROF »")
    tap(chooser, "Classes 2026")
    assert chooser.view.where.text() == "CLE_PROF › Classes 2026"
    assert rows(chooser.view.rows) == ["5e A.xlsx"]
    chooser.view.up.click()
    assert rows(chooser.view.rows) == ["Classes 2026", "4e B.csv"]
    chooser.view.up.click()  # from the stick's own folder: the places again, never its parent folder
    assert rows(chooser.view.rows) == ["Clé USB « CLE_PROF »", "Dossier du poste « station »"]
    assert not chooser.view.up.isEnabled()
    chooser.enter(stick.parent)  # even asked directly, a folder above every place is refused
    assert rows(chooser.view.rows) == ["Clé USB « CLE_PROF »", "Dossier du poste « station »"]
    (stick / "lien").symlink_to(stick.parent.parent)  # a link out of the stick is not listed
    tap(chooser, "Clé USB « CLE_PROF »")
    assert "lien" not in rows(chooser.view.rows)
    chooser.view.back.click()
    assert window.current_screen() == "imports"


def test_no_stick_is_said_in_a_sentence(kiosk, chooser) -> None:  # type: ignore[no-untyped-def]
    _window, controller = kiosk
    chooser.media = list
    controller.nav.open(Screen.CLASS_FORM)
    controller.screens.class_form.view.file_button.click()
    assert chooser.view.empty.isVisible()
    assert chooser.view.empty.text() == "Aucune clé USB n'est branchée. Branchez-en une : elle s'affichera ici."
    assert rows(chooser.view.rows) == ["Dossier du poste « station »"]


def test_a_pdf_is_saved_into_a_folder_of_the_stick(kiosk, chooser, stick: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    (stick / "ancien.pdf").write_bytes(b"%PDF-1.4")
    controller.nav.open(Screen.PREVIEW, a_pdf(tmp_path))
    QTest.mouseClick(controller.screens.preview.view.save_button, Qt.MouseButton.LeftButton)
    view = chooser.view
    assert view.title.text() == "Enregistrer le PDF" and view.name.isHidden()
    tap(chooser, "Clé USB « CLE_PROF »")
    assert rows(view.rows) == ["Classes 2026", "ancien.pdf"]  # PDFs already there show, greyed
    assert not view.rows.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    tap(chooser, "Classes 2026")
    assert view.name.isVisible() and view.name.text() == "page.pdf"
    view.name.setText("Émargement 4e B")
    QTest.mouseClick(view.save, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "preview"
    saved = stick / "Classes 2026" / "Émargement 4e B.pdf"
    assert saved.read_bytes() == (tmp_path / "page.pdf").read_bytes()


def test_the_station_folder_is_documents_by_default_and_offered_only_when_it_exists(tmp_path: Path,
                                                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HOME", str(tmp_path))
    assert files_folder("") == tmp_path / "Documents"
    assert places([], files_folder("")) == []  # no Documents folder: not the home folder instead
    (tmp_path / "Documents").mkdir()
    assert places([], files_folder("")) == [Place("Documents", tmp_path / "Documents", False)]
    assert files_folder(" /srv/salon ") == Path("/srv/salon")


def test_removable_media_are_found_under_media_when_mounted(tmp_path: Path) -> None:
    """A folder under /media/USER that is not a mount point (left behind) is no stick."""
    (tmp_path / "media" / "prof" / "OLD").mkdir(parents=True)
    assert removable_media((tmp_path / "media",), tmp_path / "no-mounts", tmp_path / "no-sys") == []


def test_removable_media_mounted_elsewhere_are_found_by_their_block_device(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda2 / ext4 rw 0 0\n/dev/sdb1 /mnt/cle\\040prof vfat rw 0 0\n", encoding="utf-8")
    for disk, removable in (("sda", "0"), ("sdb", "1")):
        (tmp_path / "sys" / disk / f"{disk}1").mkdir(parents=True)
        (tmp_path / "sys" / disk / "removable").write_text(f"{removable}\n", encoding="ascii")
        (tmp_path / "block").mkdir(exist_ok=True)
        (tmp_path / "block" / f"{disk}1").symlink_to(tmp_path / "sys" / disk / f"{disk}1")
    (tmp_path / "block" / "sda2").symlink_to(tmp_path / "sys" / "sda" / "sda1")
    assert removable_media((), mounts, tmp_path / "block") == [Path("/mnt/cle prof")]


def test_no_module_of_the_window_uses_qt_file_dialogs_or_outside_viewers() -> None:
    """Qt's file dialog browses the whole disk and offers rename, delete and new folder; the system's viewer
    (QDesktopServices) opens a window outside the kiosk that a passer-by could use to leave it: never either."""
    users = []
    for source in Path(kiosk.ui.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.ImportFrom)
                     else [node.attr] if isinstance(node, ast.Attribute) else
                     [node.id] if isinstance(node, ast.Name) else [])
            if {"QFileDialog", "QDesktopServices"} & set(names):
                users.append(f"{source.name}:{node.lineno}")  # type: ignore[attr-defined]
    assert not users, f"QFileDialog or QDesktopServices used in {users}"


def test_the_badge_design_is_chosen_on_a_stick_and_the_settings_keep_what_is_typed(kiosk, chooser, stick: Path) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    (stick / "Salon 2026").mkdir()
    (stick / "Salon 2026" / "badges.toml").write_text('name = "Salon 2026"\n', encoding="utf-8")
    controller.nav.open(Screen.SETTINGS)
    settings = controller.screens.settings.view
    settings.station.setText("Accueil des groupes")
    QTest.mouseClick(settings.design_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "file_chooser"
    assert chooser.view.title.text() == "Choisir la présentation des badges"
    tap(chooser, "Clé USB « CLE_PROF »")
    assert rows(chooser.view.rows) == ["Classes 2026", "Salon 2026"], "no roster, no photo: only designs"
    tap(chooser, "Classes 2026")
    assert rows(chooser.view.rows) == []
    assert chooser.view.empty.text() == "Aucun fichier de présentation (.toml ou .json) dans ce dossier."
    QTest.mouseClick(chooser.view.up, Qt.MouseButton.LeftButton)
    tap(chooser, "Salon 2026")
    tap(chooser, "badges.toml")
    assert window.current_screen() == "settings"
    assert settings.design_file.text() == str(stick / "Salon 2026" / "badges.toml")
    assert settings.station.text() == "Accueil des groupes", "the settings screen is as it was left"
