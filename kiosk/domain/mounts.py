"""The mounts table (/proc/mounts): what is mounted where, read once for the USB sticks the file chooser offers
and for the network shares a SQLite database must not live on."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

_ESCAPE = re.compile(r"\\([0-7]{3})")


class Mount(NamedTuple):
    device: str
    point: str
    kind: str  # the file system type


def parse_mounts(text: str) -> list[Mount]:
    """Each line of a mounts table, its mount point's escaped spaces and tabs ("\\040") unescaped."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(Mount(fields[0], _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), fields[1]), fields[2]))
    return mounts


def read_mounts(table: Path) -> list[Mount] | None:
    """The mounts in `table`, or None where there is none to read (not Linux)."""
    try:
        return parse_mounts(table.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
