"""The bundle's start against the venv's: `dist/kiosk/kiosk` (make bundle) and `.venv/bin/kiosk`, each started on
the same demo database on a bare X server (Xvfb, no window manager) until its full-screen window is on the screen
(the home screen; xdotool polls every 20 ms), then stopped. Rounds alternate which goes first; medians and their
ratio (target: the bundle within 1.5x the venv).

    .venv/bin/python benchmarks/bench_bundle_start.py          (after make bundle; skipped without dist/kiosk)
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from common import report

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = {"venv": ROOT / ".venv" / "bin" / "kiosk", "bundle": ROOT / "dist" / "kiosk" / "kiosk"}
ROUNDS = int(os.environ.get("KIOSK_BENCH_ROUNDS", "7"))


def window_shown(env: dict[str, str], deadline: float) -> bool:
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Kiosk$"], env=env,
                               capture_output=True, text=True, check=False)
        if found.stdout.strip():
            return True
        time.sleep(0.02)
    return False


def start_time(program: Path, env: dict[str, str], url: str) -> float:
    """Seconds from starting `program` to its window shown on the display."""
    started = time.perf_counter()
    kiosk = subprocess.Popen([str(program), "--db", url, "--lang", "fr"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not window_shown(env, time.monotonic() + 60):
            raise SystemExit(f"{program} showed no window within 60 s")
        return time.perf_counter() - started
    finally:
        kiosk.terminate()
        kiosk.wait(timeout=30)


def x_server() -> tuple[subprocess.Popen[bytes], str]:
    """A bare Xvfb on a display number it picks itself (-displayfd), so that it never lands on another job's."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    if not number:
        raise SystemExit("Xvfb did not start")
    return server, f":{number}"


def main() -> None:
    missing = [str(path) for path in PROGRAMS.values() if not path.exists()]
    missing += [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        report(f"bundle start: skipped, missing {', '.join(missing)} (make bundle; make system)")
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        url = f"sqlite:///{folder / 'demo.sqlite3'}"
        subprocess.run([str(ROOT / ".venv" / "bin" / "kiosk-admin"), "--db", url, "demo", "--groups", "12"],
                       check=True, stdout=subprocess.DEVNULL)
        server, display = x_server()
        env = {"PATH": "/usr/bin:/bin", "HOME": str(folder), "LANG": "C.UTF-8", "DISPLAY": display,
               "XDG_RUNTIME_DIR": str(folder)}
        try:
            times: dict[str, list[float]] = {name: [] for name in PROGRAMS}
            for program in PROGRAMS.values():
                start_time(program, env, url)  # warm-up: the files in the page cache for both
            for round_ in range(ROUNDS):
                order = list(PROGRAMS) if round_ % 2 == 0 else list(reversed(PROGRAMS))
                for name in order:
                    times[name].append(start_time(PROGRAMS[name], env, url))
        finally:
            server.terminate()
            server.wait(timeout=10)
    venv, bundle = (statistics.median(times[name]) for name in ("venv", "bundle"))
    load = os.getloadavg()[0]
    report(f"start to the home screen on Xvfb, {ROUNDS} interleaved rounds: bundle median {bundle:.2f} s, "
           f"venv {venv:.2f} s, ratio {bundle / venv:.2f}x (target <= 1.5x; load average {load:.1f})")


if __name__ == "__main__":
    main()
