"""The kiosk's screens by name, each typed with what it opens with: `nav.open(Screen.PERSON, person_id)`
is checked by mypy (a person screen opens with a PersonView or a person id, a roster with a GroupView…).

The catalogue (catalogue.py) says which view and controller serve each key.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from kiosk.domain.checkin import ScanOutcome
from kiosk.domain.views import GroupView, PersonView
from kiosk.ui.file_places import FileRequest
from kiosk.ui.printing import Document

P = TypeVar("P")


class SearchStart(enum.Enum):
    NEW = "new"  # an empty field
    BACK = "back"  # back from a person: what was typed stays, the rows are read again


class Access(enum.IntEnum):
    """Who is using the kiosk: the public, the reception staff (staff PIN), the organiser (organiser PIN)."""

    PUBLIC = 0
    STAFF = 1
    ORGANISER = 2


@dataclass(frozen=True)
class PinRequest:
    """The PIN pad asked for a level of access, then `then` once it is given."""

    level: Access
    then: Callable[[], None]


class Screen(Generic[P]):
    """A screen's key; `P` is the type of what it opens with (None: nothing)."""

    HOME: ClassVar[Screen[None]]
    RESULT: ClassVar[Screen[ScanOutcome]]
    TROUBLE: ClassVar[Screen[str]]  # the log file with the details
    SEARCH: ClassVar[Screen[SearchStart]]
    PERSON: ClassVar[Screen[PersonView | int]]
    VISITOR: ClassVar[Screen[None]]
    ROSTER: ClassVar[Screen[GroupView]]
    CLASS_FORM: ClassVar[Screen[None]]
    PIN: ClassVar[Screen[PinRequest]]
    ORGANISER: ClassVar[Screen[None]]
    DASHBOARD: ClassVar[Screen[None]]
    IMPORTS: ClassVar[Screen[None]]
    DOCUMENTS: ClassVar[Screen[int | None]]  # a class to choose at once (after an import)
    PREVIEW: ClassVar[Screen[Document]]
    SETTINGS: ClassVar[Screen[None]]
    ABOUT: ClassVar[Screen[None]]  # the version and the licences, from the settings
    FILE_CHOOSER: ClassVar[Screen[FileRequest]]  # a roster to read or a place to save a PDF

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Screen.{self.name.upper()}"


for _name in Screen.__annotations__:
    setattr(Screen, _name, Screen(_name.lower()))
