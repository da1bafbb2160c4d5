"""Dates and times as people read them: "mardi 24 novembre 2026", "Tuesday 24 November 2026"."""

from __future__ import annotations

import datetime as dt

from kiosk.domain.errors import language

_DAYS = {"fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
         "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}
_MONTHS = {"fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre"),
           "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")}


def long_date(day: dt.date, lang: str | None = None) -> str:
    """The day written out, independent of the machine's locale."""
    lang = "en" if (lang or language()) == "en" else "fr"
    weekday, month = _DAYS[lang][day.weekday()], _MONTHS[lang][day.month - 1]
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{weekday} {number} {month} {day.year}"


def short_time(moment: dt.datetime, zone: dt.tzinfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")
