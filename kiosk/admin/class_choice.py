"""Which classes a document command prints: one class (--group, by number or class code) or every class of
a day (--day). Shared by kiosk-admin badges, letters and attendance so that the options read alike."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kiosk.admin.parsing import date_arg
from kiosk.domain.directory import find_group

if TYPE_CHECKING:
    from kiosk.admin.context import Context


def add_class_choice(parser: argparse.ArgumentParser, group_help: str,
                     day_help: str) -> argparse._MutuallyExclusiveGroup:
    """--group or --day, exactly one; returned so that a command can offer more choices beside them."""
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--group", help=group_help)
    which.add_argument("--day", type=date_arg, help=day_help)
    return which


def chosen_group_id(args: argparse.Namespace, ctx: Context) -> int | None:
    """The id of the class given by --group (a KioskError when there is none such), None without --group."""
    return find_group(ctx.db, args.group).id if args.group is not None else None
