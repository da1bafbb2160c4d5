"""Badges for a whole event: chunks of full pages rendered in worker processes, merged into one PDF.

Workers are started with "spawn" (safe beside threads and the GUI, and the same on Linux, macOS and Windows)
and register the fonts once each. Chunks hold whole pages, so the merged document fills every sheet but
the last. Small batches are rendered in this process: starting workers costs about a second.
"""

from __future__ import annotations

import io
import multiprocessing
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from kiosk.documents.badges import page_count, render_badges, resolve
from kiosk.documents.fonts import register_fonts
from kiosk.documents.layouts import Layout, check_layout
from kiosk.documents.output import check_writable, write_atomically
from kiosk.domain.badge_list import BadgeData

CHUNK_BADGES = 1_600
"""Badges per chunk: enough that each chunk's copy of the font subsets stays a small share of the file,
few enough that the workers finish together and the parent merges while they draw."""
_Job = tuple[Sequence[BadgeData], Layout, tuple[float, float], bool, str]


@dataclass(frozen=True)
class BadgeFile:
    """What `write_badges` wrote."""

    path: Path
    badges: int
    pages: int


def render_badges_parallel(badges: Sequence[BadgeData], layout: Layout | str = "a4-8", *,
                           offset: tuple[float, float] = (0.0, 0.0), cut_marks: bool = False,
                           lang: str = "fr", workers: int | None = None, chunk: int = CHUNK_BADGES) -> bytes:
    """The pages `render_badges` makes, drawn by `workers` processes (default: one per core), `chunk`
    badges at a time; fewer than two chunks are drawn in this process."""
    chosen = resolve(layout)
    check_layout(chosen, offset)
    workers = workers or os.cpu_count() or 1
    size = chunk_size(chosen, chunk)
    if workers < 2 or len(badges) < 2 * size:
        return render_badges(badges, chosen, offset=offset, cut_marks=cut_marks, lang=lang)
    jobs: list[_Job] = [(badges[start:start + size], chosen, offset, cut_marks, lang)
                        for start in range(0, len(badges), size)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(min(workers, len(jobs)), initializer=register_fonts) as pool:
        return merge_pdfs(pool.imap(_render_chunk, jobs))


def chunk_size(layout: Layout, badges: int = CHUNK_BADGES) -> int:
    """About `badges`, rounded down to whole pages (one page at least)."""
    return max(1, badges // layout.per_page) * layout.per_page


def _render_chunk(job: _Job) -> bytes:
    badges, layout, offset, cut_marks, lang = job
    return render_badges(badges, layout, offset=offset, cut_marks=cut_marks, lang=lang)


def merge_pdfs(parts: Iterable[bytes]) -> bytes:
    """One PDF with the pages of every part, in order (parts are taken as they arrive)."""
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)), import_outline=False)
    writer.add_metadata({"/Title": "Badges", "/Producer": "Kiosk"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def write_badges(path: Path, badges: Sequence[BadgeData], layout: Layout | str = "a4-8", *,
                 offset: tuple[float, float] = (0.0, 0.0), cut_marks: bool = False, lang: str = "fr",
                 workers: int | None = None, chunk: int = CHUNK_BADGES) -> BadgeFile:
    """Render (in parallel when it pays) and write the whole file or nothing."""
    chosen = resolve(layout)
    check_writable(path)
    pdf = render_badges_parallel(badges, chosen, offset=offset, cut_marks=cut_marks, lang=lang, workers=workers,
                                 chunk=chunk)
    return BadgeFile(write_atomically(path, pdf), len(badges), page_count(len(badges), chosen))
