"""A scan on SQLite waits at most a second for another process's write (a 49,000-pupil import holds the lock
for seconds): it says the base is busy instead of freezing the desk; the import itself still waits its turn."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from helpers import make_visitor

from kiosk.domain.checkin import ScanDesk
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_scan_gives_up_on_a_long_write_lock_but_an_import_waits(event_db: Database) -> None:
    visitor = make_visitor(event_db)
    desk = ScanDesk(event_db, "Entrée A")
    path = event_db.engine.url.database
    assert path is not None
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another process importing a big roster
    release = threading.Timer(4.0, holder.rollback)
    release.start()
    try:
        with pytest.raises(KioskError) as caught:
            desk.scan(visitor.code)
        assert "occupée par un autre programme" in caught.value.text("fr")
        assert release.is_alive()  # refused while the lock was still held, not after it
        make_visitor(event_db, "Léa", "Lévy")  # an ordinary write waits for the lock instead
    finally:
        release.join()
        holder.close()
    assert desk.scan(visitor.code).result.value == "checked_in"
