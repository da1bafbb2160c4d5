"""School levels read from class labels ("4e B", "6ème 2", "3EME A", "CM2", "2nde 5")."""

from __future__ import annotations

import re

from kiosk.domain.text import fold

_PATTERNS = [
    (re.compile(r"^\s*([3-6])\s*(?:e|eme|ieme|°)(?![a-z])"), "{}e"),
    (re.compile(r"^\s*(cm1|cm2|ce1|ce2|cp)\b"), "{}"),
    (re.compile(r"^\s*(?:2nde|2de|seconde)\b"), "2de"),
    (re.compile(r"^\s*(?:1re|1ere|premiere)\b"), "1re"),
    (re.compile(r"^\s*(?:tle|terminale|term)\b"), "Tle"),
]
LEVEL_ORDER = ("CP", "CE1", "CE2", "CM1", "CM2", "6e", "5e", "4e", "3e", "2de", "1re", "Tle")


def level_of(class_label: str) -> str:
    """The level of a class ("4e", "CM2", "2de"…), or "" when the label does not say."""
    key = fold(class_label)
    for pattern, template in _PATTERNS:
        found = pattern.search(key)
        if found:
            value = template.format(*found.groups()) if found.groups() else template
            return value.upper() if value.startswith(("c", "C")) else value
    return ""
