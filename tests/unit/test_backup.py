"""Backups: a copy taken while desks scan opens with --db and holds the same counts and on-site list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import at, make_class, make_visitor
from sample_event import EVENT_DAYS
from sqlalchemy import func, select

from kiosk import cli
from kiosk.domain.backup import rotate_backup
from kiosk.domain.checkin import ScanDesk
from kiosk.domain.database import Database, open_database
from kiosk.domain.models import Base
from kiosk.domain.presence import on_site_now


def _counts(db: Database) -> dict[str, int]:
    with db.transaction(write=False) as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables}


def _on_site(db: Database, now: dt.datetime) -> list[tuple[str, list[str]]]:
    onsite = on_site_now(db, now)
    return ([(c.group.label, sorted(p.full_name for p in c.people)) for c in onsite.classes]
            + [(str(kind), sorted(p.full_name for p in people)) for kind, people in onsite.visitors.items()])


def test_backup_opens_with_the_same_counts_and_on_site_list(event_db: Database, db_url: str, tmp_path: Path) -> None:
    _, pupils, _ = make_class(event_db, 6, day=EVENT_DAYS[0])
    visitors = [make_visitor(event_db, "Léa", f"Lévy{i}") for i in range(3)]
    desk = ScanDesk(event_db, "Entrée A")
    now = at(EVENT_DAYS[0], 10)
    for person in [*pupils[:4], *visitors[:2]]:
        desk.scan(person.code, now=now)
    desk.scan("faux code", now=now)
    copy = tmp_path / "sauvegarde.sqlite3"
    assert cli.main(["--db", db_url, "backup", "-o", str(copy)]) == 0
    restored = open_database(str(copy), create=False)
    try:
        assert _counts(restored) == _counts(event_db) and _counts(restored)["scan"] == 7
        assert _on_site(restored, now) == _on_site(event_db, now) and _on_site(restored, now)
    finally:
        restored.close()


def test_rotation_keeps_the_newest(event_db: Database, tmp_path: Path) -> None:
    stick = tmp_path / "clé"
    stick.mkdir()
    (stick / "notes.txt").write_text("à garder")
    start = dt.datetime(2026, 11, 24, 9, 0)
    for minutes in range(0, 50, 10):
        rotate_backup(event_db, stick, 3, start + dt.timedelta(minutes=minutes))
    assert sorted(p.name for p in stick.iterdir()) == [
        "kiosk-20261124-092000.sqlite3", "kiosk-20261124-093000.sqlite3", "kiosk-20261124-094000.sqlite3",
        "notes.txt"]
