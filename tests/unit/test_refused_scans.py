"""Refused scans are kept (when, station, reason, at most 40 characters of what was read) and counted in the
day report, so organisers see forgery attempts."""

from __future__ import annotations

import subprocess
from pathlib import Path

from helpers import at, make_visitor, scans
from sample_event import EVENT_DAYS

from kiosk.documents.report import day_report
from kiosk.domain.checkin import ScanDesk
from kiosk.domain.codes import CodeKind, new_code
from kiosk.domain.database import Database
from kiosk.domain.kinds import ScanResult
from kiosk.domain.stats import day_stats

FORGED_TEXT = "B1-AAAA-BBBB-CCCC-DDDD-EEEEEE suivi d'un texte collé bien plus long que quarante caractères"


def test_refused_scans_are_kept_short_and_counted_in_the_day_report(event_db: Database, tmp_path: Path) -> None:
    day = EVENT_DAYS[0]
    desk = ScanDesk(event_db, "Entrée Nord")
    visitor = make_visitor(event_db)
    assert desk.scan(FORGED_TEXT, now=at(day, 10)).result is ScanResult.INVALID
    assert desk.scan(new_code(CodeKind.BADGE, desk.event.secret), now=at(day, 11)).result is ScanResult.UNKNOWN
    assert desk.scan(visitor.code, now=at(day, 12)).result is ScanResult.CHECKED_IN
    desk.scan("n'importe quoi", now=at(EVENT_DAYS[1], 10))  # another day: not in this day's count

    refused = [s for s in scans(event_db) if s.result in (ScanResult.INVALID, ScanResult.UNKNOWN)]
    assert [(s.result, s.station, s.person_id) for s in refused[:2]] == [
        (ScanResult.INVALID, "Entrée Nord", None), (ScanResult.UNKNOWN, "Entrée Nord", None)]
    assert refused[0].code == FORGED_TEXT[:40] and all(len(s.code) <= 40 for s in refused)

    stats = day_stats(event_db, day, now=at(day, 20))
    assert stats.refused == 2
    pdf = tmp_path / "jour.pdf"
    pdf.write_bytes(day_report(stats, "fr"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Passages refusés (code non valide ou inconnu) : 2." in text
