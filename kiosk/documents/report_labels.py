"""How the statistics read in French and English, shared by the PDF reports and the CSV exports.

French numbers group thousands with a narrow no-break space and put one before "%" ("40 500", "83 %"),
as a French reader writes them; English uses commas ("40,500", "83%").
"""

from __future__ import annotations

import datetime as dt

from kiosk.domain.dates import short_date
from kiosk.domain.errors import Msg
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.stats import OTHER_LEVEL, UNKNOWN
from kiosk.domain.stats_places import departement_name

THIN = "\u202f"
DASH = "—"
_AUDIENCE = {  # plural: each line counts people
    PersonKind.PUPIL.value: Msg("Élèves", "Pupils"), PersonKind.TEACHER.value: Msg("Enseignants", "Teachers"),
    PersonKind.COMPANION.value: Msg("Accompagnateurs", "Companions"),
    VisitorCategory.GENERAL_PUBLIC.value: Msg("Grand public", "General public"),
    VisitorCategory.PROFESSIONAL.value: Msg("Professionnels", "Professionals"),
    VisitorCategory.PRESS.value: Msg("Presse", "Press"),
    VisitorCategory.EXHIBITOR.value: Msg("Exposants", "Exhibitors"),
    VisitorCategory.STAFF.value: Msg("Équipe du salon", "Event staff"),
}
_OTHER_LEVEL = Msg("Autre ou non précisé", "Other or not given")
_UNKNOWN_PLACE = Msg("Inconnu ou étranger", "Unknown or abroad")


def number(value: int, lang: str) -> str:
    grouped = f"{value:,}"
    return grouped.replace(",", THIN) if lang != "en" else grouped


def percent(rate: float | None, lang: str) -> str:
    if rate is None:
        return DASH
    value = round(rate * 100)
    return f"{value}{THIN}%" if lang != "en" else f"{value}%"


def audience_label(key: str, lang: str) -> str:
    """Class members by kind ("Élèves"), individual visitors by category ("Presse")."""
    return _AUDIENCE.get(key, Msg(key, key)).text(lang)


def level_label(key: str, lang: str) -> str:
    return _OTHER_LEVEL.text(lang) if key == OTHER_LEVEL else key


def departement_label(code: str, lang: str) -> str:
    """"92 Hauts-de-Seine"; the names are proper nouns, so French in both languages."""
    return _UNKNOWN_PLACE.text(lang) if code == UNKNOWN else f"{code} {departement_name(code)}"


def hour_label(hour: int) -> str:
    return f"{hour:02d}:00"


def clock(moment: dt.datetime | None, tz: dt.tzinfo) -> str:
    return moment.astimezone(tz).strftime("%H:%M") if moment else DASH


def short_day(day: dt.date, lang: str) -> str:
    """"mar. 24/11" / "Tue 24 Nov": a chart legend or a column header has no room for the long date."""
    return short_date(day, lang)


# The words of the reports, shared by the PDF and the CSV so that both say the same thing.
REGISTERED, ARRIVED, EXPECTED = Msg("Inscrits", "Registered"), Msg("Venus", "Arrived"), Msg("Attendus", "Expected")
RATE, TOTAL, DAY, HOUR = Msg("Taux", "Rate"), Msg("Total", "Total"), Msg("Jour", "Day"), Msg("Heure", "Hour")
ENTRIES, EXITS = Msg("Entrées", "Entries"), Msg("Sorties", "Exits")
SCHOOLS, CLASSES, PUPILS = Msg("Établissements", "Schools"), Msg("Classes", "Classes"), Msg("Élèves", "Pupils")
SLOT, CAPACITY = Msg("Créneau", "Slot"), Msg("Capacité", "Capacity")
CLASSES_EXPECTED, CLASSES_ARRIVED = Msg("Classes attendues", "Classes expected"), Msg("Classes venues",
                                                                                    "Classes arrived")
PUPILS_EXPECTED, PUPILS_REGISTERED = Msg("Élèves attendus", "Pupils expected"), Msg("Élèves inscrits",
                                                                                   "Pupils registered")
PUPILS_ARRIVED, PEOPLE_ARRIVED = Msg("Élèves venus", "Pupils arrived"), Msg("Personnes venues", "People arrived")
AUDIENCE_TITLE = Msg("Public", "Audience")
CLASSES_TITLE = Msg("Classes et établissements", "Classes and schools")
SLOTS_TITLE = Msg("Créneaux des classes", "Class time slots")
LEVELS_TITLE = Msg("Élèves par niveau", "Pupils by level")
PLACES_TITLE = Msg("Provenance par département", "Where people came from")
HOURS_TITLE = Msg("Entrées et sorties par heure", "Entries and exits per hour")
DAYS_TITLE = Msg("Jour par jour", "Day by day")
PEAK_TITLE = Msg("Pic de présence", "Most on site at once")
