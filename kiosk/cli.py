"""kiosk-admin: the organisers' command line, over the same services as the kiosk screens.

Every command takes --db URL (or $KIOSK_DATABASE_URL; default: the embedded SQLite file), --json and
--lang. The language is read first, so that every message, argument errors included, is in it. Errors
are one sentence on stderr and exit 1; a bug is logged with its details to a file and reported in one
sentence too (exit 70), never as a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kiosk.admin import (
    backup_cmds,
    badge_cmds,
    event_cmds,
    import_cmd,
    people_cmds,
    purge_cmds,
    report_cmds,
    scan_cmds,
    sheet_cmds,
)
from kiosk.admin.context import Context
from kiosk.admin.running import CommandParser, language_asked, run_guarded
from kiosk.version import add_version_option


def build_parser(lang: str = "fr") -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="kiosk-admin",
        description="Kiosk : inscriptions et contrôle d'accès d'un événement / event registration and check-in.")
    parser.add_argument("--db", help="base : chemin du fichier SQLite ou postgresql://… ($KIOSK_DATABASE_URL)")
    parser.add_argument("--json", action="store_true", help="sortie JSON, une ligne par objet / JSON output")
    parser.add_argument("--lang", choices=["fr", "en"], help="langue des messages / message language")
    add_version_option(parser)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND" if lang == "en" else "COMMANDE")
    for family in (event_cmds, people_cmds, import_cmd, scan_cmds, badge_cmds, sheet_cmds, report_cmds,
                   backup_cmds, purge_cmds):
        family.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    lang = language_asked(arguments)

    def work() -> None:
        args = build_parser(lang).parse_args(arguments)
        ctx = Context(args.db, args.json, lang, creates_database=getattr(args, "creates_database", False))
        try:
            args.handler(args, ctx)
        finally:
            ctx.close()

    return run_guarded("kiosk-admin", lang, work)


if __name__ == "__main__":
    raise SystemExit(main())
