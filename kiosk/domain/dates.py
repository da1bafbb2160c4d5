"""Dates and times as people read them: "mardi 24 novembre 2026", "Tuesday 24 November 2026"."""

from __future__ import annotations

import datetime as dt

from kiosk.domain.clock import zone
from kiosk.domain.errors import is_english

_DAYS = {"fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
         "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}
_MONTHS = {"fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre"),
           "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")}


def long_date(day: dt.date, lang: str = "fr") -> str:
    """The day written out, independent of the machine's locale."""
    lang = "en" if is_english(lang) else "fr"
    weekday, month = _DAYS[lang][day.weekday()], _MONTHS[lang][day.month - 1]
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{weekday} {number} {month} {day.year}"


def local_moment(at: dt.datetime, zone_name: str, lang: str = "fr") -> str:
    """The moment as people read it, in the event's time zone: "mardi 24 novembre 2026 à 08:15"."""
    word = "at" if is_english(lang) else "à"
    local = at.astimezone(zone(zone_name))
    return f"{long_date(local.date(), lang)} {word} {local:%H:%M}"
