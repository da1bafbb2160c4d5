"""kiosk-admin badges (one person, a class, a day's classes or everyone) and kiosk-admin layouts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.admin.badge_files import chosen_design, write_split
from kiosk.admin.class_choice import add_class_choice, chosen_group_id
from kiosk.admin.context import Context
from kiosk.admin.parsing import positive_int
from kiosk.documents.badge_split import parse_split
from kiosk.documents.layouts import DEFAULT_LAYOUT, LAYOUTS, Layout, check_layout, describe_size, get_layout
from kiosk.domain.badge_list import badges_for
from kiosk.domain.counts import counted, fr_form
from kiosk.domain.errors import Msg

if TYPE_CHECKING:
    from kiosk.admin.context import Commands


def register(commands: Commands) -> None:
    badges = commands.add_parser("badges", help="imprimer des badges (PDF) / print badges")
    which = add_class_choice(badges, "une classe (n° ou code de classe) / one class (number or class code)",
                             "les classes de ce jour, élèves et adultes / that day's classes")
    which.add_argument("--person", type=positive_int, help="une personne (n°) / one person")
    which.add_argument("--all", dest="everyone", action="store_true", help="tout le monde / everyone")
    badges.add_argument("--layout", default=DEFAULT_LAYOUT,
                        help=f"support (« kiosk-admin layouts ») / label stock, default {DEFAULT_LAYOUT}")
    badges.add_argument("--offset-x", type=float, default=0.0, metavar="MM",
                        help="décalage de l'imprimante vers la droite, en mm / printer offset to the right")
    badges.add_argument("--offset-y", type=float, default=0.0, metavar="MM",
                        help="décalage de l'imprimante vers le bas, en mm / printer offset downwards")
    badges.add_argument("--cut-marks", action="store_true", help="traits de coupe / cut marks")
    badges.add_argument("--design", type=Path, metavar="FICHIER.toml",
                        help="design de l'événement (TOML ou JSON) / the event's badge design")
    badges.add_argument("--split", metavar="class|day|N",
                        help="un fichier par classe, par jour ou tous les N badges / one file per class, day or N")
    badges.add_argument("-o", "--output", required=True, type=Path, metavar="FICHIER.pdf")
    badges.set_defaults(handler=run_badges)
    layouts = commands.add_parser("layouts", help="supports de badges / badge label stocks")
    layouts.set_defaults(handler=run_layouts)


def run_badges(args: argparse.Namespace, ctx: Context) -> None:
    from kiosk.documents.badge_batch import write_badges  # ReportLab and workers only when printing

    layout, offset = get_layout(args.layout), (args.offset_x, args.offset_y)
    check_layout(layout, offset)
    split = parse_split(args.split) if args.split is not None else None
    design = chosen_design(args.design, layout)
    badges = badges_for(ctx.db, person_id=args.person, group_id=chosen_group_id(args, ctx), day=args.day,
                        everyone=args.everyone)
    if split is not None:
        write_split(ctx, args.output, badges, split, layout, offset=offset, cut_marks=args.cut_marks, lang=ctx.lang,
                    design=design)
        return
    written = write_badges(args.output, badges, layout, offset=offset, cut_marks=args.cut_marks, design=design)
    if ctx.as_json:
        ctx.json({"path": str(written.path), "badges": written.badges, "pages": written.pages,
                  "layout": layout.name})
        return
    counts = counted(written.badges, ("badge", "badges"), ("badge", "badges"))
    pages = counted(written.pages, ("page", "pages"), ("page", "pages"))
    ctx.say(Msg(f"{counts.fr} sur {pages.fr} ({layout.name}) {fr_form(written.badges, 'écrit', 'écrits')} dans "
                f"{written.path}.",
                f"{counts.en} on {pages.en} ({layout.name}) written to {written.path}."))


def run_layouts(args: argparse.Namespace, ctx: Context) -> None:
    lang = ctx.lang
    if ctx.as_json:
        for layout in LAYOUTS.values():
            ctx.json(_layout_json(layout, lang))
        return
    ctx.table([Msg("Nom", "Name"), Msg("Étiquette", "Label"), Msg("Par page", "Per page"), Msg("Page", "Page"),
               Msg("Description", "Description")],
              [(layout.name + (" *" if layout.name == DEFAULT_LAYOUT else ""), describe_size(layout.label, lang),
                layout.per_page, describe_size(layout.page_size, lang), layout.title.text(lang))
               for layout in LAYOUTS.values()])
    ctx.say(Msg("* par défaut ; décalage d'imprimante : --offset-x / --offset-y (mm), traits de coupe : "
                "--cut-marks.",
                "* default; printer offset: --offset-x / --offset-y (mm), cut marks: --cut-marks."))


def _layout_json(layout: Layout, lang: str) -> dict[str, object]:
    return {"name": layout.name, "label_mm": list(layout.label), "per_page": layout.per_page,
            "columns": layout.columns, "rows": layout.rows, "page_mm": list(layout.page_size),
            "description": layout.title.text(lang), "default": layout.name == DEFAULT_LAYOUT}
