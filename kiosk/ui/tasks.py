"""Slow work off the GUI thread, answers back on it (the idea of Anki's QueryOp and Picard's run_task).

A task is a plain function returning a T; when it ends, `on_done` gets that T on the GUI thread, or
`on_error` gets the KioskError (a sentence for the user). Anything else is a bug: logged with its
traceback, and the window shows the calm "please call a member of staff" screen through `bug`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from kiosk.crash import log_crash
from kiosk.domain.errors import KioskError

T = TypeVar("T")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the GUI thread, which knows what to show
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    """Runs work on a thread pool; one thread by default so database writes keep their order."""

    bug = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, threads: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], T], on_done: Callable[[T], None],
            on_error: Callable[[KioskError], None]) -> None:
        relay = _Relay()
        self._relays.add(relay)

        @Slot(object)
        def finished(result: T) -> None:
            self._forget(relay)
            on_done(result)

        @Slot(object)
        def failed(error: BaseException) -> None:
            self._forget(relay)
            if isinstance(error, KioskError):
                on_error(error)
            else:
                self.bug.emit(str(log_crash("kiosk", error)))

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self.busy_changed.emit(True)
        self.pool.start(_Task(work, relay))

    def _forget(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        if not self._relays:
            self.busy_changed.emit(False)

    def wait(self, milliseconds: int = 30_000) -> bool:
        """For tests and shutdown: let running tasks end."""
        return bool(self.pool.waitForDone(milliseconds))
