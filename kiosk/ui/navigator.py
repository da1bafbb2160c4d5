"""What screens may ask of the kiosk: open another screen, go home, tell the user about a problem, stay awake.

Screens are opened by typed key (`open(Screen.ROSTER, group)`); the controller registered for the key fills
its view with what it was given, the window shows it, and the screen that was showing is told it left.
Every opening goes through the access rules (access.py): a screen the current user may not see brings up
the PIN pad first, and opens once the right PIN is given. After a minute without any input the kiosk locks
and goes home by itself (see idle.py).

A scan's answer `interrupt`s whatever is showing; `resume` then brings that screen back as it was — a half
filled form, a search in progress — instead of opening it afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar, overload

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kiosk.domain.errors import KioskError
from kiosk.ui.access import after_home, required
from kiosk.ui.context import StationSettings
from kiosk.ui.i18n import current_language
from kiosk.ui.idle import IdleWatch
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.keys import Access, PinRequest, Screen

IDLE_MS = 60_000
P = TypeVar("P")
P_contra = TypeVar("P_contra", contravariant=True)


class Opens(Protocol[P_contra]):
    """A screen's controller as the navigator sees it."""

    @property
    def view(self) -> QWidget: ...

    def open(self, payload: P_contra) -> None: ...

    def leave(self) -> None: ...

    def come_back(self) -> None: ...


class Navigator(QObject):
    opened = Signal(object)  # the Screen key now showing
    access_changed = Signal(object)  # the Access level now open

    def __init__(self, window: MainWindow, settings: StationSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.controllers: dict[Screen[Any], Opens[Any]] = {}
        self.level = Access.PUBLIC
        self.paused: tuple[Screen[Any], QWidget | None] | None = None  # what a scan's answer interrupted
        self.idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self.idle.timeout.connect(self.lock)
        self.idle_watch = IdleWatch(self.idle, self)

    def register(self, key: Screen[P], controller: Opens[P]) -> None:
        self.controllers[key] = controller
        self.window.add_screen(key.name, controller.view)

    @overload
    def open(self, key: Screen[None]) -> None: ...

    @overload
    def open(self, key: Screen[P], payload: P) -> None: ...

    def open(self, key: Screen[Any], payload: Any = None) -> None:
        need = required(key, self.settings)
        if need > self.level:
            self.with_access(need, lambda: self.open(key, payload))
            return
        self.paused = None
        self.controllers[key].open(payload)
        self._show(key)
        self.keep_awake()

    def interrupt(self, key: Screen[P], payload: P) -> None:
        """Show a scan's answer over the current screen, which `resume` brings back untouched."""
        if required(key, self.settings) > self.level:
            self.open(key, payload)
            return
        if self.paused is None:
            self.paused = (self.current(), QApplication.focusWidget())
        self.controllers[key].open(payload)
        self._show(key)

    def resume(self) -> None:
        """Back to the screen a scan interrupted, as it was (or home when there is none)."""
        if self.paused is None:
            self.home()
            return
        (key, focus), self.paused = self.paused, None
        self._show(key)
        self.controllers[key].come_back()
        if focus is not None and focus.isVisible():
            focus.setFocus()

    def back_to(self, key: Screen[Any]) -> None:
        """Show again a screen as it was left (after the file chooser it sent the user to), not opened anew."""
        self._show(key)
        self.keep_awake()

    def home(self) -> None:
        """Home: organiser mode closes (its PIN is asked again); a reception desk stays open until idle."""
        self._set_level(after_home(self.level, self.settings))
        self.open(Screen.HOME)
        self.idle.stop()

    def lock(self) -> None:
        """Nobody has touched the kiosk for a while: every PIN is asked again, from home."""
        self._set_level(Access.PUBLIC)
        self.home()

    def with_access(self, level: Access, action: Callable[[], None]) -> None:
        """`action` now if the kiosk is open at `level`, else once the PIN for it is given."""
        if self.level >= level:
            action()
        else:
            self.open(Screen.PIN, PinRequest(level, action))

    def unlock(self, level: Access) -> None:
        self._set_level(max(self.level, level))

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

    def _set_level(self, level: Access) -> None:
        if level != self.level:
            self.level = level
            self.access_changed.emit(level)

    def _show(self, key: Screen[Any]) -> None:
        if self.window.stack.count() and self.window.current_screen() != key.name:
            self.controllers[self.current()].leave()
        self.window.show_screen(key.name)
        self.opened.emit(key)
