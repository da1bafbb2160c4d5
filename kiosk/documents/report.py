"""Organiser reports: one day, or the whole event, as A4 pages of key figures, hourly charts and tables.

Plain data in (kiosk.domain.stats), PDF bytes out: the caller decides where they go (output.write_atomically).
Hours are those of the event's time zone, whatever the computer printing the report is set to.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kiosk.documents.fonts import markup
from kiosk.documents.pages import build_pdf
from kiosk.documents.report_hours import day_by_day, hours_of_day, hours_of_event, key_figures
from kiosk.documents.report_labels import number
from kiosk.documents.report_sections import audience, classes, departements, levels, schools, slots
from kiosk.documents.report_tables import look
from kiosk.domain.clock import zone
from kiosk.domain.dates import local_moment, long_date
from kiosk.domain.errors import Msg
from kiosk.domain.stats import DayStats, EventStats, Figures

AS_OF = Msg("Chiffres arrêtés au", "Figures as of")


def day_report(stats: DayStats, lang: str = "fr") -> bytes:
    """The day's report: who came against who was expected, hour by hour, slot by slot, school by school."""
    tz = zone(stats.timezone)
    title = Msg(f"Bilan du {long_date(stats.day, 'fr')}", f"Report for {long_date(stats.day, 'en')}").text(lang)
    story = [*_top(stats, title, "", lang), key_figures(stats.figures, lang, tz, one_day=True),
             _refused_line(stats.refused, lang), *hours_of_day(stats.figures, lang),
             *_who(stats.figures, lang, one_day=True)]
    return build_pdf(story, title=title, footer=_footer(stats, title, lang), lang=lang)


def _refused_line(refused: int, lang: str) -> Paragraph:
    """Scans turned away (forged, foreign or unregistered codes), so organisers see forgery attempts."""
    return Paragraph(Msg(f"Passages refusés (code non valide ou inconnu) : {number(refused, 'fr')}.",
                         f"Refused scans (invalid or unknown code): {number(refused, 'en')}.").text(lang), look().small)


def event_report(stats: EventStats, lang: str = "fr") -> bytes:
    """The whole event: the same tables over every day, each person counted once, and a line per day."""
    tz = zone(stats.timezone)
    days = [d.day for d in stats.days]
    title = Msg("Bilan de l'événement", "Event report").text(lang)
    dates = Msg(f"Du {long_date(days[0], 'fr')} au {long_date(days[-1], 'fr')}",
                f"From {long_date(days[0], 'en')} to {long_date(days[-1], 'en')}").text(lang)
    story = [*_top(stats, title, dates, lang), key_figures(stats.figures, lang, tz, one_day=False),
             *day_by_day(stats.days, stats.figures, lang, tz), *hours_of_event(stats.figures, days, lang),
             *_who(stats.figures, lang, one_day=False)]
    return build_pdf(story, title=title, footer=_footer(stats, title, lang), lang=lang)


def _top(stats: DayStats | EventStats, title: str, dates: str, lang: str) -> list[Flowable]:
    where = " — ".join(markup(part) for part in (stats.event, stats.venue) if part)
    moment = local_moment(stats.at, stats.timezone, lang)
    zone_note = Msg(f"fuseau {stats.timezone}", f"{stats.timezone} time").text(lang)
    lines = [Paragraph(title, look().title), Paragraph(where, look().heading)]
    if dates:
        lines.append(Paragraph(dates, look().body))
    lines += [Paragraph(f"{AS_OF.text(lang)} {moment} ({zone_note}).", look().small), Spacer(1, 4 * mm)]
    return lines


def _who(figures: Figures, lang: str, *, one_day: bool) -> list[Flowable]:
    return [*audience(figures, lang, one_day=one_day), *classes(figures, lang),
            *slots(figures, lang, with_day=not one_day), *levels(figures, lang), *departements(figures, lang),
            *schools(figures, lang)]


def _footer(stats: DayStats | EventStats, title: str, lang: str) -> str:
    return f"{title} — {AS_OF.text(lang).lower()} {local_moment(stats.at, stats.timezone, lang)}"
