"""A consistent copy of the whole database in one SQLite file, taken while desks keep scanning.

SQLite: the online backup API copies a consistent snapshot page by page without stopping writers for
long. PostgreSQL: every table, read in one repeatable-read transaction, into a new migrated SQLite file,
which `--db FILE` then opens like any Kiosk database. Restoring is opening the copy.
The copy is written beside its target, fsynced and renamed: a failure never leaves half a backup.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import insert, select

from kiosk.domain.database import Database, open_database
from kiosk.domain.durable import replace_synced
from kiosk.domain.errors import KioskError
from kiosk.domain.models import Base

_CHUNK = 5000  # rows copied per statement from PostgreSQL
BACKUP_PREFIX = "kiosk-"
BACKUP_SUFFIX = ".sqlite3"


def backup_to(db: Database, target: Path) -> Path:
    """Copy `db` into the SQLite file `target` (replaced when it exists)."""
    target = target.expanduser().resolve()
    if db.is_sqlite and db.engine.url.database and Path(db.engine.url.database).resolve() == target:
        raise KioskError("La copie ne peut pas remplacer la base elle-même : choisissez un autre fichier.",
                         "The backup cannot replace the database itself: choose another file.")
    handle, scratch = _scratch_beside(target)
    os.close(handle)
    try:
        (_copy_sqlite if db.is_sqlite else _copy_postgres)(db, Path(scratch))
        replace_synced(Path(scratch), target)
    except OSError as error:
        raise _unwritable(target, error) from error
    finally:
        Path(scratch).unlink(missing_ok=True)
    return target


def _copy_sqlite(db: Database, scratch: Path) -> None:
    with db.engine.connect() as conn:
        source = conn.connection.driver_connection
        assert isinstance(source, sqlite3.Connection)
        copy = sqlite3.connect(scratch)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            copy.close()


def _copy_postgres(db: Database, scratch: Path) -> None:
    scratch.unlink()
    copy = open_database(str(scratch))
    try:
        with db.engine.connect() as source, copy.engine.begin() as target:
            source.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            for table in Base.metadata.sorted_tables:
                rows = source.execute(select(table)).mappings()
                while chunk := rows.fetchmany(_CHUNK):
                    target.execute(insert(table), [dict(row) for row in chunk])
    finally:
        copy.close()
    for leftover in (f"{scratch}-wal", f"{scratch}-shm"):
        Path(leftover).unlink(missing_ok=True)
    with sqlite3.connect(scratch) as plain:
        plain.execute("PRAGMA journal_mode = DELETE")


def rotate_backup(db: Database, folder: Path, kept: int, now: dt.datetime) -> Path:
    """The kiosk's automatic backup: a new dated copy in `folder` (a USB stick), keeping the newest `kept`."""
    folder = folder.expanduser()
    if not folder.is_dir():
        raise KioskError(f"Le dossier des sauvegardes {folder} est introuvable : branchez la clé ou changez-le "
                         "dans les réglages.",
                         f"The backup folder {folder} is not there: plug the stick in or change it in the settings.")
    made = backup_to(db, folder / f"{BACKUP_PREFIX}{now.strftime('%Y%m%d-%H%M%S')}{BACKUP_SUFFIX}")
    ours = sorted(p for p in folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}") if p.is_file())
    for old in ours[: max(0, len(ours) - max(1, kept))]:
        old.unlink(missing_ok=True)
    return made


def _scratch_beside(target: Path) -> tuple[int, str]:
    if target.is_dir():
        raise KioskError(f"{target} est un dossier : donnez un nom de fichier.", f"{target} is a folder: give a "
                         "file name.")
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise _unwritable(target, error) from error


def _unwritable(path: Path, error: OSError) -> KioskError:
    reason = "disque plein" if error.errno == 28 else (error.strerror or type(error).__name__)
    reason_en = "disk full" if error.errno == 28 else (error.strerror or type(error).__name__)
    return KioskError(f"Impossible d'écrire la sauvegarde {path} ({reason}) : choisissez un autre emplacement.",
                      f"Cannot write the backup {path} ({reason_en}): choose another location.")
