"""Attendance sheets: one per class, with the class QR code, a ruled roster, totals and the teacher's signature.

A day's sheets go in one file, each class on its own pages and numbered on its own ("page 1 / 2" of that
class), so a sheet taken out of the pile is complete: one document whose `Section` markers restart the
numbering and the footer at each class, with one bookmark per class (fonts embedded once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import DocIf, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from kiosk.documents.attendance_cover import cover_story
from kiosk.documents.fonts import BOLD, REGULAR, draw_text, markup, runs, text_width
from kiosk.documents.pages import Section, Styles, build_pdf, styles
from kiosk.documents.qr import draw_qr
from kiosk.documents.text_cell import TextCell
from kiosk.domain.attendance import AttendanceRow, AttendanceSheet, Tally
from kiosk.domain.clock import local_time_text, utc_now
from kiosk.domain.codes import display_code
from kiosk.domain.dates import local_moment, long_date
from kiosk.domain.errors import Msg
from kiosk.domain.labels import KIND

QR_SIZE = 30 * mm
CELL_PADDING = 6  # ReportLab's default left and right cell padding, in points
MIN_NAME_PT = 8.0
BLANK_ROWS = 3
TOTALS_COLUMNS = (16 * mm, 17 * mm, 16 * mm, 16 * mm, 16 * mm, 15 * mm, 17 * mm)
TOTALS_WIDTH = sum(TOTALS_COLUMNS)
"""Rows left empty on every sheet for pupils added on the day."""
TICKED, EMPTY = "☑", "☐"
COLUMNS = (Msg("N°", "#"), Msg("Nom", "Last name"), Msg("Prénom", "First name"), Msg("Qualité", "Role"),
           Msg("Présent", "Present"), Msg("Arrivée", "Arrived"), Msg("Départ", "Left"))
WIDTHS = (9 * mm, 41 * mm, 37 * mm, 33 * mm, 20 * mm, 19 * mm, 19 * mm)
GRID, ADULT_SHADE, HEADER_SHADE = colors.HexColor("#888888"), colors.HexColor("#E8EEF5"), colors.HexColor("#D5DCE5")


class GroupQr(Flowable):  # type: ignore[misc]
    """The class code as a vector QR code of side `size` (quiet zone included)."""

    def __init__(self, payload: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.payload, self.size = payload, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.payload, 0, 0, self.size)


def attendance_pdf(sheets: Sequence[AttendanceSheet], *, lang: str = "fr",
                   printed_at: dt.datetime | None = None, odd_pages: bool = False) -> bytes:
    """The sheets, in the order given, as one PDF: each class on its own pages, numbered "page n / total"
    for that class alone, with its own footer and bookmark; `printed_at` (default: now) goes in every footer.

    Several classes open with a cover page listing them. `odd_pages` starts each class on an odd page (a blank
    page is added where needed), so that printed on both sides no sheet carries the end of another class."""
    if not sheets:
        raise ValueError("no attendance sheet to print")
    printed_at = printed_at or utc_now()
    story: list[Flowable] = []
    if len(sheets) > 1:
        story += [Section(_cover_footer(sheets[0], lang, printed_at), Msg("Sommaire", "Contents").text(lang)),
                  *cover_story(sheets, lang)]
    for sheet in sheets:
        if story:
            story.append(PageBreak())
            if odd_pages:
                story.append(DocIf("doc.page % 2 == 0", [BlankPage(lang), PageBreak()]))
        story += [Section(_footer(sheet, lang, printed_at), f"{sheet.school} — {sheet.class_label}"),
                  *sheet_story(sheet, lang)]
    title = _title(lang) if len(sheets) > 1 else f"{_title(lang)} — {sheets[0].class_label}"
    return build_pdf(story, title=title, footer="", lang=lang)


def _title(lang: str) -> str:
    return Msg("Feuille de présence", "Attendance sheet").text(lang)


def _cover_footer(sheet: AttendanceSheet, lang: str, printed_at: dt.datetime) -> str:
    printed = Msg("imprimées le", "printed on").text(lang) + " " + local_moment(printed_at, sheet.timezone, lang)
    return f"{Msg('Feuilles de présence', 'Attendance sheets').text(lang)} — {long_date(sheet.day, lang)} — {printed}"


def _footer(sheet: AttendanceSheet, lang: str, printed_at: dt.datetime) -> str:
    printed = Msg("imprimée le", "printed on").text(lang) + " " + local_moment(printed_at, sheet.timezone, lang)
    return f"{_title(lang)} — {sheet.school} — {sheet.class_label} — {printed}"


def sheet_story(sheet: AttendanceSheet, lang: str) -> list[Flowable]:
    """The flowables of one class's sheet: header with the QR code, roster (or why there is none), totals.

    Compact enough that a full class (30 pupils and 3 adults) fits on one page with its totals and signature.
    """
    look = styles()
    story: list[Flowable] = [Paragraph(f"{_title(lang)} — {markup(sheet.class_label, bold=True)}", look.title),
                             _header(sheet, look, lang), Spacer(1, 3 * mm)]
    if not sheet.pupils.listed:
        story += [_no_pupils(look, lang), Spacer(1, 3 * mm)]
    bottom = Table([[_totals(sheet, look, lang),
                     _signature(Msg("Signature de l'enseignant", "Teacher's signature"), look, lang),
                     _signature(Msg("Signature de l'accueil", "Reception's signature"), look, lang)]],
                   colWidths=(TOTALS_WIDTH + 2 * mm, None, None),
                   style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm)])
    story += [_roster(sheet, look, lang), Spacer(1, 2 * mm), KeepTogether([bottom])]
    return story


def _header(sheet: AttendanceSheet, look: Styles, lang: str) -> Table:
    """Who and when on the left; the class code to scan at a kiosk on the right."""
    return Table([[_fields(sheet, look, lang), GroupQr(sheet.code)]], colWidths=(None, QR_SIZE + 2 * mm),
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (1, 0), (1, 0), "RIGHT")])


def _fields(sheet: AttendanceSheet, look: Styles, lang: str) -> Table:
    """Two labelled fields a line, then the class code as people type it when the QR code will not scan."""
    def label(fr: str, en: str) -> Paragraph:
        return Paragraph(Msg(fr, en).text(lang), look.small)

    def value(text: str) -> Paragraph:
        return Paragraph(markup(text or "—", bold=True), look.cell_bold)

    expected = Msg("non précisé", "not given").text(lang) if sheet.expected is None else str(sheet.expected)
    scan = Msg("à scanner à l'accueil pour ouvrir la liste", "scan it at a kiosk to open the roster").text(lang)
    code = Paragraph(f'<font name="{BOLD}" color="black">{display_code(sheet.code)}</font> — {scan}', look.small)
    rows = [[label("Établissement", "School"), value(sheet.school), label("Jour", "Day"),
             value(long_date(sheet.day, lang))],
            [label("Classe", "Class"), value(sheet.class_label), label("Créneau", "Time slot"), value(sheet.slot)],
            [label("Enseignant", "Teacher"), value(sheet.teacher), label("Téléphone", "Phone"), value(sheet.phone)],
            [label("Événement", "Event"), value(sheet.event_name), label("Effectif attendu", "Expected pupils"),
             value(expected)],
            [label("Code de la classe", "Class code"), code, "", ""]]
    return Table(rows, colWidths=(24 * mm, 44 * mm, 24 * mm, None),
                 style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("SPAN", (1, -1), (-1, -1)),
                        ("LEFTPADDING", (0, 0), (0, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)])


def _no_pupils(look: Styles, lang: str) -> Table:
    text = Msg("Aucun élève n'est inscrit dans cette classe.", "No pupil is registered in this class.").text(lang)
    return Table([[Paragraph(text, look.heading)]], colWidths=(sum(WIDTHS),),
                 style=[("BOX", (0, 0), (-1, -1), 1, GRID), ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])


def _roster(sheet: AttendanceSheet, look: Styles, lang: str) -> Table:
    """The ruled table: the header row repeats on every page; adults first, shaded, with their role."""
    header = [Paragraph(column.text(lang), look.cell_bold) for column in COLUMNS]
    body = [_row(number, row, sheet.timezone, look, lang) for number, row in enumerate(sheet.rows, start=1)]
    body += [["", "", "", "", EMPTY, "", ""]] * BLANK_ROWS
    style = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 1), (-1, -1), REGULAR),
             ("FONTNAME", (1, 1), (1, -1), BOLD), ("FONTSIZE", (0, 1), (-1, -1), 9),
             ("FONTSIZE", (3, 1), (3, -1), 8), ("TEXTCOLOR", (3, 1), (3, -1), look.small.textColor),
             ("FONTSIZE", (4, 1), (4, -1), 12), ("LEADING", (0, 1), (-1, -1), 11),
             ("ALIGN", (4, 0), (-1, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for i, row in enumerate(sheet.rows, start=1):
        if not row.is_pupil:
            style += [("BACKGROUND", (0, i), (-1, i), ADULT_SHADE), ("FONTSIZE", (3, i), (3, i), 9),
                      ("TEXTCOLOR", (3, i), (3, i), colors.black)]
    return Table([header, *body], colWidths=WIDTHS, repeatRows=1, style=TableStyle(style),
                 rowHeights=[None] * (len(body) + 1 - BLANK_ROWS) + [6 * mm] * BLANK_ROWS)


def _row(number: int, row: AttendanceRow, zone_name: str, look: Styles, lang: str) -> list[object]:
    return [str(number), _text_cell(row.last_name, look.cell_bold, WIDTHS[1]),
            _text_cell(row.first_name, look.cell, WIDTHS[2]), KIND[row.kind].text(lang),
            TICKED if row.present else EMPTY,
            local_time_text(row.arrived_at, zone_name) if row.arrived_at else "",
            local_time_text(row.left_at, zone_name) if row.left_at else ""]


def _text_cell(text: str, style: ParagraphStyle, width: float) -> str | TextCell:
    """Plain text when it is one run of the kiosk font and fits (tables draw that several times faster);
    otherwise a TextCell, which shapes any script and wraps between words, never inside one."""
    bold = style.fontName == BOLD
    pieces = runs(text, bold)
    plain = (len(pieces) == 1 and pieces[0].font == style.fontName and pieces[0].glyphs == text
             and text_width(text, style.fontSize, bold) <= width - 2 * CELL_PADDING)
    return text if plain else TextCell(text, style.fontSize, bold=bold, min_size=MIN_NAME_PT)


def _totals(sheet: AttendanceSheet, look: Styles, lang: str) -> Table:
    """Booked (pupils only), on the list, present, absent (on the list, not checked in), left again and still on
    site, by kind; the last column is the one to check at the end of the visit."""
    def counts(label: Msg, booked: int | None, tally: Tally) -> list[object]:
        return [Paragraph(label.text(lang), look.cell_bold), "—" if booked is None else str(booked),
                *map(str, (tally.listed, tally.present, tally.absent, tally.left, tally.still_on_site))]

    pupils, adults = sheet.pupils, sheet.adults
    everyone = Tally(pupils.listed + adults.listed, pupils.present + adults.present, pupils.left + adults.left)
    head = ParagraphStyle("totals-head", parent=look.cell_bold, fontSize=8, leading=9.5)
    header = [Paragraph(m.text(lang), head) for m in (
        Msg("Totaux", "Totals"), Msg("Attendus", "Booked"), Msg("Inscrits", "On the list"),
        Msg("Présents", "Present"), Msg("Absents", "Absent"), Msg("Partis", "Left"),
        Msg("Encore là", "Still here"))]
    rows = [header, counts(Msg("Élèves", "Pupils"), sheet.expected, pupils),
            counts(Msg("Adultes", "Adults"), None, adults), counts(Msg("Total", "Total"), None, everyone)]
    return Table(rows, colWidths=TOTALS_COLUMNS, hAlign="LEFT",
                 style=[("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
                        ("FONTNAME", (1, 1), (-1, -1), REGULAR), ("FONTNAME", (1, -1), (-1, -1), BOLD),
                        ("FONTSIZE", (1, 1), (-1, -1), 9.5), ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                        ("BACKGROUND", (-1, 1), (-1, -1), ADULT_SHADE), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])


def _signature(title: Msg, look: Styles, lang: str) -> Table:
    """A labelled box to sign in: the teacher vouches for the ticks and the counts, reception for receiving them."""
    return Table([[Paragraph(title.text(lang), look.small)], [""]], rowHeights=[None, 11 * mm],
                 style=[("BOX", (0, 0), (-1, -1), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")])


class BlankPage(Flowable):  # type: ignore[misc]
    """The words "page left blank" on the page added so that the next class starts on an odd page."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 12

    def draw(self) -> None:
        self.canv.setFillColor(GRID)
        draw_text(self.canv, self.width / 2, 0, Msg("Page laissée blanche", "Page left blank").text(self.lang), 9,
                  centred=True)
