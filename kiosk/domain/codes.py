"""Badge and group codes: short QR payloads that name nobody and cannot be forged.

A payload is ``tag + random + mac`` in Crockford base32: ``B1`` (badge) or ``G1`` (group), 16 characters of
randomness (80 bits) and 6 characters (30 bits) of HMAC-SHA256 over tag+random keyed with the event's secret.
That is 24 QR-alphanumeric characters, so the QR stays small, a lost badge leaks no personal data, and a kiosk
rejects forged or foreign codes before it touches the database.

USB scanners type like keyboards, and a scanner set for one layout on a PC set for another types garbage.
Parsing therefore reads the input under a few whole-string keyboard-layout hypotheses and lets the HMAC
decide which reading is the true one (a wrong reading passes with probability 2**-30).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I L O U, all QR alphanumeric
_RANDOM_CHARS = 16  # 80 bits: unguessable, and no two badges of a 40,000-visitor fair collide
_MAC_CHARS = 6  # 30 bits: a forger needs ~10**9 tries at a kiosk to get one code in
_BODY_LEN = 2 + _RANDOM_CHARS
_CODE_LEN = _BODY_LEN + _MAC_CHARS
_MAX_INPUT = 200  # a real scan is ~30 characters; longer input is garbage and must stay cheap
_MAX_WINDOWS = 8  # HMACs per reading, so adversarial "B1B1B1..." input stays cheap too
_MIN_SECRET = 16


class CodeKind(StrEnum):
    BADGE = "badge"
    GROUP = "group"


_TAGS = {CodeKind.BADGE: "B1", CodeKind.GROUP: "G1"}
_KINDS = {tag: kind for kind, tag in _TAGS.items()}
_CHARS = "[0-9A-HJKMNP-TV-Z]"
_JUNK = re.compile(f"[^{_CHARS[1:-1]}]+")
_TAG_RE = "|".join(_KINDS)
_CANONICAL = re.compile(f"(?:{_TAG_RE}){_CHARS}{{{_CODE_LEN - 2}}}")
_WINDOW = re.compile(f"(?=((?:{_TAG_RE}).{{{_CODE_LEN - 2}}}))")


@dataclass(frozen=True)
class ParsedCode:
    """A code whose HMAC verified; ``text`` is the canonical payload, as stored in the database."""

    kind: CodeKind
    text: str


# --- keyboard layouts -------------------------------------------------------------------------------
# Rows of physical keys as (unshifted, shifted) strings; the same column is the same physical key.
# ISO-only keys (AZERTY "<>" left of W, "*µ" next to Enter) have no US twin and are left out.
_Layout = tuple[tuple[str, str], ...]
_QWERTY: _Layout = (
    ("`1234567890-=", "~!@#$%^&*()_+"),
    ("qwertyuiop[]", "QWERTYUIOP{}"),
    ("asdfghjkl;'", 'ASDFGHJKL:"'),
    ("zxcvbnm,./", "ZXCVBNM<>?"),
)
_AZERTY: _Layout = (
    ("²&é\"'(-è_çà)=", "²1234567890°+"),
    ("azertyuiop^$", "AZERTYUIOP¨£"),
    ("qsdfghjklmù", "QSDFGHJKLM%"),
    ("wxcvbn,;:!", "WXCVBN?./§"),
)


def _keys(layout: _Layout) -> list[tuple[str, str]]:
    """(unshifted, shifted) character of every key, row by row."""
    return [pair for plain, shifted in layout for pair in zip(plain, shifted, strict=True)]


def _layout_reading(scanner: _Layout, host: _Layout) -> dict[str, str]:
    """What the host shows -> what the scanner meant, for the code's characters only.

    The scanner presses the key that makes its character on *its* layout; the host prints what that key
    makes on *its* layout. Caps Lock (or a scanner that forgets Shift) inverts Shift, which turns the
    French digit row into ``&é"'(-è_çà``; those readings are added after the normal ones, never over them.
    """
    table: dict[str, str] = {}
    pairs = list(zip(_keys(scanner), _keys(host), strict=True))
    for inverted in (0, 1):
        for meant_key, host_key in pairs:
            for shift in (0, 1):
                meant = meant_key[shift].upper()
                if meant in _ALPHABET:
                    table.setdefault(host_key[shift ^ inverted], meant)
    return table


def _translation(layout_reading: dict[str, str]) -> dict[int, str]:
    """A str.translate table: layout reading, then upper case and Crockford's aliases (O=0, I=L=1)."""
    table = {c: c.upper() for c in "abcdefghijklmnopqrstuvwxyz"}
    table |= {"O": "0", "o": "0", "I": "1", "i": "1", "L": "1", "l": "1"}
    table |= layout_reading
    return str.maketrans(table)


