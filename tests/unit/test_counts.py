"""Counts and short dates as a reader expects them in each language."""

from __future__ import annotations

import datetime as dt

from kiosk.domain.counts import PEOPLE, counted, fr_form
from kiosk.domain.dates import day_and_month, short_date


def test_french_puts_zero_and_one_in_the_singular_english_only_one() -> None:
    assert [counted(n, *PEOPLE).fr for n in (0, 1, 2)] == ["0 personne", "1 personne", "2 personnes"]
    assert [counted(n, *PEOPLE).en for n in (0, 1, 2)] == ["0 people", "1 person", "2 people"]
    assert fr_form(25, "inscrite", "inscrites") == "inscrites"


def test_short_dates_spell_the_month_in_english() -> None:
    day = dt.date(2026, 12, 2)
    assert (short_date(day, "fr"), short_date(day, "en")) == ("mer. 02/12", "Wed 2 Dec")
    assert (day_and_month(day, "fr"), day_and_month(day, "en")) == ("02/12", "2 Dec")
