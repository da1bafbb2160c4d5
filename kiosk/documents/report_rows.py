"""The report's figures as flat rows (section, day, item, measure, value) for the statistics CSV.

One figure per line rather than one sheet per table: a CSV file holds one table, and this one drops straight
into a spreadsheet's pivot table or filter. The day is empty for figures of the whole event.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kiosk.documents import report_labels as wording
from kiosk.documents.report_labels import audience_label, clock, departement_label, hour_label, level_label
from kiosk.domain.clock import zone
from kiosk.domain.errors import Msg
from kiosk.domain.stats import DayStats, EventStats, Figures, Tally

STATS_HEADERS = (Msg("Rubrique", "Section"), wording.DAY, Msg("Élément", "Item"), Msg("Indicateur", "Measure"),
                 Msg("Valeur", "Value"))
PEOPLE_INSIDE = Msg("Sur place", "Inside")
Row = tuple[str, str, str, str, int]


def stats_rows(stats: DayStats | EventStats, lang: str) -> Iterator[Row]:
    figures = stats.figures
    day = stats.day.isoformat() if isinstance(stats, DayStats) else ""
    yield from _tallies(wording.AUDIENCE_TITLE, day, figures.audience,
                        [audience_label(t.key, lang) for t in figures.audience], lang)
    yield from _classes(figures, day, lang)
    yield from _tallies(wording.LEVELS_TITLE, day, figures.levels,
                        [level_label(t.key, lang) for t in figures.levels], lang)
    yield from _tallies(wording.PLACES_TITLE, day, figures.departements,
                        [departement_label(t.key, lang) for t in figures.departements], lang)
    yield from _when(stats, lang)
    yield from _schools(figures, day, lang)


def _tallies(section: Msg, day: str, tallies: Sequence[Tally], labels: Sequence[str], lang: str) -> Iterator[Row]:
    title, registered, arrived = section.text(lang), wording.REGISTERED.text(lang), wording.ARRIVED.text(lang)
    for label, tally in zip(labels, tallies, strict=True):
        yield title, day, label, registered, tally.registered
        yield title, day, label, arrived, tally.arrived


def _classes(figures: Figures, day: str, lang: str) -> Iterator[Row]:
    totals, title = figures.classes, wording.CLASSES_TITLE.text(lang)
    expected, arrived = wording.EXPECTED.text(lang), wording.ARRIVED.text(lang)
    for item, counts in ((wording.SCHOOLS, (totals.schools_expected, totals.schools_arrived)),
                         (wording.CLASSES, (totals.classes_expected, totals.classes_arrived)),
                         (wording.PUPILS, (totals.pupils_expected, totals.pupils_arrived))):
        yield title, day, item.text(lang), expected, counts[0]
        yield title, day, item.text(lang), arrived, counts[1]
    yield title, day, wording.PUPILS.text(lang), wording.REGISTERED.text(lang), totals.pupils_registered


def _when(stats: DayStats | EventStats, lang: str) -> Iterator[Row]:
    """Hours, slots and peaks carry their own day, even in the whole-event file."""
    hours, entries, exits = Msg("Heures", "Hours").text(lang), wording.ENTRIES.text(lang), wording.EXITS.text(lang)
    for hour in stats.figures.hours:
        item = f"{hour_label(hour.hour)}–{hour_label((hour.hour + 1) % 24)}"
        yield hours, hour.day.isoformat(), item, entries, hour.arrivals
        yield hours, hour.day.isoformat(), item, exits, hour.departures
    for slot in stats.figures.slots:
        for measure, value in ((wording.CAPACITY, slot.capacity), (wording.CLASSES, slot.classes),
                               (wording.PUPILS_REGISTERED, slot.registered), (wording.PUPILS_ARRIVED, slot.arrived)):
            yield wording.SLOTS_TITLE.text(lang), slot.day.isoformat(), slot.label, measure.text(lang), value
    yield from _days(stats, lang)


def _days(stats: DayStats | EventStats, lang: str) -> Iterator[Row]:
    """The peak of each day (the event's is the highest of them), and for the event, each day's summary."""
    tz, peaks, inside = zone(stats.timezone), wording.PEAK_TITLE.text(lang), PEOPLE_INSIDE.text(lang)
    if isinstance(stats, DayStats):
        yield peaks, stats.day.isoformat(), clock(stats.figures.peak.at, tz), inside, stats.figures.peak.count
        return
    for summary in stats.days:
        day = summary.day.isoformat()
        yield peaks, day, clock(summary.peak.at, tz), inside, summary.peak.count
        for measure, value in ((wording.PEOPLE_ARRIVED, summary.people), (wording.PUPILS_ARRIVED, summary.pupils),
                               (wording.CLASSES_ARRIVED, summary.classes), (wording.ENTRIES, summary.arrivals),
                               (wording.EXITS, summary.departures)):
            yield wording.DAYS_TITLE.text(lang), day, "", measure.text(lang), value


def _schools(figures: Figures, day: str, lang: str) -> Iterator[Row]:
    title = wording.SCHOOLS.text(lang)
    for school in figures.schools:
        item = f"{school.name} ({school.postcode} {school.city})".replace(" )", ")").replace("( ", "(")
        for measure, value in ((wording.CLASSES_EXPECTED, school.classes_expected),
                               (wording.CLASSES_ARRIVED, school.classes_arrived),
                               (wording.PUPILS_EXPECTED, school.pupils_expected),
                               (wording.PUPILS_ARRIVED, school.pupils_arrived)):
            yield title, day, item, measure.text(lang), value
