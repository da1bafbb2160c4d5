"""A SQLite database on a network share (NFS, SMB/CIFS) is refused: their file locks are not reliable.

SQLite's own documentation warns that WAL needs shared memory on one machine and that network file systems
break its locking, so two desks writing the same file over a share can corrupt it. Several desks share one
PostgreSQL server instead. The file system of the database's folder is read from the mounts table
(/proc/mounts; $KIOSK_MOUNTS_FILE names another table, for tests).
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.domain.errors import KioskError
from kiosk.domain.mounts import Mount, read_mounts

MOUNTS_ENV = "KIOSK_MOUNTS_FILE"
NETWORK_TYPES = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
                           "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "davfs", "fuse.davfs2"})


def file_system_of(path: Path, mounts: list[Mount]) -> str | None:
    """The type of the file system holding `path` (an absolute, resolved path): the longest mount point that
    contains it, the last one mounted there when several are."""
    best: tuple[int, str] | None = None
    for _device, point, kind in mounts:
        inside = point == "/" or path == Path(point) or Path(point) in path.parents
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), kind)
    return None if best is None else best[1]


def is_network_share(kind: str | None) -> bool:
    return kind is not None and (kind in NETWORK_TYPES or kind.startswith(("nfs", "smb")))


def refuse_network_share(database_file: Path) -> None:
    """One sentence when the folder of a SQLite database file is on a network share."""
    table = Path(os.environ.get(MOUNTS_ENV) or "/proc/mounts")
    mounts = read_mounts(table)
    if mounts is None:
        return  # no mounts table (not Linux): nothing to go by
    folder = database_file.expanduser().resolve().parent
    kind = file_system_of(folder, mounts)
    if is_network_share(kind):
        raise KioskError(f"La base {database_file} est sur un partage réseau ({kind}) : SQLite n'y est pas sûr. "
                         "Pour plusieurs postes, utilisez un serveur PostgreSQL (--db postgresql://…).",
                         f"The database {database_file} is on a network share ({kind}), where SQLite is not "
                         "safe. For several desks, use a PostgreSQL server (--db postgresql://…).")
