"""Roster import, parsing half: files or pasted text to validated entries, nothing written.

Use `parse_roster_file`, `parse_roster_bytes` or `parse_pasted_text`; whole-input problems raise
KioskError, row problems come back in `ParsedRoster.problems` with their line number.
"""

from kiosk.domain.rosters.model import LineProblem, ParsedRoster, RosterEntry
from kiosk.domain.rosters.names import split_full_name
from kiosk.domain.rosters.parse import (
    MAX_FILE_BYTES,
    PASTED_SOURCE,
    parse_pasted_text,
    parse_roster_bytes,
    parse_roster_file,
)

__all__ = [
    "MAX_FILE_BYTES",
    "PASTED_SOURCE",
    "LineProblem",
    "ParsedRoster",
    "RosterEntry",
    "parse_pasted_text",
    "parse_roster_bytes",
    "parse_roster_file",
    "split_full_name",
]
