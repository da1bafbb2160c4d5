"""The application icon in the freedesktop hicolor theme: the SVG as it is, and PNG sizes rendered from it with Qt's
SVG renderer (build time only, with the build venv's PySide6), for menus and launchers that take no SVG."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def install_icons(svg: Path, share: Path, name: str = "kiosk") -> list[Path]:
    """`share`/icons/hicolor/scalable/apps/`name`.svg and one PNG per size; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    hicolor = share / "icons" / "hicolor"
    scalable = hicolor / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written = [scalable]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not a valid SVG file; fix it, then build again.")
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = hicolor / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"icons: could not write {target}.")
        written.append(target)
    return written
