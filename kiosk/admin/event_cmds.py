"""kiosk-admin init, demo, event, slot add, slots."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kiosk.admin.context import Context
from kiosk.admin.parsing import date_arg, positive_int, time_arg
from kiosk.domain.counts import CLASSES, PUPILS, counted
from kiosk.domain.errors import Msg
from kiosk.domain.events import add_slot, create_event, get_event, list_slots, set_retention

if TYPE_CHECKING:
    from kiosk.admin.context import Commands


def register(commands: Commands) -> None:
    init = commands.add_parser("init", help="créer l'événement / create the event")
    init.add_argument("--event", required=True, help="nom de l'événement")
    init.add_argument("--venue", default="", help="lieu")
    init.add_argument("--from", dest="first", required=True, type=date_arg, help="premier jour (2026-11-24)")
    init.add_argument("--to", dest="last", required=True, type=date_arg, help="dernier jour")
    init.add_argument("--opens", type=time_arg, default="09:00", help="ouverture (09:00)")
    init.add_argument("--closes", type=time_arg, default="18:00", help="fermeture (18:00)")
    init.add_argument("--timezone", default="Europe/Paris")
    init.set_defaults(handler=run_init, creates_database=True)

    demo = commands.add_parser("demo", help="données de démonstration réalistes / realistic demo data")
    demo.add_argument("--groups", type=positive_int, default=120, help="nombre de classes (120)")
    demo.add_argument("--visitors", type=positive_int, default=400, help="visiteurs individuels (400)")
    demo.add_argument("--seed", type=positive_int, default=1)
    demo.set_defaults(handler=run_demo, creates_database=True)

    event = commands.add_parser("event", help="l'événement et ses jours / the event and its days")
    event.add_argument("--retention-days", type=positive_int,
                       help="jours de conservation des données personnelles après le dernier jour (30)")
    event.set_defaults(handler=run_event)

    slot = commands.add_parser("slot", help="créneaux / time slots").add_subparsers(required=True)
    add = slot.add_parser("add", help="ajouter un créneau / add a slot")
    add.add_argument("--day", required=True, type=date_arg)
    add.add_argument("--start", required=True, type=time_arg)
    add.add_argument("--end", required=True, type=time_arg)
    add.add_argument("--capacity", required=True, type=positive_int, help="élèves au plus")
    add.set_defaults(handler=run_slot_add)

    slots = commands.add_parser("slots", help="lister les créneaux / list time slots")
    slots.add_argument("--day", type=date_arg)
    slots.set_defaults(handler=run_slots)


def run_init(args: argparse.Namespace, ctx: Context) -> None:
    event = create_event(ctx.db, args.event, args.venue, args.first, args.last, opens=args.opens,
                         closes=args.closes, timezone=args.timezone)
    if ctx.as_json:
        ctx.json({"name": event.name, "venue": event.venue, "days": [d.isoformat() for d in event.days]})
    else:
        days = counted(len(event.days), ("jour", "jours"), ("day", "days"))
        ctx.say(Msg(f"Événement « {event.name} » créé : {days.fr}.", f"Event '{event.name}' created: {days.en}."))


def run_demo(args: argparse.Namespace, ctx: Context) -> None:
    from kiosk.domain.demo import load_demo

    def progress(done: int, total: int) -> None:
        if not ctx.as_json and sys.stderr.isatty():
            sys.stderr.write(f"\r{done}/{total}")

    summary = load_demo(ctx.db, groups=args.groups, visitors=args.visitors, seed=args.seed, progress=progress)
    if not ctx.as_json and sys.stderr.isatty():
        sys.stderr.write("\r")
    if ctx.as_json:
        ctx.json(summary.__dict__)
        return
    parts = [counted(summary.groups, *CLASSES), counted(summary.pupils, *PUPILS),
             counted(summary.adults, ("adulte accompagnant", "adultes accompagnants"),
                     ("accompanying adult", "accompanying adults")),
             counted(summary.visitors, ("visiteur", "visiteurs"), ("visitor", "visitors"))]
    ctx.say(Msg(f"Démonstration chargée : {', '.join(p.fr for p in parts)}.",
                f"Demo loaded: {', '.join(p.en for p in parts)}."))


def run_event(args: argparse.Namespace, ctx: Context) -> None:
    if args.retention_days is not None:
        set_retention(ctx.db, args.retention_days)
    event = get_event(ctx.db)
    days = [d.isoformat() for d in event.days]
    due = event.purge_due.isoformat() if event.purge_due else None
    if ctx.as_json:
        ctx.json({"name": event.name, "venue": event.venue, "timezone": event.timezone, "days": days,
                  "retention_days": event.retention_days, "purge_due": due,
                  "purged_at": event.purged_at.isoformat() if event.purged_at else None})
        return
    ctx.say(f"{event.name} — {event.venue}")
    ctx.say(ctx.text(Msg("Jours : ", "Days: ")) + ", ".join(days))
    ctx.say(event.retention_notice())


def run_slot_add(args: argparse.Namespace, ctx: Context) -> None:
    slot = add_slot(ctx.db, args.day, args.start, args.end, args.capacity)
    if ctx.as_json:
        ctx.json({"id": slot.id, "day": slot.day.isoformat(), "slot": slot.label, "capacity": slot.capacity})
    else:
        capacity = counted(slot.capacity, *PUPILS)
        ctx.say(Msg(f"Créneau n° {slot.id} ajouté : {slot.day:%d/%m/%Y} {slot.label}, {capacity.fr}.",
                    f"Slot #{slot.id} added: {slot.day:%Y-%m-%d} {slot.label}, {capacity.en}."))


def run_slots(args: argparse.Namespace, ctx: Context) -> None:
    ctx.listing(list_slots(ctx.db, args.day),
                lambda s: {"id": s.id, "day": s.day.isoformat(), "slot": s.label, "capacity": s.capacity},
                [Msg("N°", "#"), Msg("Jour", "Day"), Msg("Créneau", "Slot"), Msg("Capacité", "Capacity")],
                lambda s: (s.id, s.day.isoformat(), s.label, s.capacity))
