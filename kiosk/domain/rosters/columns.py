"""Finding the header row and what each column holds, whatever the order, case or accents.

Exports put title lines ("Liste de la classe 4e B — Collège Jean Moulin") or blank rows above the
header, so it is searched for. Headers are matched as whole cells, never as substrings, so that
"Nom du responsable" or "E-mail des parents" are never mistaken for the pupil's name. Columns that are
not ours (birth date, sex, e-mail) are never read: we store no such data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from kiosk.domain.errors import Msg
from kiosk.domain.rosters import messages
from kiosk.domain.rosters.reading import Row
from kiosk.domain.text import clean_text, words

HEADER_SEARCH_ROWS = 20

LAST = frozenset({"nom", "noms", "nom de famille", "nom d usage", "nom usuel", "last name", "lastname",
                  "surname", "family name"})
FIRST = frozenset({"prenom", "prenoms", "first name", "firstname", "given name", "given names", "forename"})
FULL_LAST_FIRST = frozenset({"eleve", "eleves", "nom prenom", "nom prenoms", "nom et prenom",
                             "nom et prenoms", "nom complet", "identite", "pupil", "student", "name",
                             "full name", "fullname"})
FULL_FIRST_LAST = frozenset({"prenom nom", "prenom et nom", "first name last name", "firstname lastname"})
CLASS = frozenset({"classe", "division", "class", "classe eleve", "nom de la classe"})
ROLE = frozenset({"role", "qualite", "type", "statut", "status", "fonction"})
# Headers we recognise only to know that a row is a header; their cells are never read.
OTHER = frozenset({"date de naissance", "ne le", "ne e le", "naissance", "sexe", "genre", "email", "e mail",
                   "mail", "courriel", "telephone", "tel", "adresse", "date of birth", "birth date",
                   "birthdate", "dob", "sex", "gender", "phone", "address", "regime", "ine", "niveau"})


@dataclass(frozen=True)
class Layout:
    """Column indexes of one roster (None: absent) and the index of its header row in `rows`."""

    header: int | None
    last: int | None = None
    first: int | None = None
    full: int | None = None
    class_: int | None = None
    role: int | None = None
    first_name_first: bool = False
    spill: int | None = None  # unheaded column right of `full`: a first name typed in its own cell

    @property
    def has_names(self) -> bool:
        return self.full is not None or self.last is not None or self.first is not None


def header_key(cell: str) -> str:
    """A header cell reduced to folded words: "Prénom :" and "PRENOM" both give "prenom"."""
    return " ".join(words(clean_text(cell)))


def find_layout(rows: Sequence[Row], where: Msg) -> Layout:
    """The layout of non-blank `rows`, or a KioskError when no name column can be found."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        layout = _read_header(row, index)
        if layout.has_names:
            return layout
    if any(_looks_like_header(row) for row in rows[:HEADER_SEARCH_ROWS]):
        raise messages.NO_NAME_COLUMN.error(where=where)  # a header without names: don't read it as people
    if all(row.width <= 2 for row in rows):
        # No header: one cell holds a full name (like pasted text), two cells are last, first.
        return Layout(header=None, full=0, spill=1)
    raise messages.NO_NAME_COLUMN.error(where=where)


def _read_header(row: Row, index: int) -> Layout:
    found: dict[str, int] = {}
    first_name_first = False
    for column, cell in enumerate(row.cells):
        key = header_key(cell)
        role = _column_role(key)
        if role is not None and role not in found:
            found[role] = column
            first_name_first = first_name_first or (role == "full" and key in FULL_FIRST_LAST)
    layout = _resolve(found, index, first_name_first)
    if layout.full is not None and not row.cell(layout.full + 1):
        return replace(layout, spill=layout.full + 1)
    return layout


def _column_role(key: str) -> str | None:
    if key in LAST:
        return "last"
    if key in FIRST:
        return "first"
    if key in FULL_LAST_FIRST or key in FULL_FIRST_LAST:
        return "full"
    if key in CLASS:
        return "class"
    return "role" if key in ROLE else None


def _resolve(found: dict[str, int], index: int, first_name_first: bool) -> Layout:
    """Settle incomplete name columns: a lone "Nom" holds full names; "Name" beside "First name" is the last."""
    last, first, full = found.get("last"), found.get("first"), found.get("full")
    if last is not None and first is not None:
        full = None
    elif first is not None and full is not None:
        last, full = full, None
    elif full is None and (last is not None or first is not None):
        full, last, first = last if last is not None else first, None, None
    else:
        last = first = None
    return Layout(header=index, last=last, first=first, full=full, class_=found.get("class"),
                  role=found.get("role"), first_name_first=first_name_first and full is not None)


def _looks_like_header(row: Row) -> bool:
    keys = {header_key(cell) for cell in row.cells}
    return bool(keys & (CLASS | ROLE | OTHER))
