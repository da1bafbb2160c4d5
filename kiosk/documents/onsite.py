"""The evacuation list: everyone on site now, class by class (teacher's phone first), then visitors by category.

Read under stress, by someone counting heads: big dark class headings with the count, the teacher's phone
in bold, names in three compact columns, a class continuing on the next page says so at the top. Names are
drawn straight on the canvas in font runs (fonts.draw_text), not as one Paragraph per name: 5,000 people
lay out in a fraction of the time a Table of Paragraphs takes, and every script still prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from kiosk.documents.fonts import BOLD, draw_text, markup, text_width
from kiosk.documents.pages import Styles, build_pdf, styles
from kiosk.domain.dates import local_moment
from kiosk.domain.errors import Msg
from kiosk.domain.kinds import PersonKind
from kiosk.domain.labels import CATEGORY, KIND
from kiosk.domain.presence import ClassOnSite, OnSite
from kiosk.domain.views import PersonView

COLUMNS = 3
NAME_SIZE, NOTE_SIZE, LEADING, MIN_SIZE = 10, 7.5, 14, 5
PAD = 1.5 * mm
STRIPE, NOTE_GREY = colors.HexColor("#EEEEEE"), colors.HexColor("#555555")
CLASS_BAR, VISITOR_BAR = colors.HexColor("#1F2D3D"), colors.HexColor("#4A5A6A")


@dataclass(frozen=True)
class NameCell:
    name: str
    note: str = ""
    bold: bool = False


class NameGrid(Flowable):  # type: ignore[misc]
    """Names row by row in COLUMNS columns, striped; splits between rows, the rest opening with `continued`."""

    def __init__(self, cells: Sequence[NameCell], *, continued: str = "", caption: str = "") -> None:
        super().__init__()
        self.cells, self.continued, self.caption = cells, continued, caption
        self.width = self.height = 0.0

    def _top(self) -> float:
        return LEADING + 2 if self.caption else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        rows = -(-len(self.cells) // COLUMNS)
        self.width, self.height = available_width, self._top() + rows * LEADING
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        rows = int((available_height - self._top()) // LEADING)
        if rows < 1:
            return []
        cut = rows * COLUMNS
        return [NameGrid(self.cells[:cut], continued=self.continued, caption=self.caption),
                NameGrid(self.cells[cut:], continued=self.continued, caption=self.continued)]

    def draw(self) -> None:
        canvas, column = self.canv, self.width / COLUMNS
        top = self.height - self._top()
        if self.caption:
            draw_text(canvas, 0, top + 5, self.caption, NAME_SIZE + 1, bold=True)
        for index, cell in enumerate(self.cells):
            row, col = divmod(index, COLUMNS)
            baseline = top - (row + 1) * LEADING + 4
            if row % 2 == 0 and col == 0:
                canvas.setFillColor(STRIPE)
                canvas.rect(0, baseline - 4, self.width, LEADING, stroke=0, fill=1)
                canvas.setFillColor(colors.black)
            _draw_cell(canvas, cell, col * column + PAD, baseline, column - 2 * PAD)


def _draw_cell(canvas: Canvas, cell: NameCell, x: float, y: float, room: float) -> None:
    """The name, then its note in small grey type; both shrink together when the column is too narrow."""
    note = f"  {cell.note}" if cell.note else ""
    wide = text_width(cell.name, NAME_SIZE, cell.bold) + text_width(note, NOTE_SIZE)
    scale = min(1.0, room / wide) if wide else 1.0
    size = max(MIN_SIZE, NAME_SIZE * scale)
    draw_text(canvas, x, y, cell.name, size, bold=cell.bold)
    if note:
        canvas.setFillColor(NOTE_GREY)
        draw_text(canvas, x + text_width(cell.name, size, cell.bold), y, note, max(MIN_SIZE * 0.75, NOTE_SIZE * scale))
        canvas.setFillColor(colors.black)


def onsite_pdf(onsite: OnSite, *, event_name: str, timezone: str, lang: str = "fr") -> bytes:
    """The list as it stood at `onsite.at`; the footer repeats that moment on every page."""
    look = styles()
    moment = local_moment(onsite.at, timezone, lang)
    title = Msg(f"Personnes sur le site : {onsite.total}", f"People on site: {onsite.total}").text(lang)
    story: list[Flowable] = [Paragraph(title, _big(look.title, 20)),
                             Paragraph(Msg("État au", "As of").text(lang) + " " + moment, look.heading),
                             Paragraph(markup(event_name), look.body), _summary(onsite, look, lang),
                             Spacer(1, 3 * mm)]
    for visit in onsite.classes:
        story += _class_block(visit, look, lang)
    if onsite.visitors:
        story.append(Paragraph(Msg("Visiteurs individuels", "Individual visitors").text(lang), _big(look.title, 16)))
    for category, people in onsite.visitors.items():
        story += _section(CATEGORY[category].text(lang), [NameCell(_name(p), p.organisation) for p in people],
                          VISITOR_BAR, look, lang)
    if not onsite.total:
        story.append(Paragraph(Msg("Personne n'est sur le site.", "Nobody is on site.").text(lang), look.heading))
    story.append(Paragraph(title, _big(look.heading, 16)))
    footer = f"{title} — {moment}"
    return build_pdf(story, title=Msg("Personnes sur le site", "People on site").text(lang), footer=footer,
                     lang=lang)


def _big(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.25,
                          spaceBefore=6, spaceAfter=4)


def _people(count: int, lang: str) -> str:
    french = f"{count} personne{'s' if count > 1 else ''}"
    return Msg(french, f"{count} {'person' if count == 1 else 'people'}").text(lang)


def _summary(onsite: OnSite, look: Styles, lang: str) -> Paragraph:
    in_classes = sum(len(c.people) for c in onsite.classes)
    count = len(onsite.classes)
    classes = Msg(f"{count} classe{'s' if count > 1 else ''}", f"{count} class{'es' if count != 1 else ''}")
    return Paragraph(Msg(f"Classes : {_people(in_classes, lang)} dans {classes.fr} · visiteurs individuels : "
                         f"{onsite.total - in_classes}",
                         f"Classes: {_people(in_classes, lang)} in {classes.en} · individual visitors: "
                         f"{onsite.total - in_classes}").text(lang), look.body)


def _name(person: PersonView) -> str:
    return f"{person.last_name} {person.first_name}"


def _class_block(visit: ClassOnSite, look: Styles, lang: str) -> list[Flowable]:
    group = visit.group
    contact = " · ".join(part for part in (group.teacher_name, group.teacher_phone) if part)
    cells = [NameCell(_name(p), "" if p.kind is PersonKind.PUPIL else KIND[p.kind].text(lang),
                      bold=p.kind is not PersonKind.PUPIL) for p in visit.people]
    return _section(f"{group.school} — {group.label}", cells, CLASS_BAR, look, lang, contact)


def _section(heading: str, cells: list[NameCell], shade: colors.Color, look: Styles, lang: str,
             contact: str = "") -> list[Flowable]:
    """A dark bar with the heading and the count, the teacher's phone, and at least three rows of names with them;
    a page that goes on with the names repeats the heading and the phone."""
    white = ParagraphStyle("bar", parent=_big(look.heading, 14), textColor=colors.white, spaceBefore=0,
                           spaceAfter=0)
    right = ParagraphStyle("bar-right", parent=white, alignment=TA_RIGHT)
    bar = Table([[Paragraph(markup(heading, bold=True), white), Paragraph(_people(len(cells), lang), right)]],
                colWidths=(None, 50 * mm),
                style=[("BACKGROUND", (0, 0), (-1, -1), shade), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    continued = f"{heading} ({Msg('suite', 'continued').text(lang)})" + (f" — {contact}" if contact else "")
    block: list[Flowable] = [CondPageBreak(40 * mm), Spacer(1, 3 * mm), bar]
    if contact:
        label = Msg("Enseignant : ", "Teacher: ").text(lang)
        block.append(Paragraph(f'{label}<font name="{BOLD}">{markup(contact, bold=True)}</font>',
                               _big(look.body, 12)))
    return [*block, NameGrid(cells, continued=continued)]
