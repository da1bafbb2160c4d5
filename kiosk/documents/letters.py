"""Class confirmation letters, sent to each teacher before the visit: the day, the slot, the entrance, the
class QR code (one scan at the desk opens the class), the roster to check, whom to call, and the rules.

One page per class (a long roster goes on), numbered per class like the attendance sheets, from the same
plain data (`AttendanceSheet`); what the database does not hold (the entrance, the organiser's phone, the
rules) comes in `LetterDetails`. Pure and Qt-free: `letters_pdf(...) -> bytes` serves the command line and
the organiser's screen alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from kiosk.documents.attendance import GroupQr
from kiosk.documents.fonts import markup
from kiosk.documents.pages import Section, Styles, build_pdf, styles
from kiosk.documents.text_cell import TextCell
from kiosk.domain.attendance import AttendanceSheet
from kiosk.domain.clock import utc_now
from kiosk.domain.codes import display_code
from kiosk.domain.dates import local_moment, long_date
from kiosk.domain.errors import KioskError, Msg
from kiosk.domain.labels import KIND

QR_SIDE = 42 * mm
NAME_COLUMNS = 2
GRID, SHADE = colors.HexColor("#888888"), colors.HexColor("#E8EEF5")
DEFAULT_RULES = (
    Msg("Présentez-vous à l'entrée indiquée 15 minutes avant le début de votre créneau.",
        "Come to the entrance given above 15 minutes before your time slot."),
    Msg("Le code ci-dessus, scanné à l'accueil, enregistre l'arrivée de toute la classe ; signalez les absents.",
        "The code above, scanned at the desk, checks the whole class in; tell the desk who is absent."),
    Msg("Chaque élève porte son badge de façon visible et reste sous la responsabilité de ses accompagnateurs.",
        "Every pupil wears the badge where it shows and stays in the care of the accompanying adults."),
    Msg("Au départ, repassez par l'accueil : la classe est comptée à la sortie.",
        "When leaving, come back through the desk: the class is counted out."),
)


@dataclass(frozen=True)
class LetterDetails:
    """What a letter says that the database does not hold."""

    venue: str = ""
    entrance: str = ""
    organiser_phone: str = ""
    rules: tuple[str, ...] = ()


def letters_pdf(sheets: Sequence[AttendanceSheet], details: LetterDetails, *, lang: str,
                printed_at: dt.datetime | None = None) -> bytes:
    """One letter per class, in the order given, as one PDF."""
    if not sheets:
        raise KioskError("Aucune classe : aucune lettre à écrire.", "No class: no letter to write.")
    printed_at = printed_at or utc_now()
    story: list[Flowable] = []
    for sheet in sheets:
        if story:
            story.append(PageBreak())
        printed = Msg("imprimée le", "printed on").text(lang) + " " + local_moment(printed_at, sheet.timezone, lang)
        footer = f"{_title(lang)} — {sheet.school} — {sheet.class_label} — {printed}"
        story += [Section(footer, f"{sheet.school} — {sheet.class_label}"), *letter_story(sheet, details, lang)]
    return build_pdf(story, title=_title(lang), footer="", lang=lang)


def _title(lang: str) -> str:
    return Msg("Confirmation de visite", "Visit confirmation").text(lang)


def letter_story(sheet: AttendanceSheet, details: LetterDetails, lang: str) -> list[Flowable]:
    look = styles()
    teacher = sheet.teacher or Msg("l'enseignant responsable", "the teacher in charge").text(lang)
    greeting = Msg(f"À l'attention de {teacher} — {sheet.school}, classe {sheet.class_label}",
                   f"For {teacher} — {sheet.school}, class {sheet.class_label}").text(lang)
    intro = Msg(f"Votre visite de « {sheet.event_name} » est confirmée. Voici ce qu'il faut savoir.",
                f"Your visit to '{sheet.event_name}' is confirmed. Here is what you need to know.").text(lang)
    return [Paragraph(markup(f"{_title(lang)} — {sheet.event_name}", bold=True), look.title),
            Paragraph(markup(greeting), look.heading), Paragraph(markup(intro), look.body), Spacer(1, 3 * mm),
            _facts_and_code(sheet, details, look, lang), Spacer(1, 4 * mm),
            Paragraph(Msg("Votre liste : merci de la vérifier", "Your roster: please check it").text(lang),
                      look.heading),
            Paragraph(Msg("Signalez toute erreur ou tout changement à l'organisation avant la visite.",
                          "Tell the organisers about any mistake or change before the visit.").text(lang), look.small),
            Spacer(1, 2 * mm), _roster(sheet, look, lang), Spacer(1, 4 * mm),
            Paragraph(Msg("Consignes", "Rules").text(lang), look.heading),
            *[Paragraph("• " + markup(rule), look.body) for rule in _rules(details, lang)]]


def _rules(details: LetterDetails, lang: str) -> tuple[str, ...]:
    return details.rules or tuple(rule.text(lang) for rule in DEFAULT_RULES)


def _facts_and_code(sheet: AttendanceSheet, details: LetterDetails, look: Styles, lang: str) -> Table:
    """Day, slot, place, entrance, head count and whom to call on the left; the class code on the right."""
    def row(fr: str, en: str, value: str) -> list[object]:
        return [Paragraph(Msg(fr, en).text(lang), look.small), Paragraph(markup(value or "—", bold=True),
                                                                         look.cell_bold)]

    expected = "—" if sheet.expected is None else str(sheet.expected)
    facts = Table([row("Jour", "Day", long_date(sheet.day, lang)), row("Créneau", "Time slot", sheet.slot),
                   row("Lieu", "Venue", details.venue), row("Entrée", "Entrance", details.entrance),
                   row("Élèves attendus", "Pupils expected", expected),
                   row("Téléphone de l'organisation", "Organisers' phone", details.organiser_phone),
                   row("Votre téléphone (enseignant)", "Your phone (teacher)", sheet.phone)],
                  colWidths=(42 * mm, None), style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                                    ("LINEBELOW", (0, 0), (-1, -2), 0.3, GRID)])
    caption = Paragraph(Msg("À présenter à l'accueil : un scan ouvre votre classe.",
                            "Show it at the desk: one scan opens your class.").text(lang), look.small)
    typed = TextCell(display_code(sheet.code), 7, bold=True, min_size=5, one_line=True)
    code = Table([[GroupQr(sheet.code, QR_SIDE)], [caption], [typed]], colWidths=(QR_SIDE + 14 * mm,),
                 style=[("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOX", (0, 0), (-1, -1), 0.6, GRID)])
    return Table([[facts, code]], colWidths=(None, QR_SIDE + 18 * mm),
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])


def _roster(sheet: AttendanceSheet, look: Styles, lang: str) -> Table:
    """Names in two columns, read down each column; adults first, with their role."""
    names: list[object] = [TextCell(f"{row.last_name} {row.first_name}" + (
        "" if row.is_pupil else f" ({KIND[row.kind].text(lang)})"), 9, bold=not row.is_pupil, min_size=8)
        for row in sheet.rows] or [Paragraph(Msg("Aucun nom encore inscrit.", "No name on the list yet.").text(lang),
                                             look.body)]
    per_column = -(-len(names) // NAME_COLUMNS)
    columns = [names[i * per_column:(i + 1) * per_column] for i in range(NAME_COLUMNS)]
    rows = [[column[r] if r < len(column) else "" for column in columns] for r in range(per_column)]
    return Table(rows, colWidths=(None,) * NAME_COLUMNS, style=[
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *[("BACKGROUND", (0, r), (-1, r), SHADE) for r in range(0, per_column, 2)]])
