"""The frame around each screen: the screen fills the room it is given, and scrolls only when that room is
smaller than the screen's minimum size (the on-screen keyboard is up, or a small display).

A plain resizable QScrollArea would give screens with word-wrapped labels their preferred height (taller
than the window), pushing their bottom buttons out of sight; this frame gives them the window's height.

The frame also makes every list, table, scroll area and PDF view of its screen scroll by swiping, and every
drop-down list open with tall rows (one place for all screens, so that none is forgotten), and itself swipes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from kiosk.ui.views import fit_for_touch, swipeable


class ScreenFrame(QScrollArea):
    def __init__(self, view: QWidget, name: str) -> None:
        super().__init__()
        self.view = view
        self.setObjectName(f"{name}Frame")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(False)
        self.setWidget(view)
        view.installEventFilter(self)
        fit_for_touch(view)
        swipeable(self)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False

    def fit(self) -> None:
        """The whole room when the screen fits in it; else its minimum height, with a scroll bar."""
        view, room = self.view, self.maximumViewportSize()
        needed = view.minimumSizeHint().height()
        if needed <= room.height():
            view.resize(room)
        else:
            view.resize(room.width() - self.verticalScrollBar().sizeHint().width(), needed)
