"""Small SQLite files of the station's own (the journal, the copy of the people): private, and one connection
per thread that reopens the file once a new one is swapped in (`durable.replace_synced`)."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path


def private_file(path: Path) -> Path:
    """Create `path` readable by its owner only (SQLite gives its -wal and -shm files the same mode)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.fchmod(fd, 0o600)
    os.close(fd)
    return path


class ThreadConnections:
    """One sqlite3 connection per thread to one file; after `swapped()`, each thread reopens the new file."""

    def __init__(self, path: Path, pragmas: tuple[str, ...], *, read_only: bool = False) -> None:
        self.path, self.pragmas, self.read_only = path, pragmas, read_only
        self._local = threading.local()
        self._open: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        self._generation = 0

    def get(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and getattr(self._local, "generation", -1) == self._generation:
            return conn
        if conn is not None:
            self._forget(conn)
        address = f"file:{self.path}?mode=ro" if self.read_only else str(self.path)
        conn = sqlite3.connect(address, uri=self.read_only, isolation_level=None, check_same_thread=False,
                               timeout=5)
        for pragma in self.pragmas:
            conn.execute(pragma)
        self._local.conn, self._local.generation = conn, self._generation
        with self._guard:
            self._open.append(conn)
        return conn

    def swapped(self) -> None:
        with self._guard:
            self._generation += 1

    def _forget(self, conn: sqlite3.Connection) -> None:
        with self._guard:
            if conn in self._open:
                self._open.remove(conn)
        conn.close()

    def close(self) -> None:
        with self._guard:
            for conn in self._open:
                conn.close()
            self._open.clear()
            self._generation += 1
