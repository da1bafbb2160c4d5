"""kiosk-admin import FILE: a roster (CSV, XLSX or pasted text on stdin) into classes, all or nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.admin.context import Context
from kiosk.admin.parsing import date_arg, positive_int
from kiosk.admin.people_cmds import add_school_arguments
from kiosk.domain.counts import PEOPLE, counted, fr_form
from kiosk.domain.errors import Msg
from kiosk.domain.registration import SchoolInput
from kiosk.domain.roster_import import ImportOptions, ImportReport, import_roster
from kiosk.domain.rosters import MAX_FILE_BYTES, parse_pasted_text, parse_roster_file

if TYPE_CHECKING:
    from kiosk.admin.context import Commands


def register(commands: Commands) -> None:
    parser = commands.add_parser("import", help="importer une liste d'élèves / import a roster")
    parser.add_argument("file", help="fichier CSV ou XLSX, ou - pour lire la liste collée sur l'entrée standard")
    add_school_arguments(parser, required=True)
    parser.add_argument("--class", dest="label", help="classe, si le fichier n'a pas de colonne Classe")
    parser.add_argument("--teacher", default="", help="enseignant responsable")
    parser.add_argument("--phone", default="", help="téléphone de l'enseignant")
    parser.add_argument("--day", type=date_arg, help="jour de visite")
    parser.add_argument("--slot", type=positive_int, help="n° de créneau")
    parser.add_argument("--dry-run", action="store_true", help="aperçu sans rien écrire / preview only")
    parser.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace, ctx: Context) -> None:
    if args.file == "-":  # bytes, decoded by the file rules: the terminal's locale must not drop accents
        parsed = parse_pasted_text(sys.stdin.buffer.read(MAX_FILE_BYTES + 1))
    else:
        parsed = parse_roster_file(Path(args.file))
    options = ImportOptions(SchoolInput(args.school, args.city, args.postcode, args.uai), args.label,
                            args.teacher, args.phone, args.day, args.slot)
    report = import_roster(ctx.db, parsed, options, dry_run=args.dry_run)
    if ctx.as_json:
        ctx.json(report_json(report))
    else:
        show_report(ctx, report)


def report_json(report: ImportReport) -> dict[str, object]:
    return {"source": report.source, "dry_run": report.dry_run, "new": report.new_count,
            "skipped": report.skipped_count,
            "classes": [{"class": c.label, "group_id": c.group_id, "new": len(c.new), "skipped": len(c.already),
                         "duplicates": [[a.line, b.line] for a, b in c.duplicates]} for c in report.classes]}


def show_report(ctx: Context, report: ImportReport) -> None:
    for plan in report.classes:
        target = (Msg(f"classe n° {plan.group_id}", f"class #{plan.group_id}") if plan.group_id
                  else Msg("nouvelle classe", "new class"))
        new, already = counted(len(plan.new), *PEOPLE), len(plan.already)
        verb = (Msg("à inscrire", "to register") if report.dry_run
                else Msg(fr_form(len(plan.new), "inscrite", "inscrites"), "registered"))
        ctx.say(Msg(f"{plan.label} ({target.fr}) : {new.fr} {verb.fr}, {already} déjà "
                    f"{fr_form(already, 'inscrite', 'inscrites')}.",
                    f"{plan.label} ({target.en}): {new.en} {verb.en}, {already} already registered."))
        for first, second in plan.duplicates:
            ctx.say(Msg(f"  Homonymes lignes {first.line} et {second.line} : {second.first_name} "
                        f"{second.last_name} (les deux lignes sont gardées, vérifiez).",
                        f"  Namesakes on lines {first.line} and {second.line}: {second.first_name} "
                        f"{second.last_name} (both registered, please check)."))
    ctx.say(report.summary())
