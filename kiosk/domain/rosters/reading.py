"""Text rosters (CSV, TSV, TXT, pasted text) to rows of stripped cells, with their line numbers.

French Excel saves "CSV" as Windows-1252 with semicolons, LibreOffice as UTF-8 with commas, copy-paste
from a spreadsheet gives tabs: the encoding and separator are guessed rather than asked.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from kiosk.domain.errors import Msg
from kiosk.domain.rosters import messages

SEPARATORS = (";", "\t", ",")  # order breaks ties: ";" is what French Excel writes
_SAMPLE_LINES = 30
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Row:
    """One source row: its 1-based line (or sheet row) number and its cells, stripped."""

    line: int
    cells: tuple[str, ...]
    unsplit: bool = False  # a text line without separator: its one cell may be a full name

    def cell(self, index: int | None) -> str:
        """The cell at `index`, or "" when the column is absent or the row is short."""
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]

    @property
    def blank(self) -> bool:
        return not any(self.cells)

    @property
    def width(self) -> int:
        """Number of cells up to the last non-empty one."""
        filled = [i for i, value in enumerate(self.cells) if value]
        return filled[-1] + 1 if filled else 0


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(data: bytes, where: Msg) -> str:
    """UTF-8 (with or without BOM) first, then Windows-1252 as French Excel writes, then Latin-1.

    A file that is UTF-8 in places but not everywhere (two files pasted together) is refused with the line
    of its first bad byte: read as Windows-1252 it would store "LÃ©vy" without a word of warning.
    """
    if data.startswith(_UTF16_BOMS):  # Excel's "Unicode text" export
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if _UTF8_SEQUENCE.search(data):
            line = data.count(b"\n", 0, error.start) + 1
            raise messages.MIXED_ENCODING.error(where=where, line=line) from error
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # never fails: every byte is a character


def detect_separator(text: str) -> str | None:
    """The separator giving the same column count (> 1) on most of the first lines, or None.

    "Most" rather than "all" because title lines above the header have no separator at all.
    """
    sample = [line for line in text.splitlines()[: _SAMPLE_LINES * 2] if line.strip()][:_SAMPLE_LINES]
    best: tuple[int, str | None] = (0, None)
    for separator in SEPARATORS:
        widths = [len(cells) for cells in csv.reader(sample, delimiter=separator)]
        common = Counter(w for w in widths if w > 1).most_common(1)
        if common and common[0][1] * 2 >= len(widths) and common[0][1] > best[0]:
            best = (common[0][1], separator)
    return best[1]


def text_rows(text: str, where: Msg) -> list[Row]:
    """Rows of a CSV-like text; a text without separator gives one cell per line."""
    text = text.replace("\x00", "")
    separator = detect_separator(text)
    if separator is None:
        return [Row(number, (_unquote(line.strip()),), True) for number, line in _numbered_lines(text)]
    return list(_csv_rows(text, separator, where))


def pasted_rows(text: str) -> list[Row]:
    """Rows of pasted text, split line by line: a paste may mix "Dupont;Marie" and "Marie DUPONT"."""
    rows: list[Row] = []
    for number, line in _numbered_lines(text.replace("\x00", "")):
        cells = _split_pasted(line)
        rows.append(Row(number, cells, unsplit=len(cells) == 1))
    return rows


def _split_pasted(line: str) -> tuple[str, ...]:
    for separator in SEPARATORS:
        if separator in line:
            return tuple(_unquote(cell.strip()) for cell in line.split(separator))
    return (_unquote(line.strip()),)


def _numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """Lines numbered as a text editor shows them (only CR, LF and CRLF end a line)."""
    return enumerate(_LINE_BREAK.split(text.removesuffix("\n").removesuffix("\r")), start=1)


def _unquote(cell: str) -> str:
    """Strip the quotes a spreadsheet puts around a lone cell ("DUPONT Marie")."""
    if len(cell) >= 2 and cell[0] == cell[-1] == '"':
        return cell[1:-1].replace('""', '"').strip()
    return cell


def _csv_rows(text: str, separator: str, where: Msg) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise messages.UNREADABLE_LINE.error(where=where, line=start) from exc
        yield Row(start, tuple(cell.strip() for cell in cells), len(cells) == 1)
        start = reader.line_num + 1

