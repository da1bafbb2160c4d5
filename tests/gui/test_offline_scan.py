"""The kiosk window goes on scanning while its database does not answer (another connection holds the SQLite
write lock, as a long import does): the answer comes from the station journal, says so, and the status bar
counts the scans waiting until the database has taken them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlite_lock import held
from test_roster import a_class, inside, opened, tap
from test_scan import people, scan
from test_visitor import open_form, qr_codes

from kiosk.domain.directory import person_by_code, roster
from kiosk.domain.kinds import VisitorCategory
from kiosk.domain.search import search_people
from kiosk.ui.badge_output import OUTPUT_ENV, output_folder


def test_an_offline_scan_is_answered_and_counted_until_the_database_takes_it(  # type: ignore[no-untyped-def]
        kiosk, fair, sqlite_url, qtbot) -> None:
    window, controller = kiosk
    code = people(fair)[0]
    controller.context.station.refresh_copy()
    with held(sqlite_url):
        scan(window, code)
        qtbot.waitUntil(lambda: window.current_screen() == "result", timeout=10_000)
        result = controller.screens.result.view
        assert (result.property("tone"), result.name.text(), result.status.text()) == (
            "green", "Zoé Lefèvre", "Bienvenue !")
        assert result.details.text().endswith("Hors ligne : la base confirmera à son retour.")
        assert window.database.text() == "Hors ligne — 1 passage en attente"
        assert window.database.property("offline") is True  # amber in the status bar (kiosk.qss)
        controller.use_language("en")
        assert window.database.text() == "Offline — 1 scan waiting"
        controller.use_language("fr")
    qtbot.waitUntil(lambda: window.database.text() == "Base : connectée", timeout=20_000)
    assert window.database.property("offline") is False
    assert person_by_code(fair, code).on_site  # type: ignore[union-attr]


def test_a_class_confirmed_offline_is_checked_in_when_the_database_is_back(  # type: ignore[no-untyped-def]
        kiosk, fair, sqlite_url, qtbot) -> None:
    window, _ = kiosk
    group = a_class(fair)
    controller = opened(kiosk, qtbot, group)
    tap(controller, "Léa Martin")
    with held(sqlite_url):
        QTest.mouseClick(controller.view.confirm, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.view.pages.currentIndex() == 1, timeout=20_000)
        assert controller.view.done.title.text() == "24 entrées enregistrées"
        assert controller.view.done.details.text().endswith("Hors ligne : la base confirmera à son retour.")
        qtbot.waitUntil(lambda: window.database.text() == "Hors ligne — 1 passage en attente", timeout=5000)
        assert inside(fair, group.id) == set()
    qtbot.waitUntil(lambda: window.database.text() == "Base : connectée", timeout=30_000)
    assert inside(fair, group.id) == {p.full_name for p in roster(fair, group.id)} - {"Léa Martin"}


def test_a_walk_in_registered_offline_gets_a_badge_at_once_and_is_registered_later(  # type: ignore[no-untyped-def]
        kiosk, fair, sqlite_url, qtbot, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(OUTPUT_ENV, str(tmp_path / "out"))
    window, controller = kiosk
    view = open_form(window, controller)
    with held(sqlite_url):
        view.first_name.setText("Chloé")
        view.last_name.setText("Dubois")
        view.save.click()
        qtbot.waitUntil(lambda: view.pages.currentWidget() is view.done_page, timeout=20_000)
        assert view.done_name.text() == "Bienvenue, Chloé Dubois !"
        assert view.done_hint.text().endswith("Hors ligne : la base confirmera à son retour.")
        qtbot.waitUntil(lambda: view.show_badge.isVisible(), timeout=10_000)  # printed while the base is away
        code = controller.screens.visitor.person.code
        assert search_people(fair, "dubois") == []
    pdf = next(output_folder("Entrée A").glob(f"badge-{code}-*.pdf"))
    assert qr_codes(pdf) in (None, [code])
    qtbot.waitUntil(lambda: window.database.text() == "Base : connectée", timeout=30_000)
    [person] = search_people(fair, "dubois")
    assert (person.code, person.on_site, person.category) == (code, True, VisitorCategory.GENERAL_PUBLIC)
