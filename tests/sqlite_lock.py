"""A SQLite database that does not answer writes, for real: another connection holds its write lock, as a long
import does (importable from any test folder)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def held(url: str) -> Iterator[None]:
    """Every write to the database at `url` waits, then gives up, until the block ends."""
    holder = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()
