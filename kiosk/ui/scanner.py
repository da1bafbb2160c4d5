"""The USB barcode scanner: a keyboard that types a whole code and Enter in a few milliseconds.

An application-wide event filter holds each key press for a moment. Keys that keep coming faster than
any person types, ending with Enter, are a scan: they are taken away from whatever has focus and
reported once through `scanned` (the pace is read from the keys' stamps, not from when the window reads
them). Anything slower is a person typing: the held keys are given back to the widget they were meant for, in
order, so typing in a field still works.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

SCANNER_GAP = 0.035  # seconds between two keys of a scanner; people need 80 ms and more
MIN_LENGTH = 6
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def key_time(event: QKeyEvent) -> float:
    """When the key was pressed, in seconds: the window system's stamp, so that a window busy for a moment
    (drawing a badge) reads a scanner's keys late but still at the scanner's pace; now, for keys without one."""
    return event.timestamp() / 1000 if event.timestamp() else time.monotonic()


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, gap: float = SCANNER_GAP) -> None:
        super().__init__(parent)
        self.gap = gap
        self._held: list[tuple[QWidget | None, QKeyEvent]] = []
        self._last = 0.0
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._give_back)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched is not QApplication.focusWidget() and QApplication.focusWidget() is not None:
            return False  # the same key travels up the parents: look at it once
        assert isinstance(event, QKeyEvent)
        now = key_time(event)
        if self._held and not 0 <= now - self._last <= self.gap:  # a pause, or another clock
            self._give_back()
        self._last = now
        if event.key() in ENTER_KEYS and self._held:
            return self._enter(watched, event)
        if not event.text() or not event.text().isprintable():
            return False
        self._held.append((watched, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())))
        self._flush_timer.start(int(self.gap * 1000) + 5)
        return True

    def _enter(self, watched: QWidget, event: QKeyEvent) -> bool:
        text = "".join(held.text() for _, held in self._held)
        if len(text) < MIN_LENGTH:
            self._give_back()
            return False
        self._held.clear()
        self._flush_timer.stop()
        self.scanned.emit(text)
        return True

    def _give_back(self) -> None:
        """A person was typing: deliver the held keys to their widgets, as if nothing had happened."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for widget, event in held:
                if widget is not None:
                    QCoreApplication.sendEvent(widget, event)
        finally:
            self._replaying = False
