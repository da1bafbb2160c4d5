"""Badges for a whole event: chunks of full pages rendered in worker processes, merged into one PDF as they
come, straight into the file (memory holds a chunk per worker, never the whole document).

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
from typing import IO

from kiosk.documents.badge_design import check_design
from kiosk.documents.badges import page_count, render_badges, resolve
from kiosk.documents.design import DEFAULT_DESIGN, BadgeDesign
from kiosk.documents.fonts import register_fonts
from kiosk.documents.layouts import Layout, check_layout
from kiosk.documents.output import atomic_stream
from kiosk.documents.pdf_concat import PdfConcatenation
from kiosk.domain.badge_list import BadgeData

CHUNK_BADGES = 1_600
"""Badges per chunk: enough that each chunk's copy of the font subsets stays a small share of the file,
few enough that the workers finish together and the parent merges while they draw."""
_Job = tuple[Sequence[BadgeData], Layout, tuple[float, float], bool, str, BadgeDesign]


@dataclass(frozen=True)
class BadgeFile:
    """What `write_badges` wrote."""

    path: Path
    badges: int
    pages: int


def render_badges_parallel(badges: Sequence[BadgeData], layout: Layout | str = "a4-8", *,
                           offset: tuple[float, float] = (0.0, 0.0), cut_marks: bool = False,
                           lang: str = "fr", workers: int | None = None, chunk: int = CHUNK_BADGES,
                           design: BadgeDesign = DEFAULT_DESIGN) -> bytes:
    """The pages `render_badges` makes, drawn by `workers` processes (default: one per core), `chunk`
    badges at a time; fewer than two chunks are drawn in this process."""
    buffer = io.BytesIO()
    _render_into(buffer, badges, resolve(layout), offset=offset, cut_marks=cut_marks, lang=lang,
                 workers=workers, chunk=chunk, design=design)
    return buffer.getvalue()


def _render_into(stream: IO[bytes], badges: Sequence[BadgeData], layout: Layout, *, offset: tuple[float, float],
                 cut_marks: bool, lang: str, workers: int | None, chunk: int, design: BadgeDesign) -> None:
    """The badges' PDF written to `stream` chunk after chunk: memory holds one chunk per worker, never the file."""
    check_layout(layout, offset)
    check_design(design, layout)
    workers = workers or os.cpu_count() or 1
    size = chunk_size(layout, chunk)
    if len(badges) < 2 * size:
        stream.write(render_badges(badges, layout, offset=offset, cut_marks=cut_marks, lang=lang, design=design))
        return
    jobs: list[_Job] = [(badges[start:start + size], layout, offset, cut_marks, lang, design)
                        for start in range(0, len(badges), size)]
    if workers < 2:
        merge_into(stream, map(_render_chunk, jobs))
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(min(workers, len(jobs)), initializer=register_fonts) as pool:
        merge_into(stream, pool.imap(_render_chunk, jobs))


def chunk_size(layout: Layout, badges: int = CHUNK_BADGES) -> int:
    """About `badges`, rounded down to whole pages (one page at least)."""
    return max(1, badges // layout.per_page) * layout.per_page


def _render_chunk(job: _Job) -> bytes:
    badges, layout, offset, cut_marks, lang, design = job
    return render_badges(badges, layout, offset=offset, cut_marks=cut_marks, lang=lang, design=design)


def merge_into(stream: IO[bytes], parts: Iterable[bytes]) -> None:
    """One PDF with the pages of every part, in order, written as the parts arrive (see pdf_concat)."""
    joined = PdfConcatenation(stream, title="Badges")
    for part in parts:
        joined.add(part)
    joined.finish()


def merge_pdfs(parts: Iterable[bytes]) -> bytes:
    """`merge_into` a buffer."""
    buffer = io.BytesIO()
    merge_into(buffer, parts)
    return buffer.getvalue()


def write_badges(path: Path, badges: Sequence[BadgeData], layout: Layout | str = "a4-8", *,
                 offset: tuple[float, float] = (0.0, 0.0), cut_marks: bool = False, lang: str = "fr",
                 workers: int | None = None, chunk: int = CHUNK_BADGES,
                 design: BadgeDesign = DEFAULT_DESIGN) -> BadgeFile:
    """Render (in parallel when it pays) straight into a file beside `path`, renamed once whole."""
    chosen = resolve(layout)
    with atomic_stream(path) as stream:
        _render_into(stream, badges, chosen, offset=offset, cut_marks=cut_marks, lang=lang,
                     workers=workers, chunk=chunk, design=design)
    pages = page_count(len(badges), chosen) * (2 if design.back else 1)
    return BadgeFile(path.expanduser(), len(badges), pages)
