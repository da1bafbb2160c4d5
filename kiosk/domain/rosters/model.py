"""What a parsed roster is: entries ready to store, and the problems that block the import.

The importer writes nothing while `problems` is not empty, so a half-imported class never reaches the
kiosk; entries are still returned so a preview can show everything that did parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.errors import Msg
from kiosk.domain.kinds import PersonKind
from kiosk.domain.text import fold


@dataclass(frozen=True)
class RosterEntry:
    """One person of the roster, names cleaned for display (NFC, spaces collapsed)."""

    line: int  # 1-based line (CSV/text) or row (XLSX) number, for messages
    first_name: str
    last_name: str
    class_label: str | None  # None when the file has no class column
    kind: PersonKind = PersonKind.PUPIL

    def key(self) -> tuple[str, str, str]:
        """Folded identity used to spot the same person twice in one class."""
        return fold(self.first_name), fold(self.last_name), fold(self.class_label or "")


@dataclass(frozen=True)
class LineProblem:
    """A row the user must fix; the message already names the line."""

    line: int
    msg: Msg


@dataclass
class ParsedRoster:
    """Everything one file or paste produced; `problems` non-empty means: import nothing."""

    source: str  # file name, or "texte collé"
    entries: list[RosterEntry] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def class_labels(self) -> list[str | None]:
        """Distinct class labels as written, in order of first appearance (None: no class column)."""
        return list(dict.fromkeys(entry.class_label for entry in self.entries))

    def duplicates(self) -> list[tuple[RosterEntry, RosterEntry]]:
        """Pairs (first seen, later one) with the same folded names in the same class.

        Flagged rather than merged: twins with the same first name exist, a typo in a copy-paste too,
        and only the organiser can tell them apart.
        """
        first_seen: dict[tuple[str, str, str], RosterEntry] = {}
        pairs: list[tuple[RosterEntry, RosterEntry]] = []
        for entry in self.entries:
            earlier = first_seen.setdefault(entry.key(), entry)
            if earlier is not entry:
                pairs.append((earlier, entry))
        return pairs
