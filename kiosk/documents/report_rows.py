"""The report's figures as flat rows (section, day, item, measure, value) for the statistics CSV.

One figure per line rather than one sheet per table: a CSV file holds one table, and this one drops straight
into a spreadsheet's pivot table or filter. The day is empty for figures of the whole event.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kiosk.documents.report_labels import (
    ARRIVED,
    AUDIENCE_TITLE,
    CAPACITY,
    CLASSES,
    CLASSES_ARRIVED,
    CLASSES_EXPECTED,
    CLASSES_TITLE,
    DAY,
    DAYS_TITLE,
    ENTRIES,
    EXITS,
    EXPECTED,
    LEVELS_TITLE,
    PEAK_TITLE,
    PEOPLE_ARRIVED,
    PLACES_TITLE,
    PUPILS,
    PUPILS_ARRIVED,
    PUPILS_EXPECTED,
    PUPILS_REGISTERED,
    REGISTERED,
    SCHOOLS,
    SLOTS_TITLE,
    audience_label,
    clock,
    departement_label,
    hour_label,
    level_label,
)
from kiosk.domain.clock import zone
from kiosk.domain.errors import Msg
from kiosk.domain.stats import DayStats, EventStats, Figures, Tally

STATS_HEADERS = (Msg("Rubrique", "Section"), DAY, Msg("Élément", "Item"), Msg("Indicateur", "Measure"),
                 Msg("Valeur", "Value"))
PEOPLE_INSIDE = Msg("Sur place", "Inside")
Row = tuple[str, str, str, str, int]


def stats_rows(stats: DayStats | EventStats, lang: str) -> Iterator[Row]:
    figures = stats.figures
    day = stats.day.isoformat() if isinstance(stats, DayStats) else ""
    yield from _tallies(AUDIENCE_TITLE, day, figures.audience, [audience_label(t.key, lang) for t in figures.audience],
                        lang)
    yield from _classes(figures, day, lang)
    yield from _tallies(LEVELS_TITLE, day, figures.levels, [level_label(t.key, lang) for t in figures.levels], lang)
    yield from _tallies(PLACES_TITLE, day, figures.departements,
                        [departement_label(t.key, lang) for t in figures.departements], lang)
    yield from _when(stats, lang)
    yield from _schools(figures, day, lang)


def _tallies(section: Msg, day: str, tallies: Sequence[Tally], labels: Sequence[str], lang: str) -> Iterator[Row]:
    title, registered, arrived = section.text(lang), REGISTERED.text(lang), ARRIVED.text(lang)
    for label, tally in zip(labels, tallies, strict=True):
        yield title, day, label, registered, tally.registered
        yield title, day, label, arrived, tally.arrived


def _classes(figures: Figures, day: str, lang: str) -> Iterator[Row]:
    totals, title = figures.classes, CLASSES_TITLE.text(lang)
    expected, arrived = EXPECTED.text(lang), ARRIVED.text(lang)
    for item, counts in ((SCHOOLS, (totals.schools_expected, totals.schools_arrived)),
                         (CLASSES, (totals.classes_expected, totals.classes_arrived)),
                         (PUPILS, (totals.pupils_expected, totals.pupils_arrived))):
        yield title, day, item.text(lang), expected, counts[0]
        yield title, day, item.text(lang), arrived, counts[1]
    yield title, day, PUPILS.text(lang), REGISTERED.text(lang), totals.pupils_registered


def _when(stats: DayStats | EventStats, lang: str) -> Iterator[Row]:
    """Hours, slots and peaks carry their own day, even in the whole-event file."""
    hours, entries, exits = Msg("Heures", "Hours").text(lang), ENTRIES.text(lang), EXITS.text(lang)
    for hour in stats.figures.hours:
        item = f"{hour_label(hour.hour)}–{hour_label((hour.hour + 1) % 24)}"
        yield hours, hour.day.isoformat(), item, entries, hour.arrivals
        yield hours, hour.day.isoformat(), item, exits, hour.departures
    for slot in stats.figures.slots:
        for measure, value in ((CAPACITY, slot.capacity), (CLASSES, slot.classes), (PUPILS_REGISTERED, slot.registered),
                               (PUPILS_ARRIVED, slot.arrived)):
            yield SLOTS_TITLE.text(lang), slot.day.isoformat(), slot.label, measure.text(lang), value
    yield from _days(stats, lang)


def _days(stats: DayStats | EventStats, lang: str) -> Iterator[Row]:
    """The peak of each day (the event's is the highest of them), and for the event, each day's summary."""
    tz, peaks, inside = zone(stats.timezone), PEAK_TITLE.text(lang), PEOPLE_INSIDE.text(lang)
    if isinstance(stats, DayStats):
        yield peaks, stats.day.isoformat(), clock(stats.figures.peak.at, tz), inside, stats.figures.peak.count
        return
    for summary in stats.days:
        day = summary.day.isoformat()
        yield peaks, day, clock(summary.peak.at, tz), inside, summary.peak.count
        for measure, value in ((PEOPLE_ARRIVED, summary.people), (PUPILS_ARRIVED, summary.pupils),
                               (CLASSES_ARRIVED, summary.classes), (ENTRIES, summary.arrivals),
                               (EXITS, summary.departures)):
            yield DAYS_TITLE.text(lang), day, "", measure.text(lang), value


def _schools(figures: Figures, day: str, lang: str) -> Iterator[Row]:
    title = SCHOOLS.text(lang)
    for school in figures.schools:
        item = f"{school.name} ({school.postcode} {school.city})".replace(" )", ")").replace("( ", "(")
        for measure, value in ((CLASSES_EXPECTED, school.classes_expected), (CLASSES_ARRIVED, school.classes_arrived),
                               (PUPILS_EXPECTED, school.pupils_expected), (PUPILS_ARRIVED, school.pupils_arrived)):
            yield title, day, item, measure.text(lang), value
