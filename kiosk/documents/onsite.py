"""The evacuation list: everyone on site now, class by class (teacher's phone first), then visitors by category.

Read at the assembly point by someone counting heads: a roll call, one row per person with a box to tick,
read down the page (`roll_call`); big dark class headings with the count, the teacher's phone in bold, the
class's totals under its rows, blank rows for people found who were not on the list, and a class
continuing on the next page says so at the top.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from kiosk.documents.fonts import BOLD, markup
from kiosk.documents.pages import Styles, build_pdf, styles
from kiosk.documents.roll_call import RollCall, RollRow
from kiosk.domain.dates import local_moment
from kiosk.domain.errors import Msg
from kiosk.domain.kinds import PersonKind
from kiosk.domain.labels import CATEGORY, KIND
from kiosk.domain.presence import ClassOnSite, OnSite
from kiosk.domain.views import PersonView

BLANK_PER_CLASS, BLANK_AT_END = 2, 10
"""Rows left empty for people found who were not on the list: after each class, and a page-worth at the end."""
CLASS_BAR, VISITOR_BAR = colors.HexColor("#1F2D3D"), colors.HexColor("#4A5A6A")


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
        story += _section(CATEGORY[category].text(lang), [RollRow(_name(p), p.organisation) for p in people],
                          VISITOR_BAR, look, lang)
    if not onsite.total:
        story.append(Paragraph(Msg("Personne n'est sur le site.", "Nobody is on site.").text(lang), look.heading))
    story += _section(Msg("Personnes trouvées hors de la liste", "People found who were not on the list").text(lang),
                      [RollRow()] * BLANK_AT_END, VISITOR_BAR, look, lang, counted=False)
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
    rows = [RollRow(_name(p), "" if p.kind is PersonKind.PUPIL else KIND[p.kind].text(lang),
                    bold=p.kind is not PersonKind.PUPIL) for p in visit.people]
    block = _section(f"{group.school} — {group.label}", [*rows, *[RollRow()] * BLANK_PER_CLASS], CLASS_BAR, look,
                     lang, contact)
    return [*block, _class_totals(visit, look, lang)]


def _class_totals(visit: ClassOnSite, look: Styles, lang: str) -> Paragraph:
    pupils = sum(1 for p in visit.people if p.kind is PersonKind.PUPIL)
    adults = len(visit.people) - pupils
    fr = f"Total {visit.group.label} : {pupils} élève{'s' if pupils > 1 else ''} + {adults} adulte" \
         f"{'s' if adults > 1 else ''} = {_people(len(visit.people), 'fr')} · comptés : ______"
    en = f"Total {visit.group.label}: {pupils} pupil{'s' if pupils != 1 else ''} + {adults} adult" \
         f"{'s' if adults != 1 else ''} = {_people(len(visit.people), 'en')} · counted: ______"
    return Paragraph(markup(Msg(fr, en).text(lang), bold=True), ParagraphStyle(
        "totals", parent=look.body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=3))


def _section(heading: str, rows: list[RollRow], shade: colors.Color, look: Styles, lang: str,
             contact: str = "", *, counted: bool = True) -> list[Flowable]:
    """A dark bar with the heading and the count, the teacher's phone, and at least three rows with them;
    a page that goes on with the rows repeats the heading and the phone."""
    white = ParagraphStyle("bar", parent=_big(look.heading, 14), textColor=colors.white, spaceBefore=0,
                           spaceAfter=0)
    right = ParagraphStyle("bar-right", parent=white, alignment=TA_RIGHT)
    count = _people(sum(1 for row in rows if row.name), lang) if counted else ""
    bar = Table([[Paragraph(markup(heading, bold=True), white), Paragraph(count, right)]],
                colWidths=(None, 50 * mm),
                style=[("BACKGROUND", (0, 0), (-1, -1), shade), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    continued = f"{heading} ({Msg('suite', 'continued').text(lang)})" + (f" — {contact}" if contact else "")
    block: list[Flowable] = [CondPageBreak(40 * mm), Spacer(1, 3 * mm), bar]
    if contact:
        label = Msg("Enseignant : ", "Teacher: ").text(lang)
        block.append(Paragraph(f'{label}<font name="{BOLD}">{markup(contact, bold=True)}</font>',
                               _big(look.body, 12)))
    return [*block, RollCall(rows, continued=continued)]