# Whole-string hypotheses, most likely first; built once at import.
_READINGS: tuple[dict[int, str], ...] = (
    _translation({}),  # as typed: matching layouts, or a person typing the display form
    _translation(_layout_reading(_QWERTY, _AZERTY)),  # US-configured scanner on a French PC
    _translation(_layout_reading(_AZERTY, _QWERTY)),  # French-configured scanner on a US PC
    _translation(_layout_reading(_AZERTY, _AZERTY)),  # French scanner, French PC, Caps Lock on
)


# --- encoding -----------------------------------------------------------------------------------
def _base32(value: int, length: int) -> str:
    """Crockford base32, most significant character first, zero-padded to ``length``."""
    return "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(length)))


def _mac(secret: bytes, body: str) -> str:
    """The first 30 bits of HMAC-SHA256(secret, tag + random), in base32."""
    digest = hmac.digest(secret, body.encode("ascii"), hashlib.sha256)
    return _base32(int.from_bytes(digest[:4], "big") >> (32 - 5 * _MAC_CHARS), _MAC_CHARS)


def _check_secret(secret: bytes) -> None:
    """An empty or short key would make codes forgeable; that is a setup bug, so fail loudly."""
    if len(secret) < _MIN_SECRET:
        raise ValueError(f"the event secret must be at least {_MIN_SECRET} bytes")


def new_secret() -> bytes:
    """A fresh event key (32 random bytes); codes of other events then fail to verify."""
    return secrets.token_bytes(32)


def new_code(kind: CodeKind, secret: bytes) -> str:
    """A new canonical payload for the QR code and the database, e.g. ``B1`` + 22 characters."""
    _check_secret(secret)
    body = _TAGS[kind] + _base32(secrets.randbits(5 * _RANDOM_CHARS), _RANDOM_CHARS)
    return body + _mac(secret, body)


# --- parsing ------------------------------------------------------------------------------------
def _verified(cleaned: str, secret: bytes) -> str | None:
    """The first tag-led window of code length whose HMAC verifies, if any."""
    for match in islice(_WINDOW.finditer(cleaned), _MAX_WINDOWS):
        window = match.group(1)
        if hmac.compare_digest(_mac(secret, window[:_BODY_LEN]), window[_BODY_LEN:]):
            return window
    return None


def parse_code(raw: str, secret: bytes) -> ParsedCode | None:
    """The verified code in a scan or typed text, or None if there is none (garbage, forged, foreign).

    Tolerates case, whitespace and control characters, scanner prefixes such as ``]Q1``, dashes and
    spaces, Crockford aliases and keyboard-layout garbling. Never raises on any text; work is bounded.
    """
    _check_secret(secret)
    text = raw.strip()
    if len(text) > _MAX_INPUT:
        return None
    tried: set[str] = set()
    for table in _READINGS:
        cleaned = _JUNK.sub("", text.translate(table))
        if cleaned in tried:
            continue
        tried.add(cleaned)
        code = _verified(cleaned, secret)
        if code is not None:
            return ParsedCode(_KINDS[code[:2]], code)
    return None


def display_code(code: str) -> str:
    """Grouped for a person to read or type: ``B1-XXXX-XXXX-XXXX-XXXX-MMMMMM`` (parse_code reads it back)."""
    if not _CANONICAL.fullmatch(code):
        raise ValueError("not a canonical code")
    groups = [code[i : i + 4] for i in range(2, _BODY_LEN, 4)]
    return "-".join([code[:2], *groups, code[_BODY_LEN:]])


def code_kind(code: str) -> CodeKind | None:
    """The kind a canonical or displayed code claims by its tag, unverified (for routing, not trust)."""
    return _KINDS.get(code.strip()[:2].upper())
