"""Badges: 10,000 on A4 8-up on one core against ReportLab's QrCodeWidget (the way pretix and indico draw QR
codes) in the same run; bytes per badge; a class of 30; the whole 40,500-person fair on every core.

    .venv/bin/python benchmarks/bench_badges.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from common import FIRST_DAY, describe, fair_database, report, time_each
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from kiosk.documents.badge_batch import write_badges
from kiosk.documents.badge_canvas import BadgeCanvas
from kiosk.documents.badges import BadgeDrawer, Rect, draw_pages, render_badges
from kiosk.documents.fonts import register_fonts
from kiosk.documents.layouts import Element, get_layout
from kiosk.documents.output import write_atomically
from kiosk.domain.badge_list import BadgeData, badges_for
from kiosk.domain.directory import list_groups

BADGES = 10_000
COMPARED = 1_000  # badges per side in the comparison, in alternating blocks so that noise hits both alike
BLOCK = 200
CLASS_RUNS = 20
EVENT_GROUPS, EVENT_VISITORS = 1_450, 2_000  # about 40,500 people, the size of the reference fair
LAYOUT = get_layout("a4-8")


class WidgetDrawer(BadgeDrawer):
    """The same badges with the QR code drawn by a QrCodeWidget in a Drawing, as pretix and indico do."""

    def draw_qr(self, element: Element, rect: Rect, badge: BadgeData) -> None:
        x, y, width, height = rect
        side = min(width, height)
        widget = QrCodeWidget(badge.code, barLevel="Q", barWidth=side, barHeight=side, barBorder=4)
        drawing = Drawing(side, side)
        drawing.add(widget)
        renderPDF.draw(drawing, self.canvas, x + (width - side) / 2, y + (height - side) / 2)


def widget_pdf(badges: Sequence[BadgeData]) -> bytes:
    with tempfile.SpooledTemporaryFile() as buffer:
        canvas = BadgeCanvas(buffer, LAYOUT, title="Badges", lang="fr")
        draw_pages(WidgetDrawer(canvas, LAYOUT, "fr"), badges)
        canvas.save()
        buffer.seek(0)
        return buffer.read()


def per_badge(seconds: float, count: int) -> str:
    return f"{seconds:.2f} s, {seconds / count * 1000:.3f} ms per badge"


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def one_core(folder: Path) -> None:
    db, _ = fair_database()
    started = time.perf_counter()
    day = badges_for(db, day=FIRST_DAY)
    query = time.perf_counter() - started
    read, badges = query / len(day), day[:BADGES]
    report(f"badges_for(day): {per_badge(query, len(day))} (one query, sorted)")
    register_fonts()
    pdf = b""

    def ours() -> None:
        nonlocal pdf
        pdf = render_badges(badges, LAYOUT, lang="fr")
        write_atomically(folder / "badges.pdf", pdf)

    drawn = timed(ours)
    report(f"{BADGES} badges A4 8-up, one core, render + write: {per_badge(drawn, BADGES)}; end to end with the "
           f"query {(drawn / BADGES + read) * 1000:.3f} ms per badge; {len(pdf) / BADGES:.0f} bytes per badge")
    compare(badges[:COMPARED])
    db.close()


def compare(badges: Sequence[BadgeData]) -> None:
    ours: list[float] = []
    widget: list[float] = []
    for start in range(0, len(badges), BLOCK):
        block = badges[start:start + BLOCK]
        ours.append(timed(partial(render_badges, block, LAYOUT, lang="fr")) / len(block))
        widget.append(timed(partial(widget_pdf, block)) / len(block))
    size = len(widget_pdf(badges[:BLOCK])) / BLOCK
    report(f"same badges, draw_qr: {statistics.median(ours) * 1000:.3f} ms per badge; QrCodeWidget: "
           f"{statistics.median(widget) * 1000:.3f} ms per badge, {size:.0f} bytes per badge")
    report(f"QrCodeWidget / draw_qr (median of {len(ours)} blocks of {BLOCK}): "
           f"{statistics.median(widget) / statistics.median(ours):.1f}x")


def a_class(folder: Path) -> None:
    """The largest class of the first day, as an organiser reprints it: query, render, write."""
    db, _ = fair_database()
    group = max(list_groups(db, FIRST_DAY), key=lambda g: g.registered)
    samples = time_each(range(CLASS_RUNS), lambda _run: write_badges(
        folder / "class.pdf", badges_for(db, group_id=group.id), LAYOUT))
    report(f"one class ({group.registered} badges): query + render + write, {describe(samples)}")
    db.close()


def whole_event(folder: Path) -> None:
    db, _ = fair_database(groups=EVENT_GROUPS, visitors=EVENT_VISITORS)
    workers = os.cpu_count() or 1
    started = time.perf_counter()
    badges = badges_for(db, everyone=True)
    written = write_badges(folder / "event.pdf", badges, LAYOUT, workers=workers)
    elapsed = time.perf_counter() - started
    size = written.path.stat().st_size
    report(f"whole event, {written.badges} badges on {written.pages} pages, {workers} processes: {elapsed:.1f} s "
           f"end to end (query, render, merge, write); {size / written.badges:.0f} bytes per badge, "
           f"{size / 1e6:.1f} MB")
    db.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        one_core(Path(folder))
        a_class(Path(folder))
        whole_event(Path(folder))


if __name__ == "__main__":
    main()
