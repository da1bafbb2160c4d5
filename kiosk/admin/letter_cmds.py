"""kiosk-admin letters: the confirmation letter of a class, or of every class of a day, as one PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.admin.class_choice import add_class_choice, chosen_group_id
from kiosk.admin.context import Context
from kiosk.domain.attendance import attendance_for
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.events import get_event

if TYPE_CHECKING:
    from kiosk.admin.context import Commands


def register(commands: Commands) -> None:
    letters = commands.add_parser("letters", help="lettres de confirmation aux enseignants / letters to teachers")
    add_class_choice(letters, "n° ou code de la classe", "toutes les classes attendues ce jour (2026-11-24)")
    letters.add_argument("--entrance", default="", help="entrée des groupes (« Hall 7, porte B »)")
    letters.add_argument("--phone", default="", help="téléphone de l'organisation")
    letters.add_argument("--rules", type=Path, metavar="FICHIER.txt",
                         help="consignes, une par ligne (sinon les consignes par défaut)")
    letters.add_argument("-o", "--output", required=True, type=Path, metavar="FICHIER.pdf", help="PDF à écrire")
    letters.set_defaults(handler=run_letters)


def run_letters(args: argparse.Namespace, ctx: Context) -> None:
    from kiosk.documents.letters import LetterDetails, letters_pdf
    from kiosk.documents.output import write_atomically

    lang = ctx.lang
    details = LetterDetails(get_event(ctx.db).venue, args.entrance.strip(), args.phone.strip(), _rules(args.rules))
    sheets = attendance_for(ctx.db, group_id=chosen_group_id(args, ctx), day=args.day)
    path = write_atomically(args.output, letters_pdf(sheets, details, lang=lang))
    if ctx.as_json:
        ctx.json({"path": str(path), "day": sheets[0].day.isoformat(), "letters": len(sheets),
                  "group_ids": [s.group_id for s in sheets]})
        return
    count = len(sheets)
    ctx.say(Msg(f"{count} lettre{'s' if count > 1 else ''} de confirmation écrite{'s' if count > 1 else ''} dans "
                f"{path}.", f"{count} confirmation letter{'s' if count > 1 else ''} written to {path}."))


def _rules(path: Path | None) -> tuple[str, ...]:
    if path is None:
        return ()
    try:
        text = path.expanduser().read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise KioskError(f"Impossible de lire les consignes {path} ({error.__class__.__name__}) : donnez un fichier "
                         "texte UTF-8, une consigne par ligne.",
                         f"Cannot read the rules {path} ({error.__class__.__name__}): give a UTF-8 text file, one "
                         "rule a line.") from error
    return tuple(line.strip().lstrip("•-* ").strip() for line in text.splitlines() if line.strip())
