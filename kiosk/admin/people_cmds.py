"""kiosk-admin group add, visitor add, person add|edit|move|remove, groups, people, search."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kiosk.admin.context import Context
from kiosk.admin.parsing import date_arg, positive_int
from kiosk.domain import directory, registration
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.labels import CATEGORY, KIND, category_from_text
from kiosk.domain.search import COUNT_LIMIT, Page, find_people, more_people
from kiosk.domain.views import GroupView, PersonView

if TYPE_CHECKING:
    from kiosk.admin.context import Commands



def register(commands: Commands) -> None:
    _register_group(commands)
    _register_people(commands)
    listing = commands.add_parser("groups", help="lister les classes / list classes")
    listing.add_argument("--day", type=date_arg)
    listing.set_defaults(handler=run_groups)
    people = commands.add_parser("people", help="lister les personnes / list people")
    people.add_argument("--group", type=positive_int, help="n° de classe")
    people.set_defaults(handler=run_people)
    search = commands.add_parser("search", help="chercher une personne / find someone")
    search.add_argument("text", nargs="+")
    search.add_argument("--all", action="store_true", help="toutes les personnes trouvées / every match")
    search.set_defaults(handler=run_search)


def add_school_arguments(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--school", required=required, help="établissement")
    parser.add_argument("--city", default="", help="ville")
    parser.add_argument("--postcode", default="", help="code postal")
    parser.add_argument("--uai", default=None, help="code UAI de l'établissement")


def _register_group(commands: Commands) -> None:
    group = commands.add_parser("group", help="classes").add_subparsers(required=True)
    add = group.add_parser("add", help="inscrire une classe / register a class")
    add_school_arguments(add, required=True)
    add.add_argument("--class", dest="label", required=True, help="classe, par ex. « 4e B »")
    add.add_argument("--day", type=date_arg)
    add.add_argument("--slot", type=positive_int, help="n° de créneau")
    add.add_argument("--teacher", default="", help="enseignant responsable")
    add.add_argument("--phone", default="", help="téléphone de l'enseignant")
    add.add_argument("--expected", type=positive_int, help="effectif attendu")
    add.add_argument("--notes", default="", help="besoins particuliers")
    add.set_defaults(handler=run_group_add)


def _register_people(commands: Commands) -> None:
    visitor = commands.add_parser("visitor", help="visiteurs").add_subparsers(required=True)
    add_visitor = visitor.add_parser("add", help="inscrire un visiteur / register a visitor")
    _name_arguments(add_visitor, required=True)
    add_visitor.add_argument("--category", default="general_public",
                             help="general_public, professional, press, exhibitor, staff")
    add_visitor.set_defaults(handler=run_visitor_add)

    person = commands.add_parser("person", help="personnes").add_subparsers(required=True)
    add = person.add_parser("add", help="ajouter à une classe / add to a class")
    _name_arguments(add, required=True)
    add.add_argument("--group", type=positive_int, required=True)
    add.add_argument("--kind", choices=["pupil", "teacher", "companion"], default="pupil")
    add.set_defaults(handler=run_person_add)
    edit = person.add_parser("edit", help="corriger / fix")
    edit.add_argument("id", type=positive_int)
    _name_arguments(edit, required=False)
    edit.add_argument("--category")
    edit.set_defaults(handler=run_person_edit)
    move = person.add_parser("move", help="changer de classe / move to another class")
    move.add_argument("id", type=positive_int)
    move.add_argument("--group", type=positive_int, required=True)
    move.set_defaults(handler=run_person_move)
    remove = person.add_parser("remove", help="retirer / remove")
    remove.add_argument("id", type=positive_int)
    remove.set_defaults(handler=run_person_remove)


def _name_arguments(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--first-name", required=required, help="prénom")
    parser.add_argument("--last-name", required=required, help="nom")
    parser.add_argument("--organisation", default=None if not required else "", help="organisation")
    parser.add_argument("--postcode", default=None if not required else "", help="code postal")


def _category(value: str | None) -> VisitorCategory | None:
    if value is None:
        return None
    category = category_from_text(value)
    if category is None:
        names = ", ".join(c.value for c in VisitorCategory)
        raise KioskError(f"Catégorie inconnue « {value} » : choisissez parmi {names}.",
                         f"Unknown category '{value}': choose one of {names}.")
    return category


def run_group_add(args: argparse.Namespace, ctx: Context) -> None:
    school = registration.SchoolInput(args.school, args.city, args.postcode, args.uai)
    group = registration.add_group(ctx.db, registration.GroupInput(
        school, args.label, args.day, args.slot, args.teacher, args.phone, args.expected, args.notes))
    show_groups(ctx, [group])


def run_visitor_add(args: argparse.Namespace, ctx: Context) -> None:
    person = registration.add_person(ctx.db, PersonKind.VISITOR, args.first_name, args.last_name,
                                     category=_category(args.category), organisation=args.organisation,
                                     postcode=args.postcode)
    show_people(ctx, [person])


def run_person_add(args: argparse.Namespace, ctx: Context) -> None:
    person = registration.add_person(ctx.db, PersonKind(args.kind), args.first_name, args.last_name,
                                     group_id=args.group)
    show_people(ctx, [person])


def run_person_edit(args: argparse.Namespace, ctx: Context) -> None:
    person = registration.edit_person(ctx.db, args.id, first_name=args.first_name, last_name=args.last_name,
                                      organisation=args.organisation, postcode=args.postcode,
                                      category=_category(args.category))
    show_people(ctx, [person])


def run_person_move(args: argparse.Namespace, ctx: Context) -> None:
    show_people(ctx, [registration.move_person(ctx.db, args.id, args.group)])


def run_person_remove(args: argparse.Namespace, ctx: Context) -> None:
    registration.remove_person(ctx.db, args.id)
    if ctx.as_json:
        ctx.json({"id": args.id, "removed": True})
    else:
        ctx.say(Msg(f"Personne n° {args.id} retirée.", f"Person #{args.id} removed."))


def run_groups(args: argparse.Namespace, ctx: Context) -> None:
    show_groups(ctx, directory.list_groups(ctx.db, args.day))


def run_people(args: argparse.Namespace, ctx: Context) -> None:
    show_people(ctx, directory.list_people(ctx.db, args.group))


def run_search(args: argparse.Namespace, ctx: Context) -> None:
    """The ranked people found; below the table, how many more match when the list stops short (`--all`:
    page after page, every one)."""
    text = " ".join(args.text)
    found = find_people(ctx.db, text)
    people = list(found.people)
    page: Page = found
    while args.all and page.more is not None:
        page = more_people(ctx.db, text, page.more)
        people += page.people
    show_people(ctx, people)
    if args.all:
        return
    if not found.complete and not ctx.as_json:
        shown = len(found.people)
        fr, en = ((f"plus de {COUNT_LIMIT}", f"more than {COUNT_LIMIT}") if found.total > COUNT_LIMIT
                  else (str(found.total), str(found.total)))
        ctx.say(Msg(f"{shown} personnes affichées sur {fr} : précisez la recherche (ou --all pour toutes).",
                    f"{shown} people shown of {en}: narrow the search (or --all for every one)."))


def show_groups(ctx: Context, groups: list[GroupView]) -> None:
    ctx.listing(groups, GroupView.as_json,
                [Msg("N°", "#"), Msg("Jour", "Day"), Msg("Créneau", "Slot"), Msg("Établissement", "School"),
                 Msg("Classe", "Class"), Msg("Inscrits", "Registered"), Msg("Attendus", "Expected"),
                 Msg("Enseignant", "Teacher"), Msg("Code", "Code")],
                lambda g: (g.id, g.day.isoformat() if g.day else "", g.slot,
                           f"{g.school} ({g.postcode})".replace(" ()", ""), g.label, g.registered, g.expected,
                           g.teacher_name, g.code))


def show_people(ctx: Context, people: list[PersonView]) -> None:
    ctx.listing(people, PersonView.as_json,
                [Msg("N°", "#"), Msg("Nom", "Last name"), Msg("Prénom", "First name"), Msg("Qualité", "Kind"),
                 Msg("Classe / organisation", "Class / organisation"), Msg("Code", "Code"), Msg("", "")],
                lambda p: (p.id, p.last_name, p.first_name, _kind_label(p, ctx.lang), _where(p), p.code,
                           ctx.text(Msg("homonyme", "namesake")) if p.duplicate else ""))


def _kind_label(person: PersonView, lang: str) -> str:
    if person.category is not None:
        return CATEGORY[person.category].text(lang)
    return KIND[person.kind].text(lang)


def _where(person: PersonView) -> str:
    return f"{person.class_label} — {person.school}" if person.class_label else person.organisation
