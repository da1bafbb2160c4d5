"""XLSX exports beside the CSV ones: the same tables, for spreadsheets that read CSV wrong.

French Excel opening a CSV turns the postcode "01000" into 1000 and a badge code like "1E5…" into a
number; in an XLSX every text column is typed as text (cells and column format "@"), so what was typed
stays as typed. The header row is frozen and carries filters. Rows are streamed (openpyxl's write-only
mode), so 100,000 people take little memory. Text that starts like a formula stays text.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from kiosk.documents.csv_export import people_table, scans_table, stats_table
from kiosk.domain.errors import Msg
from kiosk.domain.stats import DayStats, EventStats
from kiosk.domain.stats_rows import ScanLine
from kiosk.domain.views import PersonView

TEXT = "@"
WIDTH = 18


def table_xlsx(headers: Sequence[str], rows: Iterable[Sequence[object]], *, title: str) -> bytes:
    """One sheet called `title`: the header in bold, frozen, with filters; strings as text, numbers as numbers."""
    book = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = book.create_sheet(title[:31])
    for index in range(1, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTH
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_cell(sheet, header, bold) for header in headers])
    count = 0
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cell(sheet: WriteOnlyWorksheet, value: object, font: Font | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever it starts with
        cell.number_format = TEXT
    if font is not None:
        cell.font = font
    return cell


def people_xlsx(people: Iterable[PersonView], *, timezone: str, lang: str) -> bytes:
    return table_xlsx(*people_table(people, timezone=timezone, lang=lang), title=Msg("Personnes", "People").text(lang))


def scans_xlsx(scans: Iterable[ScanLine], *, timezone: str, lang: str) -> bytes:
    return table_xlsx(*scans_table(scans, timezone=timezone, lang=lang), title="Scans")


def stats_xlsx(stats: DayStats | EventStats, lang: str) -> bytes:
    return table_xlsx(*stats_table(stats, lang=lang), title=Msg("Statistiques", "Statistics").text(lang))
