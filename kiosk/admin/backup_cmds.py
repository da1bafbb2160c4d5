"""kiosk-admin backup -o FILE: a consistent SQLite copy of the database, taken while desks scan."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.admin.context import Context
from kiosk.domain.backup import backup_to
from kiosk.domain.errors import Msg

if TYPE_CHECKING:
    from kiosk.admin.context import Commands


def register(commands: Commands) -> None:
    backup = commands.add_parser("backup", help="copie de sauvegarde (fichier SQLite) / backup copy (SQLite file)")
    backup.add_argument("-o", "--output", required=True, type=Path,
                        help="fichier SQLite à écrire ; il s'ouvre avec --db FICHIER")
    backup.set_defaults(handler=run_backup)


def run_backup(args: argparse.Namespace, ctx: Context) -> None:
    path = backup_to(ctx.db, args.output)
    if ctx.as_json:
        ctx.json({"file": str(path)})
    else:
        ctx.say(Msg(f"Sauvegarde écrite dans {path} ; elle s'ouvre avec --db {path}.",
                    f"Backup written to {path}; open it with --db {path}."))
