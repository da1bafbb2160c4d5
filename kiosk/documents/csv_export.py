"""CSV exports for spreadsheets: people, scans and the statistics.

Written for French Excel first: UTF-8 with a byte-order mark (without it Excel reads "Ã©" for "é"), ";"
between fields (French Excel expects it, "," being the decimal mark), CRLF line ends. Dates and times are
ISO, in the event's time zone ("2026-11-24 09:30:00"), which every spreadsheet sorts right.

Names come from outside (rosters, forms): a cell starting with = + - @ (or a tab or carriage return) would
be run as a formula by the spreadsheet, so it gets a leading apostrophe, which shows the text as typed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence

from kiosk.documents.report_rows import STATS_HEADERS, stats_rows
from kiosk.domain.clock import zone
from kiosk.domain.errors import Msg
from kiosk.domain.labels import CATEGORY, DIRECTION, KIND, RESULT
from kiosk.domain.stats import DayStats, EventStats
from kiosk.domain.stats_rows import ScanLine
from kiosk.domain.views import PersonView

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA = frozenset(FORMULA_STARTS)
YES, NO = Msg("oui", "yes"), Msg("non", "no")
PEOPLE_HEADERS = (Msg("N°", "#"), Msg("Nom", "Last name"), Msg("Prénom", "First name"), Msg("Qualité", "Kind"),
                  Msg("Établissement", "School"), Msg("Classe", "Class"), Msg("Jour de la visite", "Visit day"),
                  Msg("Organisation", "Organisation"), Msg("Code postal", "Postcode"),
                  Msg("Code du badge", "Badge code"), Msg("Dernière entrée", "Last entry"),
                  Msg("Dernière sortie", "Last exit"))
SCAN_HEADERS = (Msg("Date et heure", "Date and time"), Msg("Sens", "Direction"), Msg("Résultat", "Result"),
                Msg("Jour forcé", "Day overridden"), Msg("Poste", "Station"), Msg("Opérateur", "Operator"),
                Msg("N° de la personne", "Person #"), Msg("Nom", "Last name"), Msg("Prénom", "First name"),
                Msg("Qualité", "Kind"), Msg("Établissement", "School"), Msg("Classe", "Class"), Msg("Code", "Code"))


def table_csv(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """Any table as CSV bytes; rows may be a generator (one pass, nothing kept but the text)."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    # A cell a spreadsheet would run as a formula starts with a quote, so it shows as text; inline rather than a
    # function call per cell: a 100,000-person export has over a million cells.
    writer.writerows(["'" + cell if cell.__class__ is str and cell[:1] in _FORMULA else cell for cell in row]
                     for row in rows)
    return buffer.getvalue().encode("utf-8")


Table = tuple[list[str], Iterable[Sequence[object]]]
"""Headers, and the rows (possibly a generator): what both the CSV and the XLSX exports write."""


def people_table(people: Iterable[PersonView], *, timezone: str, lang: str) -> Table:
    """One line per person registered; times of their last entry and exit in the event's zone."""
    tz = zone(timezone)
    kinds = _kinds(lang)
    headers = [_with_zone(h, timezone, lang) if i >= 10 else h.text(lang) for i, h in enumerate(PEOPLE_HEADERS)]
    rows = ((p.id, p.last_name, p.first_name, kinds[p.category or p.kind], p.school, p.class_label,
             p.day.isoformat() if p.day else "", p.organisation, p.postcode, p.code, _moment(p.entered_at, tz),
             _moment(p.left_at, tz)) for p in people)
    return headers, rows


def scans_table(scans: Iterable[ScanLine], *, timezone: str, lang: str) -> Table:
    """The scan log, one line per scan, oldest first."""
    tz = zone(timezone)
    kinds = _kinds(lang)
    directions = {d: m.text(lang) for d, m in DIRECTION.items()}
    results = {r: m.text(lang) for r, m in RESULT.items()}
    yes, no = YES.text(lang), NO.text(lang)
    headers = [_with_zone(h, timezone, lang) if i == 0 else h.text(lang) for i, h in enumerate(SCAN_HEADERS)]
    rows = ((_moment(s.at, tz), directions[s.direction], results[s.result], yes if s.overridden else no, s.station,
             s.operator, s.person_id or "", s.last_name, s.first_name, kinds.get(s.category or s.kind, ""), s.school,
             s.class_label, s.code) for s in scans)
    return headers, rows


def stats_table(stats: DayStats | EventStats, *, lang: str) -> Table:
    """Every figure of the report, one per line (section, day, item, measure, value): ready for a pivot table."""
    return [h.text(lang) for h in STATS_HEADERS], stats_rows(stats, lang)


def people_csv(people: Iterable[PersonView], *, timezone: str, lang: str = "fr") -> bytes:
    return table_csv(*people_table(people, timezone=timezone, lang=lang))


def scans_csv(scans: Iterable[ScanLine], *, timezone: str, lang: str = "fr") -> bytes:
    return table_csv(*scans_table(scans, timezone=timezone, lang=lang))


def stats_csv(stats: DayStats | EventStats, lang: str = "fr") -> bytes:
    return table_csv(*stats_table(stats, lang=lang))


def _kinds(lang: str) -> dict[str | None, str]:
    """A person's kind as a word; an individual visitor's category instead ("Presse")."""
    return {k: m.text(lang) for k, m in KIND.items()} | {c: m.text(lang) for c, m in CATEGORY.items()}


def _moment(moment: dt.datetime | None, tz: dt.tzinfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if moment else ""


def _with_zone(header: Msg, timezone: str, lang: str) -> str:
    return f"{header.text(lang)} ({timezone})"
