"""The "when" sections of a report: the key figures, moves hour by hour (chart and table), and day by day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import accumulate

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from kiosk.documents.fonts import BOLD
from kiosk.documents.pages import MARGIN
from kiosk.documents.report_chart import hour_chart
from kiosk.documents.report_labels import (
    CLASSES_ARRIVED,
    DASH,
    DAY,
    DAYS_TITLE,
    ENTRIES,
    EXITS,
    HOUR,
    HOURS_TITLE,
    PEAK_TITLE,
    PEOPLE_ARRIVED,
    PUPILS_ARRIVED,
    TOTAL,
    clock,
    hour_label,
    number,
    short_day,
)
from kiosk.documents.report_sections import heading, note, section
from kiosk.documents.report_tables import HEADER, Cell, Column, look, table
from kiosk.domain.dates import day_and_month
from kiosk.domain.errors import Msg
from kiosk.domain.stats import DaySummary, Figures, HourTally, Peak

WIDTH = 210 * mm - 2 * MARGIN
DAYS_PER_TABLE = 4
CHART_SERIES = 6
"""More days than this and the charts show every day added up: 31 colours would say nothing."""


def key_figures(figures: Figures, lang: str, tz: dt.tzinfo, *, one_day: bool) -> Table:
    """Four tiles across the page: people, pupils, classes, peak."""
    totals, peak = figures.classes, figures.peak
    tiles = ((Msg("Personnes venues", "People who came"), figures.arrived,
              _of(figures.registered, "inscrits", "registered", lang)),
             (Msg("Élèves venus", "Pupils who came"), totals.pupils_arrived,
              _of(totals.pupils_expected, "attendus", "expected", lang)),
             (Msg("Classes venues", "Classes that came"), totals.classes_arrived,
              _of(totals.classes_expected, "attendues", "expected", lang)),
             (PEAK_TITLE, peak.count, Msg(*_when(peak, lang, tz, one_day))))
    big = ParagraphStyle("tile", parent=look().title, fontSize=18, leading=22, spaceAfter=0)
    cells = [[Paragraph(label.text(lang), look().small) for label, _, _ in tiles],
             [Paragraph(number(value, lang), big) for _, value, _ in tiles],
             [Paragraph(detail.text(lang), look().small) for _, _, detail in tiles]]
    tiles_table = Table(cells, colWidths=[WIDTH / 4] * 4, hAlign="LEFT")
    tiles_table.setStyle([("BACKGROUND", (0, 0), (-1, -1), HEADER), ("LINEAFTER", (0, 0), (-2, -1), 4, colors.white),
                          ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, 0), 6),
                          ("BOTTOMPADDING", (0, -1), (-1, -1), 6)])
    return tiles_table


def _of(total: int, french: str, english: str, lang: str) -> Msg:
    return Msg(f"sur {number(total, lang)} {french}", f"of {number(total, lang)} {english}")


def _when(peak: Peak, lang: str, tz: dt.tzinfo, one_day: bool) -> tuple[str, str]:
    if peak.at is None:
        return "personne n'est venu", "nobody came"
    if one_day:
        return f"à {clock(peak.at, tz)}", f"at {clock(peak.at, tz)}"
    day = peak.at.astimezone(tz).date()
    return f"le {short_day(day, 'fr')} à {clock(peak.at, tz)}", f"on {short_day(day, 'en')} at {clock(peak.at, tz)}"


def hours_of_day(figures: Figures, lang: str) -> list[Flowable]:
    """The day's chart, then the figures under it with who was still inside at the end of each hour."""
    hours = figures.hours
    chart = hour_chart([hour_label(h.hour) for h in hours],
                       [(ENTRIES.text(lang), [h.arrivals for h in hours]),
                        (EXITS.text(lang), [h.departures for h in hours])],
                       width=WIDTH, label=lambda value: number(value, lang))
    inside = accumulate(h.arrivals - h.departures for h in hours)
    columns = [Column(HOUR.text(lang), 30 * mm, numeric=False), Column(ENTRIES.text(lang), 24 * mm),
               Column(EXITS.text(lang), 24 * mm),
               Column(Msg("Sur place en fin d'heure", "Inside at the end of the hour").text(lang), 42 * mm)]
    rows: list[Sequence[Cell]] = [[_span(h.hour), number(h.arrivals, lang), number(h.departures, lang),
                                   number(now, lang)] for h, now in zip(hours, inside, strict=True)]
    footer = [TOTAL.text(lang), number(sum(h.arrivals for h in hours), lang),
              number(sum(h.departures for h in hours), lang), ""]
    explained = Msg("Entrées : premières entrées et retours ; une classe entrée ensemble compte un par personne.",
                    "Entries: first entries and returns; a class coming in together counts one per person.")
    return [heading(HOURS_TITLE, lang), chart,
            KeepTogether([table(columns, rows, total=footer), note(explained, lang)])]


def _span(hour: int) -> str:
    return f"{hour_label(hour)}–{hour_label((hour + 1) % 24)}"


