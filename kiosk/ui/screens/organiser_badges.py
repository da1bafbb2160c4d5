"""A badge batch drawn a few pages at a time on the task runner, so it shows progress and can be cancelled.

Each chunk is one task; between chunks the GUI thread looks at the cancel flag. When every chunk is drawn,
the parts are merged and the file written whole (never a half batch on disk).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.documents.badge_batch import chunk_size, merge_pdfs
from kiosk.documents.badge_design import check_design
from kiosk.documents.badges import render_badges, resolve
from kiosk.documents.design import DEFAULT_DESIGN, BadgeDesign
from kiosk.documents.layouts import check_layout
from kiosk.documents.output import check_writable, write_atomically
from kiosk.domain.badge_list import BadgeData
from kiosk.domain.errors import KioskError
from kiosk.ui.tasks import TaskRunner

CHUNK_BADGES = 80  # ten A4 sheets of eight: a second or so of drawing between two looks at the cancel flag


class BadgeBatch(QObject):
    """One run: `progress` (0–100) after each chunk, then `finished(path)`, `cancelled()` or `failed(error)`."""

    progress = Signal(int)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, tasks: TaskRunner, badges: Sequence[BadgeData], path: Path, layout: str,
                 offset: tuple[float, float], lang: str, chunk: int = CHUNK_BADGES,
                 design: BadgeDesign = DEFAULT_DESIGN, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.badges, self.path, self.offset, self.lang = tasks, list(badges), path, offset, lang
        self.design = design
        self.layout = resolve(layout)
        self.size = chunk_size(self.layout, chunk)
        self.parts: list[bytes] = []
        self.done = 0
        self.cancel_requested = False
        self.running = False

    def start(self) -> None:
        if not self.badges:
            raise KioskError("Aucun badge à imprimer pour ce choix.", "No badge to print for this choice.")
        check_layout(self.layout, self.offset)
        check_design(self.design, self.layout)
        check_writable(self.path)
        self.running = True
        self.progress.emit(0)
        self._next()

    def cancel(self) -> None:
        self.cancel_requested = True

    def _next(self) -> None:
        if self.cancel_requested:
            self.running = False
            self.cancelled.emit()
            return
        if self.done >= len(self.badges):
            parts, path = self.parts, self.path
            self.tasks.run(lambda: write_atomically(path, merge_pdfs(parts)), self._written, self._failed)
            return
        chunk = self.badges[self.done:self.done + self.size]
        layout, offset, lang, design = self.layout, self.offset, self.lang, self.design
        self.tasks.run(lambda: render_badges(chunk, layout, offset=offset, lang=lang, design=design), self._drawn,
                       self._failed)

    def _drawn(self, part: bytes) -> None:
        self.parts.append(part)
        self.done = min(len(self.badges), self.done + self.size)
        self.progress.emit(round(100 * self.done / len(self.badges)))
        self._next()

    def _written(self, path: Path) -> None:
        self.running = False
        self.finished.emit(path)

    def _failed(self, error: KioskError) -> None:
        self.running = False
        self.failed.emit(error)
