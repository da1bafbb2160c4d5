"""Badges with a design's background: none, a one-page PDF, an SVG of 300 shapes, a PNG, and the PNG drawn
the way it was before (a new ImageReader per badge, which ReportLab decodes and hashes every time), in
interleaved rounds in the same run; medians per badge and bytes per badge. No database: the badges are
made here.

    .venv/bin/python benchmarks/bench_backgrounds.py
"""

from __future__ import annotations

import random
import secrets
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from common import FIRST_DAY, report
from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from kiosk.documents import badges
from kiosk.documents.badges import render_badges
from kiosk.documents.design import DEFAULT_DESIGN, BadgeDesign, design_from
from kiosk.domain.badge_list import BadgeData
from kiosk.domain.codes import CodeKind, new_code
from kiosk.domain.kinds import PersonKind

BADGES, ROUNDS = 800, 5
SIZE = (99.1 * mm, 67.7 * mm)  # an a4-8 label


def artwork(folder: Path) -> tuple[Path, Path, Path]:
    """A background as a PDF (a tint, a shape, a line of text), as an SVG of 300 circles and as a 1,170 × 800
    PNG."""
    pdf, png, svg = folder / "fond.pdf", folder / "fond.png", folder / "fond.svg"
    shapes = random.Random(1)
    circles = "".join(f'<circle cx="{shapes.randint(0, 400)}" cy="{shapes.randint(0, 270)}" '
                      f'r="{shapes.randint(3, 30)}" fill="#{shapes.randint(0, 0xFFFFFF):06X}"/>' for _ in range(300))
    svg.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="400" height="270">{circles}</svg>', "utf-8")
    canvas = Canvas(str(pdf), pagesize=SIZE)
    canvas.setFillColorRGB(0.75, 0.85, 1)
    canvas.rect(0, 0, *SIZE, fill=1, stroke=0)
    canvas.setFillColorRGB(0.15, 0.25, 0.6)
    canvas.circle(0, 0, 20 * mm, fill=1, stroke=0)
    canvas.drawString(SIZE[0] / 2, 8, "Salon des métiers 2026")
    canvas.save()
    Image.new("RGB", (1170, 800), (190, 215, 255)).save(png)
    return pdf, png, svg


@contextmanager
def drawn_as_before() -> Iterator[None]:
    """Backgrounds drawn from a new ImageReader each time, as before the file name was given to ReportLab."""
    def old_draw(canvas: Canvas, path: Path, rect: tuple[float, float, float, float], *, fill: bool = False) -> None:
        canvas.drawImage(ImageReader(str(path)), *rect, preserveAspectRatio=not fill, anchor="c", mask="auto")

    kept = badges.draw_picture
    badges.draw_picture = old_draw
    try:
        yield
    finally:
        badges.draw_picture = kept


def one_round(people: list[BadgeData], designs: dict[str, BadgeDesign]) -> dict[str, tuple[float, int]]:
    out = {}
    for name, design in designs.items():
        with drawn_as_before() if name == "PNG, as before" else nullcontext():
            started = time.perf_counter()
            pdf = render_badges(people, "a4-8", design=design)
            out[name] = (time.perf_counter() - started, len(pdf))
    return out


def main() -> None:
    secret = secrets.token_bytes(32)
    people = [BadgeData("Zoé", f"Lefèvre {i}", "Collège Jean-Moulin", "4e B", PersonKind.PUPIL, None,
                        new_code(CodeKind.BADGE, secret), "Salon des métiers", (FIRST_DAY,))
              for i in range(BADGES)]
    with tempfile.TemporaryDirectory() as folder:
        pdf, png, svg = artwork(Path(folder))
        designs = {"no background": DEFAULT_DESIGN, "PDF background": design_from({"background": pdf.name}, pdf.parent),
                   "SVG background": design_from({"background": svg.name}, svg.parent),
                   "PNG background": design_from({"background": png.name}, png.parent),
                   "PNG, as before": design_from({"background": png.name}, png.parent)}
        rounds = [one_round(people, designs) for _ in range(ROUNDS)]
    base = statistics.median(r["no background"][0] for r in rounds)
    for name in designs:
        seconds = statistics.median(r[name][0] for r in rounds)
        report(f"{name}: {seconds / BADGES * 1000:.2f} ms per badge ({seconds / base:.2f}× no background), "
               f"{rounds[-1][name][1] // BADGES} bytes per badge")


if __name__ == "__main__":
    main()