def hours_of_event(figures: Figures, days: Sequence[dt.date], lang: str) -> list[Flowable]:
    """A chart of entries and one of exits, a bar per day in each hour; then the figures, a few days a table."""
    story: list[Flowable] = [heading(Msg("Heure par heure", "Hour by hour"), lang)]
    for measure, title in (("arrivals", Msg("Entrées par heure", "Entries per hour")),
                           ("departures", Msg("Sorties par heure", "Exits per hour"))):
        story.append(hour_chart(_hours(figures.hours), _series(figures.hours, days, measure, lang),
                                title=title.text(lang), width=WIDTH, height=58 * mm,
                                label=lambda value: number(value, lang)))
    for start in range(0, len(days), DAYS_PER_TABLE):
        story += [CondPageBreak(60 * mm), _hour_table(figures.hours, days[start:start + DAYS_PER_TABLE], lang)]
    return story


def _hours(hours: Sequence[HourTally]) -> list[str]:
    return [hour_label(h.hour) for h in hours if h.day == hours[0].day] if hours else []


def _series(hours: Sequence[HourTally], days: Sequence[dt.date], measure: str,
            lang: str) -> list[tuple[str, list[int]]]:
    """One series per day (`measure`: "arrivals" or "departures"), or all days added up when there are many."""
    def values(selected: Sequence[dt.date]) -> list[int]:
        per_hour: dict[int, int] = {}
        for tally in hours:
            if tally.day in selected:
                per_hour[tally.hour] = per_hour.get(tally.hour, 0) + getattr(tally, measure)
        return [per_hour[hour] for hour in sorted(per_hour)]

    if len(days) > CHART_SERIES:
        return [(Msg("Tous les jours", "All days").text(lang), values(days))]
    return [(short_day(day, lang), values([day])) for day in days]


def _hour_table(hours: Sequence[HourTally], days: Sequence[dt.date], lang: str) -> Flowable:
    """Hours down, days across, each day split into entries and exits under a joined day header."""
    pair = 152 * mm / (2 * DAYS_PER_TABLE)
    columns = [Column(HOUR.text(lang), WIDTH - 2 * pair * DAYS_PER_TABLE, numeric=False)]
    for _ in days:
        columns += [Column(ENTRIES.text(lang), pair), Column(EXITS.text(lang), pair)]
    top: list[Cell] = [""]
    for day in days:
        top += [short_day(day, lang), ""]
    spans = [(0, 1 + 2 * i, 2 + 2 * i) for i in range(len(days))]
    by_key = {(h.day, h.hour): h for h in hours}
    rows: list[Sequence[Cell]] = []
    for hour in sorted({h.hour for h in hours}):
        cells: list[Cell] = [_span(hour)]
        for day in days:
            tally = by_key[(day, hour)]
            cells += [number(tally.arrivals, lang), number(tally.departures, lang)]
        rows.append(cells)
    result = table(columns, rows, header_rows=[top], spans=spans)
    result.setStyle([("FONTNAME", (0, 0), (-1, 0), BOLD)])
    return result


def day_by_day(days: Sequence[DaySummary], figures: Figures, lang: str, tz: dt.tzinfo) -> list[Flowable]:
    columns = [Column(DAY.text(lang), 34 * mm, numeric=False), Column(PEOPLE_ARRIVED.text(lang), 22 * mm),
               Column(PUPILS_ARRIVED.text(lang), 19 * mm), Column(CLASSES_ARRIVED.text(lang), 19 * mm),
               Column(ENTRIES.text(lang), 18 * mm), Column(EXITS.text(lang), 18 * mm),
               Column(Msg("Pic", "Peak").text(lang), 20 * mm),
               Column(Msg("Heure du pic", "Peak at").text(lang), 30 * mm)]
    rows: list[Sequence[Cell]] = [
        [short_day(d.day, lang), number(d.people, lang), number(d.pupils, lang), number(d.classes, lang),
         number(d.arrivals, lang), number(d.departures, lang), number(d.peak.count, lang), clock(d.peak.at, tz)]
        for d in days]
    totals = figures.classes
    footer = [Msg("Sur l'événement", "Whole event").text(lang), number(figures.arrived, lang),
              number(totals.pupils_arrived, lang), number(totals.classes_arrived, lang),
              number(sum(d.arrivals for d in days), lang), number(sum(d.departures for d in days), lang),
              number(figures.peak.count, lang), _peak_moment(figures.peak, tz, lang)]
    explained = Msg("Sur l'événement, une personne venue plusieurs jours compte une fois.",
                    "Over the whole event, someone who came on several days counts once.")
    return section(DAYS_TITLE, lang, table(columns, rows, total=footer),
                   note(explained, lang))


def _peak_moment(peak: Peak, tz: dt.tzinfo, lang: str) -> str:
    return DASH if peak.at is None else f"{day_and_month(peak.at.astimezone(tz).date(), lang)} {clock(peak.at, tz)}"
