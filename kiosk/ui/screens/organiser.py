"""Organiser mode behind the PIN: a menu to the dashboard, imports, documents and settings, and leaving the kiosk.

`install` is this package's hook in the screen catalogue. It also guards the window: a close request or
leaving full screen, while the kiosk is locked, brings up the PIN pad instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.errors import KioskError
from kiosk.ui.models.dashboard_model import ArrivalsModel, SlotsModel
from kiosk.ui.printing import Document, PreviewController, PreviewView
from kiosk.ui.screens.dashboard import DashboardController, DashboardView
from kiosk.ui.screens.documents import DocumentsController, DocumentsView
from kiosk.ui.screens.imports_controller import install_imports
from kiosk.ui.screens.pin import PinController, PinView
from kiosk.ui.screens.settings import SettingsController, SettingsView
from kiosk.ui.views import View, big_button, button, title_label

if TYPE_CHECKING:
    from kiosk.ui.controller import KioskController


class OrganiserView(View):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organiser")
        self.title = title_label()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dashboard = big_button("dashboardButton")
        self.imports = big_button("importsButton")
        self.documents = big_button("documentsButton")
        self.settings = big_button("settingsButton")
        self.home = button("organiserHome")
        self.quit = button("quitKiosk")
        self.quit.setProperty("role", "danger")
        grid = QGridLayout()
        grid.addWidget(self.dashboard, 0, 0)
        grid.addWidget(self.imports, 0, 1)
        grid.addWidget(self.documents, 1, 0)
        grid.addWidget(self.settings, 1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.home)
        bottom.addStretch(1)
        bottom.addWidget(self.quit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Mode organisateur"))
        self.dashboard.setText(self.tr("Tableau de bord"))
        self.imports.setText(self.tr("Importer des listes\net des réservations"))
        self.documents.setText(self.tr("Badges et documents"))
        self.settings.setText(self.tr("Réglages du poste"))
        self.home.setText(self.tr("Retour à l'accueil"))
        self.quit.setText(self.tr("Quitter le mode kiosque"))


class OrganiserController(QObject):
    """Wires organiser mode into the kiosk: screens, buttons, and the guard on closing the window."""

    def __init__(self, kiosk: KioskController) -> None:
        super().__init__(kiosk)
        self.setObjectName("organiserController")
        self.kiosk = kiosk
        nav, context, window = kiosk.nav, kiosk.context, kiosk.window
        self.view = OrganiserView()
        self.pin_view = PinView()
        self.pin = PinController(self.pin_view, lambda: context.settings.pin_hash, self)
        self.arrivals, self.slots = ArrivalsModel(), SlotsModel()
        self.dashboard_view = DashboardView(self.arrivals, self.slots)
        self.dashboard = DashboardController(context, self.dashboard_view, self.arrivals, self.slots, self)
        self.documents_view = DocumentsView()
        self.documents = DocumentsController(context, self.documents_view, self)
        self.documents.drawing.bug.connect(kiosk.show_trouble)
        self.preview_view = PreviewView()
        self.preview = PreviewController(self.preview_view, self)
        self.preview.printer_name = lambda: context.settings.printer
        self.settings_view = SettingsView()
        self.settings = SettingsController(context, self.settings_view, self)
        nav.add("pin", self.pin_view, self.pin.open)
        nav.add("organiser", self.view)
        nav.add("dashboard", self.dashboard_view, self.dashboard.open)
        nav.add("documents", self.documents_view, self.documents.open)
        nav.add("preview", self.preview_view, self._preview)
        nav.add("settings", self.settings_view, self.settings.open)
        self.imports = install_imports(kiosk, self.view.imports)
        kiosk.home_view.organiser.clicked.connect(lambda: nav.go("pin"))
        self.pin.accepted.connect(lambda: nav.go("organiser"))
        self.pin.cancelled.connect(nav.home)
        self.view.dashboard.clicked.connect(lambda: nav.go("dashboard"))
        self.view.documents.clicked.connect(lambda: nav.go("documents"))
        self.view.settings.clicked.connect(lambda: nav.go("settings"))
        self.view.home.clicked.connect(nav.home)
        self.view.quit.clicked.connect(self.quit_kiosk)
        for back in (self.dashboard_view.back, self.documents_view.back, self.settings_view.back):
            back.clicked.connect(lambda: nav.go("organiser"))
        self.preview_view.back.clicked.connect(lambda: nav.go("documents"))
        self.documents.ready.connect(self._document_ready)
        for source in (self.documents.failed, self.preview.failed):
            source.connect(self._tell)
        self.settings.language_chosen.connect(self._use_language)
        window.stack.currentChanged.connect(self._screen_changed)
        window.installEventFilter(self)

    def _document_ready(self, document: Document) -> None:
        """Into the preview only while organiser mode is still open on the documents: once the kiosk has gone
        home by itself, a finished batch must not reopen organiser screens without the PIN (the documents
        screen's status line keeps the file's path)."""
        if self.kiosk.window.current_screen() == "documents":
            self.kiosk.nav.go("preview", document)

    def _preview(self, payload: object) -> None:
        if isinstance(payload, Document):
            self.preview.show(payload)

    def _tell(self, error: object) -> None:
        if isinstance(error, KioskError):
            self.kiosk.nav.tell(error)

    def _use_language(self, lang: str) -> None:
        if lang != self.kiosk.context.translations.language:
            self.kiosk.switch_language()
        self.kiosk._update_status()  # the station name may have changed too

    def _screen_changed(self, _index: int) -> None:
        if self.kiosk.window.current_view() is not self.dashboard_view:
            self.dashboard.stop()

    def quit_kiosk(self) -> None:
        """Only reachable after the PIN: let the window close."""
        self.kiosk.window.allow_close = True
        self.kiosk.window.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """While locked, closing the window or leaving full screen asks for the PIN instead."""
        window = self.kiosk.window
        if watched is window and not window.allow_close:
            if event.type() == QEvent.Type.Close:
                self.kiosk.nav.go("pin")
            elif event.type() == QEvent.Type.WindowStateChange and not window.isFullScreen() \
                    and event.oldState() & Qt.WindowState.WindowFullScreen:  # type: ignore[attr-defined]
                window.showFullScreen()
                self.kiosk.nav.go("pin")
        return False


def install(kiosk: KioskController) -> None:
    OrganiserController(kiosk)
