"""The cover of a day's attendance sheets: the classes expected that day, in the order their sheets follow,
for reception to see at a glance who is due, when, and whom to call."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kiosk.documents.fonts import markup
from kiosk.documents.pages import styles
from kiosk.documents.text_cell import TextCell
from kiosk.domain.attendance import AttendanceSheet
from kiosk.domain.dates import long_date
from kiosk.domain.errors import Msg

COLUMNS = (Msg("Créneau", "Time slot"), Msg("Établissement", "School"), Msg("Classe", "Class"),
           Msg("Enseignant", "Teacher"), Msg("Téléphone", "Phone"), Msg("Attendus", "Booked"),
           Msg("Inscrits", "On the list"))
WIDTHS = (20 * mm, 52 * mm, 18 * mm, 36 * mm, 26 * mm, 14 * mm, 14 * mm)
GRID, HEADER_SHADE = colors.HexColor("#888888"), colors.HexColor("#D5DCE5")


def cover_story(sheets: Sequence[AttendanceSheet], lang: str) -> list[Flowable]:
    """Title, event and day, the number of classes and pupils, then one row per class."""
    look = styles()
    first = sheets[0]
    pupils = sum(sheet.pupils.listed for sheet in sheets)
    title = Msg("Feuilles de présence", "Attendance sheets").text(lang) + " — " + long_date(first.day, lang)
    summary = Msg(f"{len(sheets)} classes, {pupils} élèves inscrits", f"{len(sheets)} classes, {pupils} pupils "
                  "on the lists").text(lang)
    header = [Paragraph(column.text(lang), look.cell_bold) for column in COLUMNS]
    rows = [[sheet.slot, TextCell(sheet.school, 9, min_size=8), TextCell(sheet.class_label, 9, bold=True,
                                                                          min_size=8),
             TextCell(sheet.teacher, 9, min_size=8), sheet.phone,
             "—" if sheet.expected is None else str(sheet.expected), str(sheet.pupils.listed)] for sheet in sheets]
    table = Table([header, *rows], colWidths=WIDTHS, repeatRows=1,
                  style=[("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 1), (-1, -1), look.cell.fontName),
                         ("FONTSIZE", (0, 1), (-1, -1), 9), ("ALIGN", (5, 0), (-1, -1), "CENTER")])
    return [Paragraph(title, look.title), Paragraph(markup(first.event_name), look.body),
            Paragraph(summary, look.heading), Spacer(1, 3 * mm), table]
