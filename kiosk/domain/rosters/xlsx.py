"""Excel workbooks (.xlsx, .xlsm) to rows of stripped cells, numbered as Excel numbers its rows.

Only the active sheet is read: that is the one the user sees on opening the file, and the one
school software exports to.
"""

from __future__ import annotations

import datetime as dt
import io

from kiosk.domain.errors import Msg
from kiosk.domain.rosters import messages
from kiosk.domain.rosters.reading import Row

RawRow = tuple[object, ...]


def xlsx_rows(data: bytes, name: str, where: Msg, max_rows: int) -> list[Row]:
    """Rows of the active sheet; a damaged or fake workbook becomes one clear KioskError."""
    return [Row(number, _trimmed(raw)) for number, raw in enumerate(_raw_rows(data, name, where, max_rows), 1)]


def _raw_rows(data: bytes, name: str, where: Msg, max_rows: int) -> list[RawRow]:
    """The cell values, read in streaming mode; openpyxl's many failure types are caught here only.

    openpyxl reports a damaged archive with whatever its zip or XML layer raised (BadZipFile,
    KeyError, ValueError, XML errors...), so nothing narrower than Exception covers them; the block
    holds openpyxl calls only, so our own bugs are not hidden by it.
    """
    import openpyxl  # here, not at the top: it costs a tenth of a second at every kiosk start

    rows: list[RawRow] = []
    filled = 0
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.active
            sheet.reset_dimensions()  # a wrong <dimension> would drop or pad rows
            for raw in sheet.iter_rows(min_row=1, values_only=True):
                rows.append(tuple(raw))
                filled += any(value not in (None, "") for value in raw)
                if filled > max_rows or len(rows) > max_rows * 10:
                    break
        finally:
            workbook.close()
    except Exception as exc:
        raise messages.CORRUPT_WORKBOOK.error(name=name) from exc
    if filled > max_rows or len(rows) > max_rows * 10:
        raise messages.TOO_MANY_ROWS.error(where=where, limit=max_rows)
    return rows


def _trimmed(raw: RawRow) -> tuple[str, ...]:
    """Cells as text, trailing empty cells dropped (read-only sheets pad rows unevenly)."""
    cells = [cell_text(value) for value in raw]
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def cell_text(value: object) -> str:
    """A cell as the user typed it: 4.0 is "4", dates in ISO form, None is ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()
