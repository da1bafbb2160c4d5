"""Dates and times as people read them: "mardi 24 novembre 2026", "Tuesday 24 November 2026".

English never gets a numeric day/month ("02/12" is 2 December here, 12 February in the US): short forms
spell the month ("Tue 2 Dec"). French keeps its unambiguous "mar. 02/12".
"""

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


def day_and_month(day: dt.date, lang: str = "fr") -> str:
    """"24/11" / "24 Nov": where a table has no room for the long date."""
    if is_english(lang):
        return f"{day.day} {_MONTHS['en'][day.month - 1][:3]}"
    return f"{day:%d/%m}"


def short_date(day: dt.date, lang: str = "fr") -> str:
    """"mar. 24/11" / "Tue 24 Nov": a chart legend or a column header."""
    if is_english(lang):
        return f"{_DAYS['en'][day.weekday()][:3]} {day_and_month(day, lang)}"
    return f"{_DAYS['fr'][day.weekday()][:3]}. {day_and_month(day, lang)}"
