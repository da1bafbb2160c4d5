"""`kiosk`: a scanning station in a terminal, until the touchscreen window replaces it.

A USB scanner types the code and Enter; each line is one scan, answered at once with a coloured line
(green in, amber already inside / wrong day / out, red invalid or unknown).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kiosk.admin.scan_cmds import scan_line
from kiosk.cli import system_language
from kiosk.crash import log_crash
from kiosk.domain.checkin import ScanDesk
from kiosk.domain.database import open_database
from kiosk.domain.errors import KioskError, Msg, set_language
from kiosk.domain.kinds import Direction, ScanResult

COLOURS = {ScanResult.CHECKED_IN: "42;30", ScanResult.RE_ENTERED: "42;30", ScanResult.ALREADY_IN: "43;30",
           ScanResult.WRONG_DAY: "43;30", ScanResult.CHECKED_OUT: "43;30", ScanResult.NOT_INSIDE: "43;30",
           ScanResult.GROUP: "44;37", ScanResult.UNKNOWN: "41;37", ScanResult.INVALID: "41;37"}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk", description="Poste de contrôle / scanning station")
    parser.add_argument("--db", help="base : fichier SQLite ou postgresql://… ($KIOSK_DATABASE_URL)")
    parser.add_argument("--station", default="kiosk", help="nom du poste")
    parser.add_argument("--exit", action="store_true", help="poste de sortie / exit station")
    parser.add_argument("--lang", choices=["fr", "en"])
    args = parser.parse_args(argv)
    set_language(args.lang or system_language())
    try:
        desk = ScanDesk(open_database(args.db), args.station)
        run(desk, Direction.OUT if args.exit else Direction.IN)
    except KioskError as error:
        sys.stderr.write(f"kiosk: {error}\n")
        return 1
    except KeyboardInterrupt:
        return 0
    except Exception as bug:  # last line of defence: log it, say one sentence
        log_file = log_crash("kiosk", bug)
        sys.stderr.write(str(Msg(f"kiosk : erreur inattendue ; détails dans {log_file}.\n",
                                 f"kiosk: unexpected error; details in {log_file}.\n")))
        return 70
    return 0


def run(desk: ScanDesk, direction: Direction) -> None:
    coloured = sys.stdout.isatty()
    if coloured:
        sys.stdout.write(str(Msg(f"{desk.event.name} — scannez un badge (Ctrl+D pour quitter)\n",
                                 f"{desk.event.name} — scan a badge (Ctrl+D to quit)\n")))
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            outcome = desk.scan(line[:10_000], direction)
        except KioskError as error:
            sys.stdout.write(f"{error}\n")
            continue
        text = scan_line(outcome, desk.event.timezone)
        sys.stdout.write(f"\x1b[{COLOURS[outcome.result]}m {text} \x1b[0m\n" if coloured else text + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main())
