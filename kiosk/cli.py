"""kiosk-admin: the organisers' command line, over the same services as the kiosk screens.

Every command takes --db URL (or $KIOSK_DATABASE_URL; default: the embedded SQLite file) and --json.
Errors are one sentence on stderr and a non-zero exit; a bug is logged with its details to a file and
reported in one sentence too, never as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from kiosk import __version__
from kiosk.admin import badge_cmds, event_cmds, import_cmd, people_cmds, report_cmds, scan_cmds, sheet_cmds
from kiosk.admin.context import Context
from kiosk.crash import log_crash
from kiosk.domain.errors import KioskError, Msg, set_language

EXIT_USER_ERROR = 1
EXIT_BUG = 70
EXIT_INTERRUPTED = 130


def system_language() -> str:
    """English when the system locale is English, French otherwise (French is the first language)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-admin",
        description="Kiosk : inscriptions et contrôle d'accès d'un événement / event registration and check-in.")
    parser.add_argument("--db", help="base : chemin du fichier SQLite ou postgresql://… ($KIOSK_DATABASE_URL)")
    parser.add_argument("--json", action="store_true", help="sortie JSON, une ligne par objet / JSON output")
    parser.add_argument("--lang", choices=["fr", "en"], help="langue des messages / message language")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")
    for family in (event_cmds, people_cmds, import_cmd, scan_cmds, badge_cmds, sheet_cmds, report_cmds):
        family.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang or system_language())
    ctx = Context(args.db, args.json)
    try:
        args.handler(args, ctx)
    except KioskError as error:
        sys.stderr.write(f"kiosk-admin: {error}\n")
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except Exception as bug:
        log_file = log_crash("kiosk-admin", bug)
        sys.stderr.write(str(Msg(f"kiosk-admin : erreur inattendue ({type(bug).__name__}) ; détails dans {log_file}."
                                 " Signalez-la à l'équipe technique.\n",
                                 f"kiosk-admin: unexpected error ({type(bug).__name__}); details in {log_file}. "
                                 "Please report it.\n")))
        return EXIT_BUG
    finally:
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
