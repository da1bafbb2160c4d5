"""Running `kiosk-admin` as an organiser would, in French, on a given database: shared by the CLI tests."""

from __future__ import annotations

import os
import subprocess
import sys

ADMIN = [sys.executable, "-m", "kiosk.cli"]


def admin(db: str, *args: str, stdin: str | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run one command; never a traceback, and (with `check`) a zero exit status."""
    env = {**os.environ, "KIOSK_DATABASE_URL": db, "LANG": "fr_FR.UTF-8"}
    env.pop("LC_ALL", None)
    done = subprocess.run([*ADMIN, *args], input=stdin, capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in done.stderr + done.stdout
    if check:
        assert done.returncode == 0, done.stderr
    return done
