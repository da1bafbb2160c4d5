"""What screens may ask of the kiosk: open another screen, go home, tell the user about a problem, stay awake.

Screens are opened by typed key (`open(Screen.ROSTER, group)`); the controller registered for the key fills
its view with what it was given, the window shows it, and the screen that was showing is told it left.
After a minute without any input the kiosk goes home by itself (see idle.py).
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar, overload

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kiosk.domain.errors import KioskError
from kiosk.ui.i18n import current_language
from kiosk.ui.idle import IdleWatch
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.keys import Screen

IDLE_MS = 60_000
P = TypeVar("P")
P_contra = TypeVar("P_contra", contravariant=True)


class Opens(Protocol[P_contra]):
    """A screen's controller as the navigator sees it."""

    @property
    def view(self) -> QWidget: ...

    def open(self, payload: P_contra) -> None: ...

    def leave(self) -> None: ...


class Navigator(QObject):
    opened = Signal(object)  # the Screen key now showing

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controllers: dict[Screen[Any], Opens[Any]] = {}
        self.idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self.idle.timeout.connect(self.home)
        self.idle_watch = IdleWatch(self.idle, self)

    def register(self, key: Screen[P], controller: Opens[P]) -> None:
        self.controllers[key] = controller
        self.window.add_screen(key.name, controller.view)

    @overload
    def open(self, key: Screen[None]) -> None: ...

    @overload
    def open(self, key: Screen[P], payload: P) -> None: ...

    def open(self, key: Screen[Any], payload: Any = None) -> None:
        self.controllers[key].open(payload)
        self._show(key)
        self.keep_awake()

    def back_to(self, key: Screen[Any]) -> None:
        """Show again a screen as it was left (after the file chooser it sent the user to), not opened anew."""
        self._show(key)
        self.keep_awake()

    def home(self) -> None:
        self.open(Screen.HOME)
        self.idle.stop()

    def current(self) -> Screen[Any]:
        name = self.window.current_screen()
        return next(key for key in self.controllers if key.name == name)

    def keep_awake(self) -> None:
        """Someone is using the screen (or it is busy for them): the minute before going home starts again."""
        self.idle.start()

    def tell(self, error: KioskError) -> None:
        """A problem the user can fix: one sentence and a way on (the dialog's button)."""
        QMessageBox.warning(self.window, self.tr("Attention"), error.text(current_language()))

    def quit(self) -> None:
        """Only reachable behind the organiser PIN: let the window close."""
        self.window.allow_close = True
        self.window.close()

    def _show(self, key: Screen[Any]) -> None:
        if self.window.stack.count() and self.window.current_screen() != key.name:
            self.controllers[self.current()].leave()
        self.window.show_screen(key.name)
        self.opened.emit(key)
