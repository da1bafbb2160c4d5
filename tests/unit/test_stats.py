"""Statistics for a day and for the whole event, on a hand-built fair whose every figure is known (both backends)."""

from __future__ import annotations

import pytest
from helpers import at, statements
from sample_event import EVENT_DAYS
from stats_fair import DAY1, DAY2, build_fair

from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.domain.stats import ClassTotals, Figures, Peak, SchoolTally, SlotFill, Tally, day_stats, event_stats

EVENING = at(DAY2, 20)


def tallies(items: tuple[Tally, ...]) -> dict[str, tuple[int, int]]:
    return {t.key: (t.registered, t.arrived) for t in items}


def moves(figures: Figures) -> dict[tuple[int, int], tuple[int, int]]:
    """(day of month, hour) → (arrivals, departures), hours with a move only."""
    return {(h.day.day, h.hour): (h.arrivals, h.departures) for h in figures.hours if h.arrivals or h.departures}


def test_first_day(event_db: Database) -> None:
    build_fair(event_db)

    stats = day_stats(event_db, DAY1, now=EVENING)

    figures = stats.figures
    assert (stats.day, stats.event, stats.timezone, stats.at) == (DAY1, "Salon des métiers de l'industrie",
                                                                    "Europe/Paris", EVENING)
    assert tallies(figures.audience) == {"pupil": (13, 9), "teacher": (4, 3), "companion": (0, 0),
                                         "general_public": (1, 1), "professional": (1, 0), "press": (1, 0),
                                         "exhibitor": (1, 1), "staff": (1, 0)}
    assert (figures.registered, figures.arrived) == (22, 14)
    assert figures.classes == ClassTotals(schools_expected=5, schools_arrived=4, classes_expected=5,
                                          classes_arrived=4, pupils_expected=14, pupils_registered=13,
                                          pupils_arrived=9)
    assert list(tallies(figures.levels).items()) == [("6e", (0, 0)), ("5e", (2, 2)), ("4e", (6, 3)), ("3e", (3, 3)),
                                                     ("other", (2, 1))]
    assert list(tallies(figures.departements).items()) == [("2A", (3, 3)), ("75", (6, 5)), ("92", (7, 5)),
                                                           ("971", (4, 1)), ("unknown", (2, 0))]
    assert figures.peak.count == 10 and figures.peak.at == at(DAY1, 10, 5)  # first reached; again at 11:15, 14:00


def test_first_day_hours_slots_and_schools(event_db: Database) -> None:
    build_fair(event_db)

    figures = day_stats(event_db, DAY1, now=EVENING).figures

    # Paris hours: the 09:10 class check-in is 08:10 UTC; opening hours 9–18 are shown, widened to 8 for 08:55.
    assert [h.hour for h in figures.hours] == list(range(8, 18))
    assert moves(figures) == {(24, 8): (1, 0), (24, 9): (8, 0), (24, 10): (1, 1), (24, 11): (1, 4),
                              (24, 13): (3, 0), (24, 14): (1, 0), (24, 16): (0, 4)}
    assert [(s.label, s.capacity, s.classes, s.registered, s.arrived) for s in figures.slots] == [
        ("09:00–11:00", 60, 3, 9, 6), ("13:30–15:30", 20, 1, 2, 2)]
    assert figures.slots[0].fill == pytest.approx(9 / 60)
    assert figures.schools == (
        SchoolTally("Collège Émile-Zola", "Paris", "75011", "75", 1, 1, 5, 3),
        SchoolTally("Collège Fesch", "Ajaccio", "20000", "2A", 1, 1, 2, 2),
        SchoolTally("Collège Gerty-Archimède", "Pointe-à-Pitre", "97110", "971", 1, 1, 2, 1),
        SchoolTally("Collège Jean-Moulin", "Nanterre", "92000", "92", 1, 1, 3, 3),
        SchoolTally("Collège Marie-Curie", "Sceaux", "92330", "92", 1, 0, 2, 0))


def test_second_day_starts_at_paris_midnight(event_db: Database) -> None:
    build_fair(event_db)

    figures = day_stats(event_db, DAY2, now=EVENING).figures

    assert moves(figures) == {(25, 0): (1, 0), (25, 9): (3, 0), (25, 10): (1, 0), (25, 11): (1, 0)}
    assert figures.hours[0].hour == 0 and figures.hours[-1].hour == 17
    assert figures.peak == Peak(DAY2, 6, at(DAY2, 11))
    assert figures.classes == ClassTotals(1, 1, 1, 1, 2, 2, 2)
    assert tallies(figures.audience)["staff"] == (1, 1)  # 00:30 in Paris is the 25th, though still the 24th in UTC
    assert figures.slots == ()


