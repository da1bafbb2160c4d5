"""Running `kiosk-admin` as an organiser would, in French, on a given database: shared by the CLI tests.

`admin` starts the real program, as a shell does; `admin_here` runs the same `main()` in this process, with
the same environment, standard input and output, and answers the same way: for the many tests about what
commands say and do, without paying the program's start-up (half a second of imports, several seconds on a
busy machine) each time. The real programs run every command of the README (test_readme), the terminal
station (test_cli) and an attendance error (test_attendance_cli).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout

from kiosk.cli import main

ADMIN = [sys.executable, "-m", "kiosk.cli"]
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANGUAGE")


def _environment(db: str) -> dict[str, str]:
    env = {**os.environ, "KIOSK_DATABASE_URL": db, "LANG": "fr_FR.UTF-8"}
    for variable in LOCALE_VARIABLES:
        env.pop(variable, None)
    return env


def _checked(done: subprocess.CompletedProcess[str], check: bool) -> subprocess.CompletedProcess[str]:
    """Never a traceback, and (with `check`) a zero exit status."""
    assert "Traceback" not in done.stderr + done.stdout
    if check:
        assert done.returncode == 0, done.stderr
    return done


def admin(db: str, *args: str, stdin: str | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run one command as a program of its own."""
    done = subprocess.run([*ADMIN, *args], input=stdin, capture_output=True, text=True, env=_environment(db),
                          timeout=120)
    return _checked(done, check)


@contextmanager
def _environ(values: dict[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(values)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def admin_here(db: str, *args: str, stdin: str | None = None,
               check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run one command through kiosk-admin's main() in this process, as `admin` would run it."""
    out, err, given = io.StringIO(), io.StringIO(), sys.stdin
    sys.stdin = io.StringIO(stdin or "")
    try:
        with _environ(_environment(db)), redirect_stdout(out), redirect_stderr(err):
            status = main(list(args))
    finally:
        sys.stdin = given
    return _checked(subprocess.CompletedProcess(["kiosk-admin", *args], status, out.getvalue(), err.getvalue()),
                    check)
