"""A throw-away PostgreSQL cluster of a test's own, to restart and freeze without disturbing the shared one.

Started as .ci/with-postgres starts its server (initdb, pg_ctl, trust on loopback, a dedicated system user
when run as root); every wait is bounded and the cluster is stopped and removed whatever the test did.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

_OS_USER = "kiosk-pg"


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


class OwnServer:
    def __init__(self) -> None:
        folder = _pg_bin()
        if folder is None:
            pytest.skip("PostgreSQL server programs (initdb, pg_ctl) are not installed")
        self.bin = folder
        self.as_user: list[str] = []
        self.home = Path(tempfile.mkdtemp(prefix="kiosk-own-pg."))
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(_OS_USER)
            except KeyError:
                pytest.skip(f"the system user {_OS_USER} (made by .ci/with-postgres) does not exist")
            self.as_user = ["runuser", "-u", _OS_USER, "--"]
            shutil.chown(self.home, _OS_USER)
        self.data = self.home / "data"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8")
        self.start()

    def _run(self, program: str, *args: str) -> None:
        subprocess.run([*self.as_user, str(self.bin / program), *args], check=True, capture_output=True,
                       timeout=60, cwd=self.home)

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.home} -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.home / "log"), "-o", options, "-w", "-t", "30",
                  "start")

    def restart(self, mode: str) -> None:
        """Stop (fast or immediate) and start again; not `pg_ctl restart`, whose server would keep our pipes."""
        self.halt(mode)
        self.start()

    def halt(self, mode: str) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop")

    def processes(self) -> list[int]:
        """The postmaster and its children (the backends serving our connections)."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(postmaster)], capture_output=True,
                                  text=True, timeout=10).stdout.split()
        return [postmaster, *map(int, children)]

    def signal_all(self, number: signal.Signals) -> None:
        for pid in self.processes():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, number)

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.signal_all(signal.SIGCONT)
            subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                            "-w", "-t", "30", "stop"], capture_output=True, timeout=60, cwd=self.home)
        shutil.rmtree(self.home, ignore_errors=True)


def running_server() -> Iterator[OwnServer]:
    """For a module's `server` fixture: a server of its own, stopped and removed after the module."""
    own = OwnServer()
    try:
        yield own
    finally:
        own.stop()


def new_database(server: OwnServer, name: str = "kiosk") -> str:
    """Create an empty database on the server; returns its URL."""
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server.url.rsplit("/", 1)[0] + "/" + name
