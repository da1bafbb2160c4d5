"""Names as people type them, and the normalised keys we search on.

Names keep their accents and script for display (NFC); search keys drop accents and case so that
"lefe" finds "Lefèvre" and "LEFEBVRE" alike, while Arabic, Chinese or Cyrillic keys stay in their script.
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.domain.errors import KioskError

MAX_NAME_LENGTH = 100
_SPACES = re.compile(r"\s+")
_WORD_SPLIT = re.compile(r"[\s\-‐‑–—'’ʼ`´.,;:/()\[\]\"«»_]+")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l",
                            "Ł": "l", "đ": "d", "Đ": "d", "ß": "ss", "ı": "i"})


def clean_text(value: str) -> str:
    """NFC, control characters dropped (line breaks and tabs become spaces), spaces collapsed."""
    value = unicodedata.normalize("NFC", value)
    value = "".join(
        " " if ch in "\t\n\r\v\f\x85\u2028\u2029" else ch
        for ch in value
        if ch in "\t\n\r\v\f\x85\u2028\u2029" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")
    )
    return _SPACES.sub(" ", value).strip()


def clean_name(value: str, *, field_fr: str = "le nom", field_en: str = "the name", required: bool = True) -> str:
    """A person's or school's name ready to store, or a KioskError saying what is wrong with it."""
    name = clean_text(value)
    if not name and required:
        raise KioskError(f"Il manque {field_fr}.", f"{field_en.capitalize()} is missing.")
    if len(name) > MAX_NAME_LENGTH:
        raise KioskError(
            f"{field_fr.capitalize()} fait {len(name)} caractères ; {MAX_NAME_LENGTH} au plus sont acceptés.",
            f"{field_en.capitalize()} is {len(name)} characters long; at most {MAX_NAME_LENGTH} are allowed.",
        )
    return name


def fold(value: str) -> str:
    """Lower case without accents: the comparison key for names, schools and classes."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_LIGATURES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold().translate(_LIGATURES)


def words(value: str) -> list[str]:
    """The folded words of a text, split on spaces, hyphens, apostrophes and punctuation."""
    return [w for w in _WORD_SPLIT.split(fold(value)) if w]


def search_terms(*texts: str) -> set[str]:
    """Every word of the texts, plus each text run together ("le goff" also as "legoff")."""
    terms: set[str] = set()
    for text in texts:
        parts = words(text)
        terms.update(parts)
        if len(parts) > 1:
            terms.add("".join(parts))
    return {t[:60] for t in terms}


def name_key(first_name: str, last_name: str) -> str:
    """How people sort in lists: folded last name, then first name ("\x1f" sorts below every character of a
    name, so "Mart Zoé" comes before "Martin Anne")."""
    return f"{fold(last_name)[:60]}\x1f{fold(first_name)}"[:120]


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix` (code point order)."""
    stripped = prefix.rstrip("\U0010ffff")  # the last code point cannot be bumped: bump the one before
    if not stripped:
        return prefix + "\U0010ffff"  # no string is above them all; this is the closest there is
    bumped = ord(stripped[-1]) + 1
    if 0xD800 <= bumped <= 0xDFFF:
        bumped = 0xE000
    return stripped[:-1] + chr(bumped)


def clean_postcode(value: str) -> str:
    value = clean_text(value).upper()
    if len(value) > 10:
        raise KioskError(f"Code postal trop long : « {value[:20]} ».", f"Postcode too long: '{value[:20]}'.")
    return value
