"""The kiosk's own file chooser: a roster or a badge design to read, or a folder and a name to save a PDF,
chosen with a finger among the allowed places only (file_places.py). Qt's file dialog is never used: it
browses the whole disk and offers rename, delete and new folder.

Opened with a FileRequest; once a file is chosen (or on Cancel) the kiosk goes back to the screen that asked,
as it was left (its typed fields stay), and the request's `chosen` gets the path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem, QStyle

from kiosk.domain.errors import KioskError
from kiosk.ui.context import KioskContext
from kiosk.ui.file_places import (
    Entry,
    FileKind,
    FileRequest,
    Place,
    entries,
    files_folder,
    inside,
    pdf_name,
    places,
    removable_media,
)
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.file_chooser_view import FileChooserView
from kiosk.ui.screens.keys import Screen

MEDIA_POLL_MS = 2000  # a stick plugged in while the places show appears within this delay
PATH_ROLE = Qt.ItemDataRole.UserRole


class FileChooserController(ScreenController[FileRequest, FileChooserView]):
    def __init__(self, key: Screen[FileRequest], view: FileChooserView, context: KioskContext,
                 nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.media: Callable[[], list[Path]] = removable_media  # replaced in tests by fake sticks
        self.request: FileRequest | None = None
        self.place: Place | None = None  # None: the list of places shows
        self.folder: Path | None = None
        self.shown_places: list[Place] = []
        self.poll = QTimer(self, interval=MEDIA_POLL_MS)
        self.poll.timeout.connect(self._media_changed)
        view.rows.itemClicked.connect(self._tapped)
        view.back.clicked.connect(self.cancel)
        view.up.clicked.connect(self.go_up)
        view.save.clicked.connect(self.save_here)
        view.name.returnPressed.connect(self.save_here)
        view.retranslated.connect(self.refresh)

    def open(self, request: FileRequest) -> None:
        self.request, self.place, self.folder = request, None, None
        self.view.show_save(False)
        self.view.name.setText(request.name)
        self.refresh()
        self.poll.start()

    def leave(self) -> None:
        self.poll.stop()

    def allowed_places(self) -> list[Place]:
        return places(self.media(), files_folder(self.context.settings.files_folder))

    # ---- moving around -----------------------------------------------------------------------------------
    def enter(self, folder: Path) -> None:
        """Show `folder`, inside the current place (or the place whose root it is); never above a place."""
        if self.place is None:
            self.place = next((p for p in self.allowed_places() if p.path == folder), None)
        if self.place is None or not inside(folder, self.place.path):
            return
        self.folder = folder
        self.refresh()

    def go_up(self) -> None:
        """One folder up; from a place's own folder, back to the list of places."""
        if self.place is None or self.folder is None:
            return
        if self.folder.resolve() == self.place.path.resolve():
            self.place = self.folder = None
            self.refresh()
        else:
            self.enter(self.folder.parent)

    def _tapped(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if not isinstance(path, str) or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        chosen = Path(path)
        if chosen.is_dir():
            self.enter(chosen)
        elif self.request is not None and self.request.kind.reads:
            self._finish(chosen)

    def _media_changed(self) -> None:
        if self.place is None and self.allowed_places() != self.shown_places:
            self.refresh()
        elif self.place is not None and not self.place.path.is_dir():  # the stick was pulled out
            self.place = self.folder = None
            self.refresh()

    # ---- choosing ----------------------------------------------------------------------------------------
    def save_here(self) -> None:
        if self.request is None or self.folder is None or self.request.kind is not FileKind.SAVE_PDF:
            return
        name = pdf_name(self.view.name.text())
        if name is None:
            self.nav.tell(KioskError("Tapez un nom de fichier, sans barre oblique.",
                                     "Type a file name, without a slash."))
            return
        target = self.folder / name
        if target.exists():
            self.nav.tell(KioskError(f"Un fichier « {name} » existe déjà ici : choisissez un autre nom.",
                                     f"A file \u201c{name}\u201d is already here: choose another name."))
            return
        self._finish(target)

    def cancel(self) -> None:
        if self.request is not None:
            self.nav.back_to(self.request.back)

    def _finish(self, path: Path) -> None:
        request = self.request
        assert request is not None
        self.nav.back_to(request.back)
        request.chosen(path)

    # ---- showing -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.request is None:
            return
        kind = self.request.kind
        self.view.title.setText(self.tr("Choisir une liste d'élèves") if kind is FileKind.ROSTER
                                else self.tr("Choisir la présentation des badges") if kind is FileKind.DESIGN
                                else self.tr("Enregistrer le PDF"))
        if self.place is None or self.folder is None:
            self._show_places()
        else:
            self._show_folder(self.place, self.folder)

    def _show_places(self) -> None:
        view, self.shown_places = self.view, self.allowed_places()
        view.rows.clear()
        icon = view.style().standardIcon
        for place in self.shown_places:
            kind = QStyle.StandardPixmap.SP_DriveHDIcon if place.removable else QStyle.StandardPixmap.SP_DirIcon
            text = (self.tr("Clé USB « %1 »").replace("%1", place.label) if place.removable
                    else self.tr("Dossier du poste « %1 »").replace("%1", place.label))
            self._add_row(icon(kind), text, str(place.path), True)
        view.where.setText(self._title())
        sticks = any(place.removable for place in self.shown_places)
        view.empty.setText("" if sticks else self.tr("Aucune clé USB n'est branchée. Branchez-en une : "
                                                     "elle s'affichera ici."))
        view.empty.setVisible(not sticks)
        view.up.setEnabled(False)
        view.show_save(False)

    def _show_folder(self, place: Place, folder: Path) -> None:
        view, request = self.view, self.request
        assert request is not None
        view.rows.clear()
        found = entries(folder, place.path, request.kind)
        for entry in found:
            self._add_entry(entry)
        relative = folder.resolve().relative_to(place.path.resolve())
        view.where.setText(" › ".join((place.label, *relative.parts)))
        view.empty.setText(self._nothing_here(request.kind) if not found else "")
        view.empty.setVisible(not found)
        view.up.setEnabled(True)
        view.show_save(request.kind is FileKind.SAVE_PDF)

    def _add_entry(self, entry: Entry) -> None:
        kind = QStyle.StandardPixmap.SP_DirIcon if entry.folder else QStyle.StandardPixmap.SP_FileIcon
        self._add_row(self.view.style().standardIcon(kind), entry.path.name, str(entry.path), entry.usable)

    def _add_row(self, icon: object, text: str, path: str, usable: bool) -> None:
        item = QListWidgetItem(icon, text)  # type: ignore[call-overload]
        item.setData(PATH_ROLE, path)
        if not usable:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.view.rows.addItem(item)

    def _title(self) -> str:
        kind = self.request.kind if self.request else FileKind.ROSTER
        return (self.tr("Choisissez la liste des élèves (CSV, texte ou Excel).") if kind is FileKind.ROSTER
                else self.tr("Choisissez le fichier de présentation des badges (.toml ou .json).")
                if kind is FileKind.DESIGN else self.tr("Choisissez le dossier où enregistrer le PDF."))

    def _nothing_here(self, kind: FileKind) -> str:
        return (self.tr("Aucune liste (CSV, texte ou Excel) dans ce dossier.") if kind is FileKind.ROSTER
                else self.tr("Aucun fichier de présentation (.toml ou .json) dans ce dossier.")
                if kind is FileKind.DESIGN else self.tr("Aucun sous-dossier ici : enregistrez dans ce dossier."))
