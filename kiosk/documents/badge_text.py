"""Fitting a name into its box on a badge: as large as the box allows, shrunk down to the element's minimum,
then wrapped to two lines at that minimum at most; a name that still does not fit loses its end to an
ellipsis. It is never printed below the minimum, and never leaves its box.

A fair prints thousands of badges with the same first names, schools and classes, so fits are cached.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics

from kiosk.documents.fonts import BOLD, REGULAR, register_fonts, text_width

RELATIVE_MIN = 0.5
"""A name is readable down to the element's minimum or half the size its box gives a short name, whichever is
larger: on a big badge a long name wraps to two large lines instead of shrinking to a whisper."""
LEADING = 1.15
ELLIPSIS = "…"
BREAKS = re.compile(r"(?<=[\s\-‐])")


Width = Callable[[str], float]
"""The width of a text at 1 pt (widths grow in proportion to the size)."""


@dataclass(frozen=True)
class Fit:
    """Font size in points, the lines to draw (top to bottom) and their widths in points at that size."""

    size: float
    lines: tuple[str, ...]
    widths: tuple[float, ...]

    @classmethod
    def of(cls, size: float, lines: tuple[str, ...], width_of: Width) -> Fit:
        return cls(size, lines, tuple(width_of(line) * size for line in lines))


@cache
def font_extent(bold: bool) -> tuple[float, float]:
    """Ascent and descent of the main font per point of size, for placing baselines."""
    register_fonts()
    face = pdfmetrics.getFont(BOLD if bold else REGULAR).face
    return face.ascent / 1000, -face.descent / 1000


def block_height(size: float, lines: int, bold: bool) -> float:
    ascent, descent = font_extent(bold)
    return (ascent + descent + (lines - 1) * LEADING) * size


def plain_width(text: str) -> float:
    """Width in the main regular font alone: for badge codes, ASCII by construction, which skip the
    per-character fallback lookup (each code is new, so nothing would be cached)."""
    return float(pdfmetrics.stringWidth(text, REGULAR, 1.0))


@lru_cache(maxsize=100_000)
def fit_text(text: str, width: float, height: float, bold: bool, min_size: float, max_size: float) -> Fit:
    """The largest size at which `text` fits `width` × `height` points, on one line or, failing that, two."""
    def width_of(piece: str) -> float:
        return text_width(piece, 1.0, bold)
    return fit(text, (width, height), bold, (min_size, max_size), width_of, split_in_two)


def fit(text: str, box: tuple[float, float], bold: bool, limits: tuple[float, float], width_of: Width,
        split: Callable[[str, Width], tuple[str, ...]]) -> Fit:
    """`fit_text` uncached, with the given ways of measuring text and of cutting it in two."""
    if not text:
        return Fit(0.0, (), ())
    (width, height), (min_size, max_size) = box, limits
    one = _size_for((text,), box, bold, max_size, width_of)
    if one >= max(min_size, RELATIVE_MIN * min(max_size, height / block_height(1.0, 1, bold))):
        return Fit.of(one, (text,), width_of)
    two_lines = split(text, width_of)
    two = _size_for(two_lines, box, bold, max_size, width_of)
    if max(one, two) >= min_size:
        return Fit.of(one, (text,), width_of) if one >= two else Fit.of(two, two_lines, width_of)
    lines = 2 if block_height(min_size, 2, bold) <= height else 1
    size = min(min_size, height / block_height(1.0, lines, bold))  # below the minimum only in a box too low
    return Fit.of(size, _filled(text, width / size, lines, width_of), width_of)


def _filled(text: str, room: float, lines: int, width_of: Width) -> tuple[str, ...]:
    """As many words as fit on each line in turn (`room` is a width at 1 pt), the last line cut short with "…"."""
    words = [piece for piece in BREAKS.split(text) if piece]
    out: list[str] = []
    while words and len(out) < lines - 1:
        if width_of(words[0].rstrip()) > room:  # one word wider than the line (unspaced CJK): cut by characters
            cut = max(1, max((n for n in range(1, len(words[0])) if width_of(words[0][:n]) <= room), default=1))
            words[:1] = [words[0][:cut], words[0][cut:]]
        taken = 1
        while taken < len(words) and width_of("".join(words[:taken + 1]).rstrip()) <= room:
            taken += 1
        out.append("".join(words[:taken]).rstrip())
        words = words[taken:]
    if words:
        out.append("".join(words).strip())
    return tuple(ellipsized(line, room, width_of) for line in out)


def _size_for(lines: tuple[str, ...], box: tuple[float, float], bold: bool, max_size: float,
              width_of: Width) -> float:
    widest = max(width_of(line) for line in lines)
    by_height = box[1] / block_height(1.0, len(lines), bold)
    return min(max_size, by_height, box[0] / widest if widest else max_size)


def split_in_two(text: str, width_of: Width) -> tuple[str, ...]:
    """The break (after a space or hyphen) that makes the wider line narrowest; mid-text when there is none."""
    return _cut_at(text, lambda cut: max(width_of(text[:cut].rstrip()), width_of(text[cut:])))


def split_near_middle(text: str, _width_of: Width) -> tuple[str, ...]:
    """The break nearest the middle by characters: for codes, whose characters are alike and never repeat
    (measuring every candidate break would cost more than drawing the code)."""
    return _cut_at(text, lambda cut: abs(len(text) - 2 * cut))


def _cut_at(text: str, badness: Callable[[int], float]) -> tuple[str, ...]:
    if len(text) < 2:
        return (text,)
    cuts = [match.start() for match in BREAKS.finditer(text) if 0 < match.start() < len(text)] or [len(text) // 2]
    best = min(cuts, key=badness)
    return text[:best].rstrip(), text[best:].lstrip()


def ellipsized(line: str, room: float, width_of: Width) -> str:
    """`line` cut short with "…" to fit `room` (a width at 1 pt), if need be."""
    if width_of(line) <= room:
        return line
    while line and width_of(line + ELLIPSIS) > room:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS
