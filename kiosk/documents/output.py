"""Writing a finished PDF or CSV: all of it or nothing, with one sentence when the place is wrong.

The file replaced keeps its permissions, a symlink is written through to its target, a device or a pipe is
refused (as root, `-o /dev/full` would replace the device itself), and the data and the rename are fsynced
before the command says the file is written.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kiosk.domain.durable import fsync_path
from kiosk.domain.errors import KioskError


def check_writable(path: Path) -> Path:
    """Fail now, in one sentence, when `path` cannot be written: before a long rendering, not after it."""
    path = path.expanduser()
    handle, temporary = _temporary_beside(path)
    os.close(handle)
    Path(temporary).unlink(missing_ok=True)
    return path


def write_atomically(path: Path, data: bytes) -> Path:
    """Write beside the target and rename, so a failure never leaves a half-written file behind."""
    with atomic_stream(path) as stream:
        stream.write(data)
    return path.expanduser()


@contextmanager
def atomic_stream(path: Path) -> Iterator[IO[bytes]]:
    """A file to write into beside `path`, renamed to it (permissions kept, data and rename fsynced) when the
    block ends, removed if the block fails: for documents too big to hold in memory too."""
    path = path.expanduser()
    handle, temporary = _temporary_beside(path)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fchmod(stream.fileno(), _mode_for(path))
            os.fsync(stream.fileno())
        os.replace(temporary, path.resolve())
        fsync_path(path.resolve().parent)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _unwritable(path, error) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or what a new file gets under the umask (mkstemp's are 600)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _temporary_beside(path: Path) -> tuple[int, str]:
    path = path.resolve()  # through a symlink: the link stays, its target gets the new content
    if path.exists() and not path.is_dir() and not path.is_file():
        raise KioskError(f"{path} n'est pas un fichier ordinaire (périphérique ou tube) : donnez un nom de fichier.",
                         f"{path} is not a regular file (a device or a pipe): give a file name.")
    if path.is_dir():
        raise KioskError(f"{path} est un dossier : donnez un nom de fichier.",
                         f"{path} is a folder: give a file name.")
    try:
        return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise _unwritable(path, error) from error


def _unwritable(path: Path, error: OSError) -> KioskError:
    if error.errno == errno.ENOSPC:
        return KioskError(f"Impossible d'écrire {path} : le disque est plein. Libérez de la place ou choisissez un "
                          "autre emplacement.",
                          f"Cannot write {path}: the disk is full. Free some space or choose another location.")
    reason = error.strerror or type(error).__name__
    return KioskError(f"Impossible d'écrire {path} ({reason}) : choisissez un autre emplacement.",
                      f"Cannot write {path} ({reason}): choose another location.")
