"""Files on disk before anyone is told they are: a finished file's data, then its name after a rename.

One place for the fsync dance that backups, the station's copy of the people and written documents share.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_path(path: Path) -> None:
    """Flush a file's data, or a folder's entries (after a rename in it), to the disk."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def replace_synced(fresh: Path, target: Path) -> None:
    """Put the finished file `fresh` in place of `target`: on disk first, then renamed, then the folder synced."""
    fsync_path(fresh)
    os.replace(fresh, target)
    fsync_path(target.parent)
