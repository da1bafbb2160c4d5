"""Manual pages for the three programs, made from their own `--help` (argparse) so they cannot drift from the code:
NAME, SYNOPSIS (the usage line), DESCRIPTION (the help as printed) and, for kiosk-admin, one section per command
with that command's `--help`. Run on the built bundle, so the pages also prove each program starts."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
from pathlib import Path

SUMMARIES = {
    "kiosk": "touchscreen window for the reception desks (registration and check-in)",
    "kiosk-admin": "organisers' command line: event, rosters, badges, sheets, reports, exports",
    "kiosk-station": "scanning station in a terminal, one scan a line",
}
_COMMAND = re.compile(r"^    ([a-z][a-z-]*)(?:\s|$)", re.MULTILINE)


def help_text(program: Path, *arguments: str) -> str:
    """What `program ... --help` prints, 80 columns wide, in a C.UTF-8 locale."""
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "80", "HOME": os.environ.get("HOME", "/tmp")}
    done = subprocess.run([str(program), *arguments, "--help"], capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"man pages: '{program.name} {' '.join(arguments)} --help' failed: {done.stderr.strip()}")
    return done.stdout


def _roff(text: str) -> str:
    """Plain text kept as it is (no filling) in roff: backslashes doubled, lines starting with . or ' escaped."""
    lines = [line.replace("\\", "\\e") for line in text.rstrip().splitlines()]
    return "\n".join("\\&" + line if line.startswith((".", "'")) else line for line in lines)


def man_page(program: Path, version: str) -> str:
    name = program.name
    usage, _, rest = help_text(program).partition("\n\n")
    page = [f'.TH {name.upper()} 1 "" "kiosk {version}" "Kiosk"', ".SH NAME", f"{name} \\- {SUMMARIES[name]}",
            ".SH SYNOPSIS", ".nf", _roff(usage.removeprefix("usage: ")), ".fi",
            ".SH DESCRIPTION", ".nf", _roff(rest), ".fi"]
    if name == "kiosk-admin":
        page.append(".SH COMMANDS")
        for command in _COMMAND.findall(rest):
            page += [f".SS {command}", ".nf", _roff(help_text(program, command)), ".fi"]
    page += [".SH SEE ALSO", "The README of Kiosk, and /usr/share/doc/kiosk/ for the licences."]
    return "\n".join(page) + "\n"


def write_man_pages(bundle: Path, man1: Path, version: str) -> list[Path]:
    """man1/<program>.1.gz for each program of the bundle; returns the files written."""
    man1.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SUMMARIES:
        target = man1 / f"{name}.1.gz"
        target.write_bytes(gzip.compress(man_page(bundle / name, version).encode(), mtime=0))
        written.append(target)
    return written
