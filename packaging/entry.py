"""The one entry point of the bundle: `kiosk`, `kiosk-admin` and `kiosk-station` are three copies of the same
small launcher (PyInstaller's bootloader) over one shared folder of libraries; each runs the program it is named
after, so the three share every module, Qt library and resource instead of carrying them three times.

`multiprocessing.freeze_support()` comes first: big badge batches are drawn in worker processes started with
"spawn", and a frozen worker is this same executable, told so by its arguments.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def program_name(executable: str) -> str:
    """"kiosk-admin" for /opt/kiosk/kiosk-admin and for C:\\Kiosk\\kiosk-admin.exe."""
    return Path(executable).stem.lower()


def run(name: str) -> int:
    if name == "kiosk-admin":
        from kiosk.cli import main
    elif name == "kiosk-station":
        from kiosk.station import main
    else:
        from kiosk.launcher import main
    return main()


if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(run(program_name(sys.executable)))
