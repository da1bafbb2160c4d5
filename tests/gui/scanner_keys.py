"""A USB barcode scanner as the window sees it: the code's keys then Enter, stamped a few milliseconds apart.

The stamps are what a real scanner's keys carry from the window system; the kiosk tells a scan from typing by
them, so a test machine too busy to send the keys at once still scans (QTest's keys carry no stamp).
"""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

KEY_GAP_MS = 5  # a scanner's pace; people need 80 ms and more
_STAMPS = itertools.count(1_000_000, KEY_GAP_MS)  # the window system's clock, in ms


def scan(window: QWidget, text: str, *, read_late: float = 0.0) -> None:
    """Type `text` and Enter at a scanner's pace into the focused widget (or the window); `read_late`: the
    window, busy, reads each key that many seconds after the one before (its event loop not running)."""
    for char in text:
        _press(window, Qt.Key(ord(char.upper())) if char.isalnum() else Qt.Key.Key_unknown, char)
        time.sleep(read_late)
    _press(window, Qt.Key.Key_Return, "\r")


def _press(window: QWidget, key: Qt.Key, text: str) -> None:
    stamp = next(_STAMPS)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(stamp)
        QApplication.sendEvent(QApplication.focusWidget() or window, event)
