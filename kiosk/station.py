"""`kiosk-station`: a scanning station in a terminal, for a desk without a screen of its own.

A USB scanner types the code and Enter; each line is one scan, answered at once with a coloured line
(green in, amber already inside / wrong day / out, red invalid or unknown).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kiosk.admin.running import CommandParser, language_asked, run_guarded
from kiosk.admin.scan_cmds import WAITING, scan_line, settle, still_waiting
from kiosk.domain.counts import counted
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.kinds import Direction, ScanResult
from kiosk.domain.station_desk import StationDesk, open_station
from kiosk.version import add_version_option

COLOURS = {ScanResult.CHECKED_IN: "42;30", ScanResult.RE_ENTERED: "42;30", ScanResult.ALREADY_IN: "43;30",
           ScanResult.WRONG_DAY: "43;30", ScanResult.CHECKED_OUT: "43;30", ScanResult.NOT_INSIDE: "43;30",
           ScanResult.GROUP: "44;37", ScanResult.UNKNOWN: "41;37", ScanResult.INVALID: "41;37"}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    lang = language_asked(arguments)

    def work() -> None:
        parser = CommandParser(prog="kiosk-station", description="Poste de contrôle / scanning station")
        parser.add_argument("--db", help="base : fichier SQLite ou postgresql://… ($KIOSK_DATABASE_URL)")
        parser.add_argument("--station", default="kiosk", help="nom du poste")
        parser.add_argument("--exit", action="store_true", help="poste de sortie / exit station")
        parser.add_argument("--lang", choices=["fr", "en"], help="langue / language")
        add_version_option(parser)
        args = parser.parse_args(arguments)
        with open_station(args.db, args.station) as station:
            run(station, Direction.OUT if args.exit else Direction.IN, lang)

    return run_guarded("kiosk-station", lang, work, interrupted=0)


def run(station: StationDesk, direction: Direction, lang: str) -> None:
    coloured = sys.stdout.isatty()
    if coloured:
        sys.stdout.write(Msg(f"{station.event.name} — scannez un badge (Ctrl+D pour quitter)\n",
                             f"{station.event.name} — scan a badge (Ctrl+D to quit)\n").text(lang))
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            outcome = station.scan(line[:10_000], direction)
        except KioskError as error:
            sys.stdout.write(f"{error.text(lang)}\n")
            continue
        text = scan_line(outcome, station.event.timezone, lang)
        if outcome.offline:  # what the desk staff must know: the database has not seen these yet
            text += " — " + counted(station.waiting, *WAITING).text(lang)
        sys.stdout.write(f"\x1b[{COLOURS[outcome.result]}m {text} \x1b[0m\n" if coloured else text + "\n")
        sys.stdout.flush()
    left = settle(station, lang)
    if left:
        sys.stderr.write(still_waiting(left).text(lang) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
