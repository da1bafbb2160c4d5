"""kiosk-admin scan, checkin-group, checkout-group, onsite."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.admin.context import Context
from kiosk.admin.parsing import positive_int
from kiosk.domain.checkin import ScanDesk, ScanOutcome
from kiosk.domain.class_visits import ClassMovement, checkin_class, checkout_class
from kiosk.domain.clock import local_time_text
from kiosk.domain.counts import PEOPLE, counted
from kiosk.domain.directory import find_group
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.events import get_event
from kiosk.domain.kinds import Direction, ScanResult
from kiosk.domain.labels import CATEGORY, RESULT
from kiosk.domain.presence import OnSite, on_site_now
from kiosk.domain.station_desk import StationDesk, open_station
from kiosk.domain.views import PersonView

if TYPE_CHECKING:
    from kiosk.admin.context import Commands

MAX_LINE = 10_000


def register(commands: Commands) -> None:
    scan = commands.add_parser("scan", help="enregistrer des passages / record scans")
    scan.add_argument("codes", nargs="+", help="codes lus, ou - pour les lire ligne à ligne sur l'entrée standard")
    scan.add_argument("--direction", choices=["in", "out"], default="in")
    scan.add_argument("--override-day", action="store_true",
                      help="accepter le passage même si la visite est prévue un autre jour")
    _station_arguments(scan)
    scan.set_defaults(handler=run_scan)

    checkin = commands.add_parser("checkin-group", help="entrée d'une classe / class check-in")
    checkin.add_argument("group", help="n° ou code de la classe")
    checkin.add_argument("--absent", nargs="*", type=positive_int, default=[], help="n° des absents")
    checkin.add_argument("--override-day", action="store_true")
    _station_arguments(checkin)
    checkin.set_defaults(handler=run_checkin_group)

    checkout = commands.add_parser("checkout-group", help="sortie d'une classe / class check-out")
    checkout.add_argument("group", help="n° ou code de la classe")
    checkout.add_argument("--missing", nargs="*", type=positive_int, default=[], help="n° des manquants")
    checkout.add_argument("--head-count", type=positive_int, help="nombre compté par l'enseignant")
    _station_arguments(checkout)
    checkout.set_defaults(handler=run_checkout_group)

    onsite = commands.add_parser("onsite", help="personnes sur le site (PDF) / people on site")
    onsite.add_argument("-o", "--output", type=Path, metavar="FICHIER.pdf", help="la liste d'évacuation en PDF")
    onsite.set_defaults(handler=run_onsite)


def _station_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--station", default="kiosk-admin", help="nom du poste")
    parser.add_argument("--operator", default="", help="opérateur")


def _codes(values: list[str]) -> Iterator[str]:
    for value in values:
        if value != "-":
            yield value
            continue
        for line in sys.stdin:
            if line.strip():
                yield line[:MAX_LINE]


def run_scan(args: argparse.Namespace, ctx: Context) -> None:
    """Every line answered at once, offline when the database is away; at the end, wait a while for the
    database to take what the journal holds (the next start of this station replays what is left)."""
    streaming = "-" in args.codes
    with open_station(ctx.db_url, args.station, args.operator, keep_copy=streaming) as station:
        for raw in _codes(args.codes):
            outcome = station.scan(raw, Direction(args.direction), override_day=args.override_day)
            if ctx.as_json:
                ctx.json(outcome.as_json())
            else:
                ctx.say(scan_line(outcome, station.event.timezone, ctx.lang))
            ctx.out.flush()
        left = settle(station, ctx.lang)
    if left:
        sys.stderr.write(ctx.text(still_waiting(left)) + "\n")


def settle(station: StationDesk, lang: str) -> int:
    """At the end of the input: wait (saying so) up to a minute for the database to take what waits."""
    if station.waiting:
        scans = counted(station.waiting, *WAITING)
        sys.stderr.write(Msg(f"Envoi à la base de {scans.fr} (jusqu'à une minute)…",
                             f"Sending {scans.en} to the database (up to a minute)…").text(lang) + "\n")
        sys.stderr.flush()
    return station.settle(SETTLE_SECONDS)


SETTLE_SECONDS = 60  # a server restarting, a network switch rebooting


def still_waiting(count: int) -> Msg:
    scans = counted(count, *WAITING)
    return Msg(f"Base injoignable : {scans.fr} dans le journal du poste, envoyés à son prochain démarrage.",
               f"Database out of reach: {scans.en} in the station journal, sent when it next starts.")


WAITING = (("passage en attente", "passages en attente"), ("scan waiting", "scans waiting"))


def offline_state(waiting: int) -> Msg:
    """What an offline station says of itself: "Hors ligne — 12 passages en attente"."""
    scans = counted(waiting, *WAITING)
    return Msg(f"Hors ligne — {scans.fr}", f"Offline — {scans.en}")
OFFLINE = Msg(" (hors ligne)", " (offline)")


def scan_line(outcome: ScanOutcome, zone: str, lang: str) -> str:
    """One scan's answer on one line, as the terminal station and `kiosk-admin scan` print it."""
    label = RESULT[outcome.result].text(lang) + (OFFLINE.text(lang) if outcome.offline else "")
    at = local_time_text(outcome.at, zone)
    if outcome.group is not None:
        return f"{label} — {outcome.group.school}, {outcome.group.label} ({outcome.group.registered})"
    if outcome.person is None:
        return f"{label} — {outcome.code[:40]}"
    details = f"{label} — {outcome.person.full_name}, {_where(outcome.person, lang)} {at}"
    if outcome.result is ScanResult.ALREADY_IN and outcome.since:
        details += Msg(f" (depuis {local_time_text(outcome.since, zone)})",
                       f" (came in at {local_time_text(outcome.since, zone)})").text(lang)
    if outcome.result is ScanResult.WRONG_DAY and outcome.booked_day:
        details += Msg(f" (visite prévue le {outcome.booked_day:%d/%m/%Y})",
                       f" (expected on {outcome.booked_day:%Y-%m-%d})").text(lang)
    return details


