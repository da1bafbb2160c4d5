"""kiosk-admin purge: after the event, personal data deleted for good; the event report kept as it was."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kiosk.admin.context import Context
from kiosk.domain.errors import Msg
from kiosk.domain.purge import check_purge_allowed, event_report_name, purge_personal_data
from kiosk.domain.stats import event_stats

if TYPE_CHECKING:
    from kiosk.admin.context import Commands

REPORT_LANGUAGES = ("fr", "en")


def register(commands: Commands) -> None:
    purge = commands.add_parser("purge", help="effacer les données personnelles après l'événement / purge personal "
                                              "data after the event")
    purge.add_argument("--force", action="store_true", help="purger avant la fin du dernier jour")
    purge.set_defaults(handler=run_purge)


def run_purge(args: argparse.Namespace, ctx: Context) -> None:
    from kiosk.documents.report import event_report  # ReportLab loads only for the commands that print

    check_purge_allowed(ctx.db, force=args.force)
    stats = event_stats(ctx.db)
    archives = {event_report_name(lang): event_report(stats, lang) for lang in REPORT_LANGUAGES}
    people = purge_personal_data(ctx.db, archives)
    if ctx.as_json:
        ctx.json({"people_deleted": people})
    else:
        ctx.say(Msg(f"Données personnelles effacées ({people} personnes) ; le bilan de l'événement est conservé "
                    "(kiosk-admin report -o bilan.pdf).",
                    f"Personal data deleted ({people} people); the event report is kept "
                    "(kiosk-admin report -o report.pdf)."))
