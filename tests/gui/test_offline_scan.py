"""The kiosk window goes on scanning while its database does not answer (another connection holds the SQLite
write lock, as a long import does): the answer comes from the station journal, says so, and the status bar
counts the scans waiting until the database has taken them."""

from __future__ import annotations

import sqlite3

from test_scan import people, scan

from kiosk.domain.directory import person_by_code


def test_an_offline_scan_is_answered_and_counted_until_the_database_takes_it(  # type: ignore[no-untyped-def]
        kiosk, fair, sqlite_url, qtbot) -> None:
    window, controller = kiosk
    code = people(fair)[0]
    controller.context.station.refresh_copy()
    holder = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        scan(window, code)
        qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=10_000)
        result = controller.screens.result.view
        assert (result.property("tone"), result.name.text(), result.status.text()) == (
            "green", "Zoé Lefèvre", "Bienvenue !")
        assert result.details.text().endswith("Hors ligne : la base confirmera à son retour.")
        assert window.database.text() == "Hors ligne — 1 passage en attente"
        controller.use_language("en")
        assert window.database.text() == "Offline — 1 scan waiting"
        controller.use_language("fr")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: window.database.text() == "Base : connectée", timeout=20_000)
    assert person_by_code(fair, code).on_site  # type: ignore[union-attr]
