"""Splitting one "full name" cell into first and last name.

School exports write the family name in capitals ("DUPONT Marie", "Marie DUPONT"); when nothing is in
capitals the French school convention "Nom Prénom" is assumed. Only cased letters count, so Arabic,
Chinese or Cyrillic names fall back on the word order instead of being misread.
"""

from __future__ import annotations

import unicodedata

from kiosk.domain.text import fold

# Lower-case words that belong to the family name that follows them ("Le Goff", "van Damme").
PARTICLES = frozenset(
    {"de", "d'", "du", "des", "le", "la", "les", "van", "von", "der", "den", "ter", "ten",
     "da", "das", "dos", "di", "del", "della", "ben", "bin", "ibn", "el", "al", "abu", "mac", "st"}
)


def split_full_name(value: str, *, first_name_first: bool = False) -> tuple[str, str] | None:
    """(first, last) from a cleaned full name, or None when it holds fewer than two words.

    `first_name_first` is the column's stated order ("Prénom Nom"); capitals still win over it.
    """
    if "," in value:
        last, _, first = value.partition(",")
        return (first.strip(), last.strip()) if first.strip() and last.strip() else None
    tokens = [token for token in value.split() if not _is_punctuation(token)]
    if len(tokens) < 2:
        return None
    start, end = _capital_run(tokens) or _by_order(tokens, first_name_first)
    start = _extend_over_particles(tokens, start, end)
    first = " ".join(tokens[:start] + tokens[end:])
    return first, " ".join(tokens[start:end])


def _is_punctuation(token: str) -> bool:
    """A lone "-" or "/" between the two names is a separator, not a name."""
    return all(unicodedata.category(ch).startswith(("P", "S")) for ch in token) and not any(
        unicodedata.category(ch) == "So" for ch in token  # keep emoji: they are someone's choice
    )


def is_capitalised(token: str) -> bool:
    """True for "DUPONT" or "N'DIAYE"; False for "Marie", and for words with no cased letter at all."""
    cased = [ch for ch in token if ch.isupper() or ch.islower()]
    return bool(cased) and all(ch.isupper() for ch in cased)


def _capital_run(tokens: list[str]) -> tuple[int, int] | None:
    """Bounds of the first run of all-capital words, when the other words are not all capitals."""
    flags = [is_capitalised(token) for token in tokens]
    if all(flags) or not any(flags):
        return None
    start = flags.index(True)
    end = start
    while end < len(tokens) and flags[end]:
        end += 1
    if start == 0 and end == len(tokens):
        return None
    return start, end


def _by_order(tokens: list[str], first_name_first: bool) -> tuple[int, int]:
    """Bounds of the last name by word order: the first word ("Nom Prénom"), or the last one."""
    if first_name_first:
        return len(tokens) - 1, len(tokens)
    end = 1
    while end < len(tokens) - 1 and _is_particle(tokens[end - 1]):
        end += 1
    return 0, end


def _extend_over_particles(tokens: list[str], start: int, end: int) -> int:
    """Move the start of the last name left over particles ("Marie de LA FONTAINE"), keeping a first name."""
    if end < len(tokens):
        return start
    while start > 1 and _is_particle(tokens[start - 1]):
        start -= 1
    return start


def _is_particle(token: str) -> bool:
    return fold(token) in PARTICLES
