"""After the event: personal data deleted for good, figures kept (pupils are minors; keep names only as long
as needed). Names, badge and class codes, phones, organisations, notes and every link from a scan to a person
go; the event report, rendered just before, is archived so `kiosk-admin report` prints the same afterwards.
On SQLite, secure_delete zeroes the freed pages and VACUUM rewrites the file, so no name remains in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import String, cast, delete, func, insert, literal, select, update

from kiosk.domain.clock import local_day, utc_now
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.domain.events import get_event
from kiosk.domain.models import ArchivedReport, Event, Group, Person, Scan, SearchTerm


def purge_due(db: Database) -> dt.date | None:
    """The day personal data should be gone by (the last day + the retention), or None without days."""
    event = get_event(db)
    return event.days[-1] + dt.timedelta(days=event.retention_days) if event.days else None


def check_purge_allowed(db: Database, *, force: bool, now: dt.datetime | None = None) -> None:
    """Before the end of the event's last day, a purge is refused unless forced: it cannot be undone."""
    event = get_event(db)
    today = local_day(now or utc_now(), event.timezone)
    if event.days and today <= event.days[-1] and not force:
        last = event.days[-1].isoformat()
        raise KioskError(f"L'événement n'est pas fini (dernier jour : {last}) : la purge efface les noms pour "
                         "toujours. Ajoutez --force pour purger quand même.",
                         f"The event is not over (last day: {last}): the purge deletes names for good. Add --force "
                         "to purge anyway.")


def purge_personal_data(db: Database, archives: Mapping[str, bytes]) -> int:
    """Delete every person and what points to one, keep `archives`; returns how many people were deleted."""
    with db.connection() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
        conn.execute(delete(ArchivedReport).where(ArchivedReport.name.in_(list(archives))))
        if archives:
            conn.execute(insert(ArchivedReport), [{"name": k, "data": v} for k, v in archives.items()])
        people = conn.execute(select(func.count()).select_from(Person)).scalar_one()
        conn.execute(update(Scan).values(person_id=None, code="", operator=""))
        conn.execute(delete(SearchTerm))
        conn.execute(delete(Person))
        conn.execute(update(Group).values(teacher_name="", teacher_phone="", notes="",
                                          code=literal("purged-") + cast(Group.id, String)))
        conn.execute(update(Event).values(purged_at=utc_now()))
    _compact(db)
    return int(people)


def _compact(db: Database) -> None:
    """Rewrite the storage so the deleted rows' bytes are gone, not just marked free."""
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        if db.is_sqlite:
            raw.execute("PRAGMA secure_delete = ON")
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            raw.autocommit = True
            for table in ("person", "search_term", "scan", "class_group"):
                raw.execute(f"VACUUM FULL {table}")
            raw.autocommit = False


def event_report_name(lang: str) -> str:
    """The name the event report is archived under, one per language."""
    return f"event-report-{lang}.pdf"


def archived(db: Database, name: str) -> bytes | None:
    """A document kept through the purge, or None."""
    with db.transaction(write=False) as session:
        return session.scalar(select(ArchivedReport.data).where(ArchivedReport.name == name))
