"""The organiser's settings show Kiosk's version and the database's schema revision, and lead to About: the
package's licence and every component's licence text, read from what is installed."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.licences import Component
from kiosk.migrations import head_revision
from kiosk.ui.screens.keys import Screen

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
VERSION = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"]


def tap_row(qtbot, rows, text_start: str) -> None:  # type: ignore[no-untyped-def]
    row = next(index for index in range(rows.count()) if rows.item(index).text().startswith(text_start))
    rows.scrollToItem(rows.item(row))
    qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=rows.visualItemRect(rows.item(row)).center())


def test_settings_show_the_version_and_the_schema_revision(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, controller = kiosk
    controller.nav.open(Screen.SETTINGS)
    version = controller.screens.settings.view.version
    expected = f"Kiosk {VERSION} — schéma de la base : {head_revision()}"
    qtbot.waitUntil(lambda: version.text() == expected, timeout=5000)
    controller.switch_language()
    qtbot.waitUntil(lambda: version.text() == f"Kiosk {VERSION} — database schema: {head_revision()}", timeout=3000)
    controller.switch_language()


def test_about_lists_the_components_and_opens_a_licence_text(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    controller.nav.open(Screen.SETTINGS)
    qtbot.mouseClick(controller.screens.settings.view.about, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "about"
    view = controller.screens.about.view
    qtbot.waitUntil(lambda: view.components.count() > 20, timeout=10_000)
    assert view.title.text() == f"À propos de Kiosk {VERSION}" and view.title.isVisible()
    assert "le paquet dans son ensemble est donc distribué sous la GNU GPL version 3" in view.statement.text()
    rows = [view.components.item(index).text() for index in range(view.components.count())]
    assert rows[:2] == [f"kiosk {VERSION} — MIT", rows[1]] and rows[1].startswith("Qt Virtual Keyboard")
    assert rows[1].endswith(" — GPL-3.0-only")
    for start in ("PySide6 ", "reportlab ", "qrcode ", "SQLAlchemy ", "alembic ", "psycopg ", "Python "):
        assert any(row.startswith(start) for row in rows), start
    assert "DejaVu fonts (police) — bitstream-vera" in rows and "Noto (police) — OFL-1.1" in rows
    tap_row(qtbot, view.components, "Qt Virtual Keyboard")
    assert view.showing_text() and view.licence_title.text() == rows[1]
    text = view.licence_text.toPlainText()
    assert text.startswith("━━ GPL-3.0.txt ━━") and "Version 3, 29 June 2007" in text
    qtbot.mouseClick(view.back, Qt.MouseButton.LeftButton)
    assert not view.showing_text()
    tap_row(qtbot, view.components, "PySide6 ")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in view.licence_text.toPlainText()
    qtbot.mouseClick(view.back, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.back, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "settings"


def test_about_follows_a_language_switch(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, controller = kiosk
    controller.nav.open(Screen.ABOUT)
    view = controller.screens.about.view
    qtbot.waitUntil(lambda: view.components.count() > 20, timeout=10_000)
    controller.screens.about.show_licence(view.components.count() - 3)  # a font's licence
    controller.switch_language()
    qtbot.waitUntil(lambda: view.title.text() == f"About Kiosk {VERSION}", timeout=3000)
    assert "the package as a whole is distributed under the GNU GPL version 3" in view.statement.text()
    assert view.licence_title.text().endswith("(font) — OFL-1.1")
    assert any(view.components.item(index).text() == "DejaVu fonts (font) — bitstream-vera"
               for index in range(view.components.count()))
    controller.switch_language()


def test_about_needs_the_organiser(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    controller.nav.lock()
    controller.nav.open(Screen.ABOUT)
    assert window.current_screen() == "pin"


def test_a_component_without_a_licence_text_says_so(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, controller = kiosk
    about = controller.screens.about
    controller.nav.open(Screen.ABOUT)
    qtbot.waitUntil(lambda: about.view.components.count() > 20, timeout=10_000)
    about.found.append(Component("libre", "1.0", "?", ()))  # as Python would be in a bundle without its LICENSE.txt
    about.show_licence(len(about.found) - 1)
    assert about.view.licence_text.toPlainText() == "Ce composant n'est livré avec aucun texte de licence."
