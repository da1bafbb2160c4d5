"""What every screen's controller shares: its key, its view, the services, and one way to run slow work.

`run` is the pattern each screen needs around the task runner: the kiosk stays awake, the screen shows it
is busy, and when the work ends the answer (or the problem, told in one sentence) comes back on the GUI
thread. A controller wires its own view's buttons in its constructor and fills the view in `open`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from kiosk.domain.errors import KioskError, Msg
from kiosk.ui.context import KioskContext
from kiosk.ui.i18n import current_language
from kiosk.ui.navigator import Navigator
from kiosk.ui.printing import Document
from kiosk.ui.screens.keys import Screen
from kiosk.ui.views import View

P = TypeVar("P")
V = TypeVar("V", bound=View)
T = TypeVar("T")


class ScreenController(QObject, Generic[P, V]):
    """Behaviour of one screen; `P` is what it opens with, `V` its view (layout only)."""

    def __init__(self, key: Screen[P], view: V, context: KioskContext, nav: Navigator) -> None:
        super().__init__(view)
        self.setObjectName(f"{key.name}Controller")
        self.key, self.view, self.context, self.nav = key, view, context, nav
        self.busy = False

    def open(self, payload: P) -> None:
        """Fill the view for `payload` just before it shows."""

    def leave(self) -> None:
        """Another screen replaces this one (stop timers, forget what should not stay)."""

    def come_back(self) -> None:
        """Shown again as it was, after a scan's answer interrupted it (restart what `leave` stopped)."""

    def run(self, work: Callable[[], T], on_done: Callable[[T], None],
            on_error: Callable[[KioskError], None] | None = None, *, busy: bool = True) -> None:
        """`work` off the GUI thread, then `on_done(result)` on it; a KioskError goes to `on_error` (default:
        told in a dialog). With `busy` (work someone asked for and waits for), the screen shows it is busy
        meanwhile (`show_busy`) and the kiosk stays on it; without, it is a read in the background."""
        if busy:
            self.nav.keep_awake()
            self.set_busy(True)

        def done(result: T) -> None:
            if not shiboken6.isValid(self.view):
                return  # the window went while the work ran (the kiosk closing): nobody to answer
            if busy:
                self.set_busy(False)
            on_done(result)

        def failed(error: KioskError) -> None:
            if not shiboken6.isValid(self.view):
                return
            if busy:
                self.set_busy(False)
            (on_error or self.nav.tell)(error)

        self.context.tasks.run(work, done, failed)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.show_busy(busy)

    def show_busy(self, busy: bool) -> None:
        """Grey out what must not be pressed twice while `busy`."""

    def show_pdf(self, title: str, path: Path) -> None:
        """A PDF in the kiosk's own preview, where it prints on the station's printer; never in the system's
        viewer, a window outside the kiosk that a passer-by could use to leave it. Its Back comes back to this
        screen as it was left."""
        key = self.key
        self.nav.open(Screen.PREVIEW, Document(title, path, back=lambda: self.nav.back_to(key), at_desk=True))

    @staticmethod
    def say(message: KioskError | Msg) -> str:
        """A domain message in the language the kiosk speaks now."""
        return message.text(current_language())
