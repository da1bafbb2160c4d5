"""kiosk-admin badges --split: one batch written as several files (per class, per day, or N badges each)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kiosk.admin.context import Context
from kiosk.documents.design import BadgeDesign
from kiosk.documents.layouts import Layout
from kiosk.domain.badge_list import BadgeData
from kiosk.domain.errors import Msg


def chosen_design(path: Path | None, layout: Layout) -> BadgeDesign:
    """The design in `path` checked against the stock (one sentence naming what does not fit), or the default."""
    from kiosk.documents.badge_design import check_design
    from kiosk.documents.design import DEFAULT_DESIGN, load_design

    if path is None:
        return DEFAULT_DESIGN
    design = load_design(path)
    check_design(design, layout)
    return design


def write_split(ctx: Context, output: Path, badges: Sequence[BadgeData], how: str | int, layout: Layout, *,
                offset: tuple[float, float], cut_marks: bool, lang: str, design: BadgeDesign) -> None:
    """Each part rendered and written on its own (all of it or nothing, file by file), then one line each."""
    from kiosk.documents.badge_batch import write_badges
    from kiosk.documents.badge_split import part_path, split_badges

    parts = split_badges(badges, how, lang)
    for index, (label, part) in enumerate(parts, start=1):
        written = write_badges(part_path(output, index, len(parts), label), part, layout, offset=offset,
                               cut_marks=cut_marks, lang=lang, design=design)
        if ctx.as_json:
            ctx.json({"path": str(written.path), "badges": written.badges, "pages": written.pages,
                      "layout": layout.name, "part": label})
        else:
            ctx.say(Msg(f"{written.path} : {written.badges} badge(s), {written.pages} page(s) — {label or index}",
                        f"{written.path}: {written.badges} badge(s), {written.pages} page(s) — {label or index}"))
    if not ctx.as_json:
        ctx.say(Msg(f"{len(badges)} badges en {len(parts)} fichiers ({layout.name}).",
                    f"{len(badges)} badges in {len(parts)} files ({layout.name})."))
