"""Writing a finished PDF or CSV: all of it or nothing, with one sentence when the place is wrong."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

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
    """A file to write into beside `path`, renamed to it when the block ends, removed if the block fails:
    for documents too big to hold in memory."""
    path = path.expanduser()
    handle, temporary = _temporary_beside(path)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _unwritable(path, error) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _temporary_beside(path: Path) -> tuple[int, str]:
    if path.is_dir():
        raise KioskError(f"{path} est un dossier : donnez un nom de fichier.",
                         f"{path} is a folder: give a file name.")
    try:
        return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise _unwritable(path, error) from error


def _unwritable(path: Path, error: OSError) -> KioskError:
    reason = error.strerror or type(error).__name__
    return KioskError(f"Impossible d'écrire {path} ({reason}) : choisissez un autre emplacement.",
                      f"Cannot write {path} ({reason}): choose another location.")
