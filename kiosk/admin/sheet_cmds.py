"""kiosk-admin attendance: the attendance sheets of a class or of a day's classes, as one PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.admin import letter_cmds
from kiosk.admin.class_choice import chosen_group_id
from kiosk.admin.context import Context
from kiosk.admin.parsing import date_arg
from kiosk.domain.attendance import attendance_for
from kiosk.domain.counts import CLASSES, PEOPLE, counted, en_form, fr_form
from kiosk.domain.errors import KioskError, Msg

if TYPE_CHECKING:
    from kiosk.admin.context import Commands


def register(commands: Commands) -> None:
    sheets = commands.add_parser("attendance", help="feuilles de présence (PDF) / attendance sheets")
    sheets.add_argument("--group", help="n° ou code de la classe (avec --day : sa feuille de ce jour-là)")
    sheets.add_argument("--day", type=date_arg, help="toutes les classes attendues ce jour (2026-11-24)")
    sheets.add_argument("--odd-pages", action="store_true",
                        help="chaque classe sur une page impaire (recto verso) / each class on an odd page (duplex)")
    sheets.add_argument("-o", "--output", required=True, type=Path, metavar="FICHIER.pdf", help="PDF à écrire")
    sheets.set_defaults(handler=run_attendance)
    letter_cmds.register(commands)  # the letters to teachers go with the sheets (kept out of kiosk/cli.py)


def run_attendance(args: argparse.Namespace, ctx: Context) -> None:
    # ReportLab loads only for the commands that print, not for every kiosk-admin call.
    from kiosk.documents.attendance import attendance_pdf
    from kiosk.documents.output import write_atomically

    if args.group is None and args.day is None:
        raise KioskError("Précisez --group (une classe) ou --day (les classes d'un jour).",
                         "Give --group (one class) or --day (a day's classes).")
    sheets = attendance_for(ctx.db, group_id=chosen_group_id(args, ctx), day=args.day)
    path = write_atomically(args.output, attendance_pdf(sheets, lang=ctx.lang, odd_pages=args.odd_pages))
    present = sum(s.pupils.present + s.adults.present for s in sheets)
    listed = sum(s.pupils.listed + s.adults.listed for s in sheets)
    if ctx.as_json:
        ctx.json({"path": str(path), "day": sheets[0].day.isoformat(), "classes": len(sheets),
                  "group_ids": [s.group_id for s in sheets], "listed": listed, "present": present})
        return
    count = len(sheets)
    classes = counted(count, *CLASSES)
    sheets_fr = fr_form(count, "Feuille de présence écrite", "Feuilles de présence écrites")
    sheets_en = en_form(count, "Attendance sheet", "Attendance sheets")
    ctx.say(Msg(f"{sheets_fr} dans {path} : {classes.fr} du {sheets[0].day:%d/%m/%Y}, présence : {present} sur "
                f"{counted(listed, *PEOPLE).fr} {fr_form(listed, 'inscrite', 'inscrites')}.",
                f"{sheets_en} written to {path}: {classes.en} on "
                f"{sheets[0].day:%Y-%m-%d}, {present} present out of {listed} listed."))