def _where(person: PersonView, lang: str) -> str:
    if person.class_label:
        return f"{person.class_label} ({person.school})"
    return CATEGORY[person.category].text(lang) if person.category else person.organisation


def run_checkin_group(args: argparse.Namespace, ctx: Context) -> None:
    desk = ScanDesk(ctx.db, args.station, args.operator)
    group = find_group(ctx.db, args.group)
    show_movement(ctx, checkin_class(desk, group.id, args.absent, override_day=args.override_day))


def run_checkout_group(args: argparse.Namespace, ctx: Context) -> None:
    desk = ScanDesk(ctx.db, args.station, args.operator)
    group = find_group(ctx.db, args.group)
    show_movement(ctx, checkout_class(desk, group.id, args.missing, head_count=args.head_count))


ENTRIES = (("entrée", "entrées"), ("checked in", "checked in"))
ALREADY_IN = (("déjà sur place", "déjà sur place"), ("already inside", "already inside"))
ABSENT = (("absence", "absences"), ("absent", "absent"))
EXITS = (("sortie enregistrée", "sorties enregistrées"), ("check-out recorded", "check-outs recorded"))


def show_movement(ctx: Context, movement: ClassMovement) -> None:
    group = movement.group
    if movement.wrong_day:  # nothing was recorded: an error (exit 1), whatever the output format
        raise KioskError(f"{group.label} ({group.school}) est attendue le {movement.wrong_day:%d/%m/%Y} : rien n'a "
                         "été enregistré (--override-day pour accepter).",
                         f"{group.label} ({group.school}) is expected on {movement.wrong_day:%Y-%m-%d}: nothing was "
                         "recorded (--override-day to accept).")
    if ctx.as_json:
        ctx.json({"group_id": movement.group.id, "direction": movement.direction.value,
                  "moved": [p.id for p in movement.moved], "unchanged": [p.id for p in movement.unchanged],
                  "left_aside": [p.id for p in movement.left_aside],
                  "still_inside": [p.id for p in movement.still_inside],
                  "wrong_day": movement.wrong_day.isoformat() if movement.wrong_day else None,
                  "head_count_matches": movement.head_count_matches})
        return
    name = f"{group.label} ({group.school})"
    if movement.direction is Direction.IN:
        parts = [counted(len(movement.moved), *ENTRIES), counted(len(movement.unchanged), *ALREADY_IN),
                 counted(len(movement.left_aside), *ABSENT)]
        ctx.say(Msg(f"{name} : {', '.join(p.fr for p in parts)}.", f"{name}: {', '.join(p.en for p in parts)}."))
        return
    exits = counted(len(movement.moved), *EXITS)
    ctx.say(Msg(f"{name} : {exits.fr}.", f"{name}: {exits.en}."))
    if movement.head_count_matches is False:
        ctx.say(Msg(f"Attention : {movement.head_count} au comptage du départ pour {exits.fr}.",
                    f"Warning: a head count of {movement.head_count} for {exits.en}."))
    for person in movement.still_inside:
        ctx.say(Msg(f"  Encore sur le site : {person.full_name} (n° {person.id})",
                    f"  Still on site: {person.full_name} (#{person.id})"))


def run_onsite(args: argparse.Namespace, ctx: Context) -> None:
    onsite = on_site_now(ctx.db)
    if args.output is not None:
        write_onsite_pdf(ctx, onsite, args.output)
        return
    if ctx.as_json:
        ctx.json({"at": onsite.at.isoformat(), "total": onsite.total,
                  "classes": [{"group": c.group.as_json(), "people": [p.as_json() for p in c.people]}
                              for c in onsite.classes],
                  "visitors": {k.value: [p.as_json() for p in v] for k, v in onsite.visitors.items()}})
        return
    for visit in onsite.classes:
        ctx.say(f"{visit.group.school} — {visit.group.label} — {visit.group.teacher_name} "
                f"{visit.group.teacher_phone} : {len(visit.people)}")
        for person in visit.people:
            ctx.say(f"    {person.last_name} {person.first_name}")
    for category, people in onsite.visitors.items():
        ctx.say(f"{CATEGORY[category].text(ctx.lang)} : {len(people)}")
        for person in people:
            ctx.say(f"    {person.last_name} {person.first_name}  {person.organisation}".rstrip())
    ctx.say(Msg(f"Total sur le site : {onsite.total}", f"Total on site: {onsite.total}"))


def write_onsite_pdf(ctx: Context, onsite: OnSite, output: Path) -> None:
    from kiosk.documents.onsite import onsite_pdf  # ReportLab only when printing
    from kiosk.documents.output import write_atomically

    event = get_event(ctx.db)
    path = write_atomically(output, onsite_pdf(onsite, event_name=event.name, timezone=event.timezone,
                                              lang=ctx.lang))
    if ctx.as_json:
        ctx.json({"path": str(path), "at": onsite.at.isoformat(), "total": onsite.total,
                  "classes": len(onsite.classes)})
    else:
        people = counted(onsite.total, *PEOPLE)
        ctx.say(Msg(f"Liste des personnes sur le site écrite dans {path} : {people.fr}.",
                    f"On-site list written to {path}: {people.en}."))
