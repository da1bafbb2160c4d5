"""A bound on how long a scan waits for PostgreSQL, enforced on our side of the wire.

Server-side timeouts cannot help when the server itself is frozen (SIGSTOP, a stuck virtual machine), and
TCP keepalives cannot either: the server's kernel still acknowledges every packet. One watchdog thread
keeps the deadline of each guarded operation; when one passes, it shuts the connection's socket down, the
driver's blocked read returns with an error, and the pool throws that connection away.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection


class _Watchdog:
    """One daemon thread for every guarded operation of the process; registering costs a dict insert."""

    def __init__(self, tick: float = 0.05) -> None:
        self._tick = tick
        self._lock = threading.Lock()
        self._deadlines: dict[int, tuple[float, int]] = {}  # guard id -> (deadline, socket fd)
        self._thread: threading.Thread | None = None
        self._next_id = 0

    def arm(self, fd: int, seconds: float) -> int:
        with self._lock:
            self._next_id += 1
            self._deadlines[self._next_id] = (time.monotonic() + seconds, fd)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="kiosk-db-deadline", daemon=True)
                self._thread.start()
            return self._next_id

    def disarm(self, guard: int) -> bool:
        """Stop watching; False when the deadline had already passed and the socket was shut."""
        with self._lock:
            return self._deadlines.pop(guard, None) is not None

    def _watch(self) -> None:
        while True:
            time.sleep(self._tick)
            now = time.monotonic()
            with self._lock:
                late = [(guard, fd) for guard, (deadline, fd) in self._deadlines.items() if deadline <= now]
                for guard, fd in late:
                    del self._deadlines[guard]
                    _shut(fd)


def _shut(fd: int) -> None:
    """Shut the socket down (not close: the driver still owns the descriptor and will close it)."""
    try:
        duplicate = socket.socket(fileno=os.dup(fd))
    except OSError:
        return
    try:
        duplicate.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        duplicate.close()


WATCHDOG = _Watchdog()


class DeadlinePassedError(Exception):
    """The operation was cut off by its deadline."""


@contextmanager
def answer_within(fd: int | None, seconds: float | None) -> Iterator[None]:
    """Cut the connection on socket `fd` if the block is still running after `seconds`."""
    if fd is None or seconds is None:
        yield
        return
    guard = WATCHDOG.arm(fd, seconds)
    try:
        yield
    except Exception as error:
        if not WATCHDOG.disarm(guard):
            raise DeadlinePassedError from error
        raise
    WATCHDOG.disarm(guard)  # finished in time, or just as the socket was shut: what was done stands


def socket_of(conn: Connection) -> int | None:
    """The socket of a psycopg connection (None for other drivers)."""
    pgconn = getattr(conn.connection.driver_connection, "pgconn", None)
    return None if pgconn is None else int(pgconn.socket)


@contextmanager
def answer_within_on(conn: Connection, seconds: float | None) -> Iterator[None]:
    """`answer_within` on the socket of a SQLAlchemy connection."""
    if seconds is not None and seconds <= 0:
        raise DeadlinePassedError
    with answer_within(socket_of(conn) if seconds is not None else None, seconds):
        yield
