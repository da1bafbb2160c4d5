"""kiosk-admin report (the PDF report of a day or of the whole event) and export (CSV for spreadsheets)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kiosk.admin.context import Context
from kiosk.admin.parsing import date_arg
from kiosk.domain.counts import PEOPLE, counted, fr_form
from kiosk.domain.dates import long_date
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.events import get_event
from kiosk.domain.purge import archived, event_report_name
from kiosk.domain.stats import day_stats, event_stats
from kiosk.domain.stats_rows import people_for_export, scans_for_export

if TYPE_CHECKING:
    from kiosk.admin.context import Commands

T = TypeVar("T")
EXPORTS = ("people", "scans", "stats")


def register(commands: Commands) -> None:
    report = commands.add_parser("report", help="bilan PDF d'un jour ou de l'événement / day or event report")
    report.add_argument("--day", type=date_arg, help="un jour (2026-11-24) ; sans --day : tout l'événement")
    report.add_argument("-o", "--output", required=True, type=Path, help="fichier PDF à écrire")
    report.set_defaults(handler=run_report)
    export = commands.add_parser("export", help="export CSV ou XLSX pour tableur / CSV or XLSX for spreadsheets")
    export.add_argument("what", choices=EXPORTS, help="people (personnes), scans, stats (statistiques)")
    export.add_argument("--day", type=date_arg, help="scans et stats : ce jour seulement (2026-11-24)")
    export.add_argument("-o", "--output", required=True, type=Path,
                        help="fichier à écrire : .csv, ou .xlsx (colonnes texte typées, en-tête figé, filtres)")
    export.set_defaults(handler=run_export)


def run_report(args: argparse.Namespace, ctx: Context) -> None:
    # ReportLab loads only for the commands that print, not for every kiosk-admin call.
    from kiosk.documents.output import write_atomically
    from kiosk.documents.report import day_report, event_report

    data = (day_report(day_stats(ctx.db, args.day), ctx.lang) if args.day
            else archived(ctx.db, event_report_name(ctx.lang)) or event_report(event_stats(ctx.db), ctx.lang))
    path = write_atomically(args.output, data)
    if ctx.as_json:
        ctx.json({"path": str(path), "day": args.day.isoformat() if args.day else None, "bytes": len(data)})
        return
    what = (Msg(f"Bilan du {long_date(args.day, 'fr')}", f"Report for {long_date(args.day, 'en')}") if args.day
            else Msg("Bilan de l'événement", "Event report"))
    ctx.say(Msg(f"{what.fr} écrit dans {path}.", f"{what.en} written to {path}."))


def run_export(args: argparse.Namespace, ctx: Context) -> None:
    from kiosk.documents.output import write_atomically

    people_csv, scans_csv, stats_csv = _writers(args.output)
    lang, day, counter = ctx.lang, args.day, _Counter()
    if args.what == "people" and day is not None:
        raise KioskError("--day ne vaut que pour les exports scans et stats : l'export des personnes les donne "
                         "toutes.", "--day is for the scans and stats exports only: people are exported all.")
    if args.what == "stats":
        path = write_atomically(args.output, stats_csv(day_stats(ctx.db, day) if day else event_stats(ctx.db), lang))
        scope = (Msg(f"du {long_date(day, 'fr')}", f"for {long_date(day, 'en')}") if day
                 else Msg("de l'événement", "of the whole event"))
        _done(ctx, args, path, None, Msg(f"Statistiques {scope.fr} exportées dans {path}.",
                                         f"Statistics {scope.en} exported to {path}."))
        return
    timezone = get_event(ctx.db).timezone
    if args.what == "scans":
        data = scans_csv(counter.over(scans_for_export(ctx.db, day)), timezone=timezone, lang=lang)
        path, n = write_atomically(args.output, data), counter.count
        scans = counted(n, ("scan", "scans"), ("scan", "scans"))
        _done(ctx, args, path, n, Msg(f"{scans.fr} {fr_form(n, 'exporté', 'exportés')} dans {path}.",
                                      f"{scans.en} exported to {path}."))
        return
    data = people_csv(counter.over(people_for_export(ctx.db)), timezone=timezone, lang=lang)
    path, n = write_atomically(args.output, data), counter.count
    people = counted(n, *PEOPLE)
    _done(ctx, args, path, n, Msg(f"{people.fr} {fr_form(n, 'exportée', 'exportées')} dans {path}.",
                                  f"{people.en} exported to {path}."))
def _writers(output: Path) -> tuple[Callable[..., bytes], Callable[..., bytes], Callable[..., bytes]]:
    """The people, scans and stats writers for the file asked for: XLSX for a .xlsx file, else CSV."""
    if output.suffix.lower() == ".xlsx":
        from kiosk.documents import xlsx_export as xlsx

        return xlsx.people_xlsx, xlsx.scans_xlsx, xlsx.stats_xlsx
    from kiosk.documents import csv_export as csv

    return csv.people_csv, csv.scans_csv, csv.stats_csv


def _done(ctx: Context, args: argparse.Namespace, path: Path, rows: int | None, message: Msg) -> None:
    if ctx.as_json:
        ctx.json({"path": str(path), "export": args.what, "day": args.day.isoformat() if args.day else None,
                  "rows": rows})
    else:
        ctx.say(message)


class _Counter:
    """Counts the rows a generator hands to the CSV writer, without keeping them."""

    def __init__(self) -> None:
        self.count = 0

    def over(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            self.count += 1
            yield item
