"""Going home when nobody is there: the kiosk leaves any screen after a minute without a touch or a key.

Any input anywhere (a tap, a key, a letter from the on-screen keyboard, a scroll) counts, so someone filling
in a long form or reading the settings is never sent home under their fingers; screens need not remember
to say they are in use.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
                          QEvent.Type.InputMethod, QEvent.Type.Wheel})


class IdleWatch(QObject):
    """Restarts `timer` (when it runs) at every input the application receives."""

    def __init__(self, timer: QTimer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleWatch")
        self.timer = timer
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # removed by Qt when this object goes

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False
