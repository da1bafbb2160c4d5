"""A SQLite database on a network share (NFS, SMB/CIFS) is refused: their file locks are not reliable.

SQLite's own documentation warns that WAL needs shared memory on one machine and that network file systems
break its locking, so two desks writing the same file over a share can corrupt it. Several desks share one
PostgreSQL server instead. The file system of the database's folder is read from the mounts table
(/proc/mounts; $KIOSK_MOUNTS_FILE names another table, for tests).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from kiosk.domain.errors import KioskError

MOUNTS_ENV = "KIOSK_MOUNTS_FILE"
NETWORK_TYPES = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
                           "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "davfs", "fuse.davfs2"})
_ESCAPE = re.compile(r"\\([0-7]{3})")


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of a mounts table, spaces and tabs unescaped."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), fields[1]), fields[2]))
    return mounts


def file_system_of(path: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the file system holding `path` (an absolute, resolved path): the longest mount point that
    contains it, the last one mounted there when several are."""
    best: tuple[int, str] | None = None
    for point, kind in mounts:
        inside = point == "/" or path == Path(point) or Path(point) in path.parents
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), kind)
    return None if best is None else best[1]


def is_network_share(kind: str | None) -> bool:
    return kind is not None and (kind in NETWORK_TYPES or kind.startswith(("nfs", "smb")))


def refuse_network_share(database_file: Path) -> None:
    """One sentence when the folder of a SQLite database file is on a network share."""
    table = Path(os.environ.get(MOUNTS_ENV) or "/proc/mounts")
    try:
        mounts = parse_mounts(table.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return  # no mounts table (not Linux): nothing to go by
    folder = database_file.expanduser().resolve().parent
    kind = file_system_of(folder, mounts)
    if is_network_share(kind):
        raise KioskError(f"La base {database_file} est sur un partage réseau ({kind}) : SQLite n'y est pas sûr. "
                         "Pour plusieurs postes, utilisez un serveur PostgreSQL (--db postgresql://…).",
                         f"The database {database_file} is on a network share ({kind}), where SQLite is not "
                         "safe. For several desks, use a PostgreSQL server (--db postgresql://…).")
