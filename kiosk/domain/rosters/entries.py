"""Rows to roster entries: names read or split, role and class checked, problems tied to their line.

Every row is checked and every problem reported at once, so the organiser fixes the file in one go
instead of re-importing it after each error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.kinds import PersonKind
from kiosk.domain.rosters import messages
from kiosk.domain.rosters.columns import Layout, find_layout
from kiosk.domain.rosters.model import LineProblem, ParsedRoster, RosterEntry
from kiosk.domain.rosters.names import split_full_name
from kiosk.domain.rosters.reading import Row
from kiosk.domain.rosters.roles import kind_of
from kiosk.domain.text import clean_name, clean_text

_FIRST = ("le prénom", "the first name")
_LAST = ("le nom", "the last name")
_CLASS = ("la classe", "the class")


@dataclass
class _Draft:
    """A row on its way to becoming an entry; any problem keeps it out of the entries."""

    line: int
    first: str = ""
    last: str = ""
    class_label: str | None = None
    kind: PersonKind = PersonKind.PUPIL
    class_given: bool = False  # the class cell had text, even if refused (too long)
    problems: list[LineProblem] = field(default_factory=list)


def build_roster(rows: Sequence[Row], source: str, where: Msg) -> ParsedRoster:
    """The roster of `rows`; raises KioskError when the whole input is unusable."""
    filled = [row for row in rows if not row.blank]
    if not filled:
        raise messages.NO_PEOPLE.error(where=where)
    layout = find_layout(filled, where)
    body = filled if layout.header is None else filled[layout.header + 1 :]
    drafts = [_read_row(row, layout) for row in body if not _blank_for(row, layout)]
    if not drafts:
        raise messages.NO_PEOPLE.error(where=where)
    _check_classes(drafts, layout)
    roster = ParsedRoster(source)
    for draft in drafts:
        roster.problems.extend(draft.problems)
        if not draft.problems:
            roster.entries.append(
                RosterEntry(draft.line, draft.first, draft.last, draft.class_label, draft.kind)
            )
    return roster


def _blank_for(row: Row, layout: Layout) -> bool:
    """Blank in every column we read; other columns (birth date...) are not even looked at."""
    columns = {layout.last, layout.first, layout.full, layout.class_, layout.role}
    return not any(clean_text(row.cell(column)) for column in columns)


def _read_row(row: Row, layout: Layout) -> _Draft:
    draft = _Draft(row.line)
    _read_names(draft, row, layout)
    kind = kind_of(clean_text(row.cell(layout.role)))
    if kind is None:
        draft.problems.append(messages.UNKNOWN_ROLE.on_line(row.line, value=clean_text(row.cell(layout.role))))
    else:
        draft.kind = kind
    if layout.class_ is not None:
        written = clean_text(row.cell(layout.class_))
        draft.class_given = bool(written)
        draft.class_label = _checked(draft, written, _CLASS) or None
    return draft


def _read_names(draft: _Draft, row: Row, layout: Layout) -> None:
    """First and last name from two columns, or split from a full-name cell.

    A text line without any separator ("Marie DUPONT" under a "Nom;Prénom" header) is a full name;
    a full-name cell followed by a cell in a column without header ("Dupont;Marie" under "Élève")
    is last name then first name.
    """
    if _spilled(row, layout):
        first, last = clean_text(row.cell(layout.spill)), clean_text(row.cell(layout.full))
    elif layout.full is not None or row.unsplit:
        full = clean_text(row.cell(0 if row.unsplit else layout.full))
        if not full:
            draft.problems.append(messages.EMPTY_FIELD.on_line(row.line, field=Msg(*_LAST)))
            return
        names = split_full_name(full, first_name_first=layout.first_name_first)
        if names is None:
            draft.problems.append(messages.ONE_WORD.on_line(row.line, value=full))
            return
        first, last = names
    else:
        first, last = clean_text(row.cell(layout.first)), clean_text(row.cell(layout.last))
    draft.last = _required(draft, last, _LAST)
    draft.first = _required(draft, first, _FIRST)


def _spilled(row: Row, layout: Layout) -> bool:
    """A first name in the unheaded cell after the full name; a trailing empty cell does not count."""
    return layout.full is not None and bool(clean_text(row.cell(layout.spill)))


def _required(draft: _Draft, value: str, names: tuple[str, str]) -> str:
    if not value:
        draft.problems.append(messages.EMPTY_FIELD.on_line(draft.line, field=Msg(*names)))
        return ""
    return _checked(draft, value, names)


def _checked(draft: _Draft, value: str, names: tuple[str, str]) -> str:
    """The value through clean_name (length limit), its complaint turned into a line problem."""
    try:
        return clean_name(value, field_fr=names[0], field_en=names[1], required=False)
    except KioskError as error:
        draft.problems.append(messages.from_error(draft.line, error))
        return ""


def _check_classes(drafts: list[_Draft], layout: Layout) -> None:
    """An empty class cell is a problem when other rows have one.

    Exception: a teacher or companion in a file with a single class belongs to that class, which is
    how teachers fill such a file in.
    """
    labels = {d.class_label for d in drafts if d.class_label}
    if layout.class_ is None or not labels:
        return
    for draft in drafts:
        if not draft.class_given:
            if draft.kind is not PersonKind.PUPIL and len(labels) == 1:
                draft.class_label = next(iter(labels))
            else:
                draft.problems.append(messages.EMPTY_CLASS.on_line(draft.line))