def test_whole_event_counts_each_person_once(event_db: Database) -> None:
    build_fair(event_db)

    stats = event_stats(event_db, now=EVENING)

    figures = stats.figures
    assert tallies(figures.audience) == {"pupil": (15, 11), "teacher": (5, 4), "companion": (0, 0),
                                         "general_public": (1, 1), "professional": (1, 0), "press": (1, 1),
                                         "exhibitor": (1, 1), "staff": (1, 1)}
    assert (figures.registered, figures.arrived) == (25, 19)  # the public visitor came both days: once here
    assert figures.classes == ClassTotals(6, 5, 6, 5, 16, 15, 11)
    assert list(tallies(figures.levels).items()) == [("6e", (2, 2)), ("5e", (2, 2)), ("4e", (6, 3)), ("3e", (3, 3)),
                                                     ("other", (2, 1))]
    assert list(tallies(figures.departements).items()) == [("2A", (3, 3)), ("2B", (3, 3)), ("75", (6, 5)),
                                                           ("92", (7, 5)), ("971", (4, 2)), ("unknown", (2, 1))]
    assert [(d.day, d.people, d.pupils, d.classes, d.arrivals, d.departures, d.peak.count) for d in stats.days] == [
        (EVENT_DAYS[0], 14, 9, 4, 15, 9, 10), (EVENT_DAYS[1], 6, 2, 1, 6, 0, 6),
        (EVENT_DAYS[2], 0, 0, 0, 0, 0, 0), (EVENT_DAYS[3], 0, 0, 0, 0, 0, 0)]
    assert stats.days[1].peak.at == at(DAY2, 11) and stats.days[2].peak == Peak(EVENT_DAYS[2], 0, None)
    assert figures.peak == Peak(DAY1, 10, at(DAY1, 10, 5))
    assert moves(figures) == {**moves(day_stats(event_db, DAY1, now=EVENING).figures),
                              **moves(day_stats(event_db, DAY2, now=EVENING).figures)}
    assert {h.day for h in figures.hours} == set(EVENT_DAYS)
    assert figures.slots[0] == SlotFill(DAY1, figures.slots[0].starts, figures.slots[0].ends, 60, 3, 9, 6)
    assert [s.name for s in figures.schools][2:4] == ["Collège Gerty-Archimède", "Collège Jean-Moulin"]


def test_figures_stand_at_the_moment_asked(event_db: Database) -> None:
    build_fair(event_db)

    figures = day_stats(event_db, DAY1, now=at(DAY1, 9, 40)).figures  # the moment of the second class

    assert figures.arrived == 9 and figures.classes.classes_arrived == 2
    assert moves(figures) == {(24, 8): (1, 0), (24, 9): (8, 0)}
    assert figures.peak == Peak(DAY1, 9, at(DAY1, 9, 40))
    assert tallies(figures.audience)["pupil"] == (13, 6)  # registrations do not depend on the moment


def test_a_handful_of_queries_whatever_the_crowd(event_db: Database) -> None:
    build_fair(event_db)
    with statements(event_db) as day_queries:
        day_stats(event_db, DAY1, now=EVENING)
    with statements(event_db) as event_queries:
        event_stats(event_db, now=EVENING)
    assert len(day_queries) <= 8 and len(event_queries) <= 9


def test_an_empty_event(event_db: Database) -> None:
    stats = event_stats(event_db, now=EVENING)
    assert stats.figures.arrived == 0 and stats.figures.peak == Peak(None, 0, None)
    assert stats.figures.schools == () and stats.figures.classes == ClassTotals(0, 0, 0, 0, 0, 0, 0)
    assert [h.hour for h in stats.figures.hours if h.day == DAY1] == list(range(9, 18))
    assert tallies(stats.figures.levels) == {"6e": (0, 0), "5e": (0, 0), "4e": (0, 0), "3e": (0, 0)}


def test_a_day_outside_the_event_is_refused(event_db: Database) -> None:
    with pytest.raises(KioskError, match="27/11/2026"):
        day_stats(event_db, EVENT_DAYS[-1].replace(day=28))
