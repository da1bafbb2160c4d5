"""A big batch of badges cut into several files: one per class, one per day, or N badges each.

43,000 badges in one PDF is a file no print shop wants and no printer spools well; a file per class is
also what gets handed to each teacher. Pure data: the batch keeps its order, each part a file name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from kiosk.domain.badge_list import BadgeData
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.text import fold

BY_CLASS, BY_DAY = "class", "day"
VISITORS = Msg("visiteurs", "visitors")


def parse_split(text: str) -> str | int:
    """"class", "day" or a number of badges per file."""
    value = text.strip().lower()
    if value in (BY_CLASS, BY_DAY):
        return value
    if value.isdigit() and int(value) > 0:
        return int(value)
    raise KioskError(f"--split attend class, day ou un nombre de badges par fichier, pas « {text[:20]} ».",
                     f"--split takes class, day or a number of badges per file, not '{text[:20]}'.")


def split_badges(badges: Sequence[BadgeData], how: str | int, lang: str) -> list[tuple[str, list[BadgeData]]]:
    """(what the part holds, its badges) in the batch's order; visitors (no class, every day) go together."""
    if isinstance(how, int):
        return [("", list(badges[start:start + how])) for start in range(0, len(badges), how)]
    parts: dict[str, list[BadgeData]] = {}
    for badge in badges:
        parts.setdefault(_part_of(badge, how, lang), []).append(badge)
    return list(parts.items())


def _part_of(badge: BadgeData, how: str, lang: str) -> str:
    if not badge.class_label:
        return VISITORS.text(lang)
    if how == BY_CLASS:
        return f"{badge.organisation} {badge.class_label}"
    return badge.days[0].isoformat() if len(badge.days) == 1 else VISITORS.text(lang)


def part_path(output: Path, index: int, total: int, label: str) -> Path:
    """badges.pdf → badges-03-college-jean-moulin-4e-b.pdf (numbered so that files sort in the batch's order)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(label)).strip("-")[:60]
    number = f"{index:0{len(str(total))}d}"
    return output.with_name(f"{output.stem}-{number}{'-' + slug if slug else ''}{output.suffix or '.pdf'}")
