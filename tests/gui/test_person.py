"""The person screen: check in and out through the desk, fix a misspelt name, reprint the same badge."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.domain.database import Database
from kiosk.domain.directory import get_person
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import GroupInput, SchoolInput, add_group, add_person
from kiosk.domain.views import PersonView
from kiosk.ui.screens.keys import Screen

TODAY = dt.date.today()


@pytest.fixture
def pupil(fair: Database) -> PersonView:
    group = add_group(fair, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", TODAY))
    return add_person(fair, PersonKind.PUPIL, "Zoe", "Lefevbre", group_id=group.id)


def open_person(window, controller, person: PersonView):  # type: ignore[no-untyped-def]
    controller.nav.open(Screen.PERSON, person.id)
    view = controller.screens.person.view
    assert window.current_screen() == "person"
    return view


def test_check_in_then_out_is_stored(kiosk, fair, pupil, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_person(window, controller, pupil)
    qtbot.waitUntil(lambda: view.name.text() == "Zoe Lefevbre", timeout=3000)
    assert view.status.text() == "Pas sur place, aucune entrée enregistrée"
    view.check_in.click()
    qtbot.waitUntil(lambda: view.message.text() == "Entrée enregistrée", timeout=3000)
    assert view.message.property("tone") == "green"
    assert get_person(fair, pupil.id).on_site
    assert view.status.text().startswith("Sur place, entrée enregistrée à ")
    view.check_out.click()
    qtbot.waitUntil(lambda: view.message.text() == "Sortie enregistrée", timeout=3000)
    assert not get_person(fair, pupil.id).on_site
    assert view.status.text().startswith("Pas sur place, sortie enregistrée à ")


def test_fixing_a_misspelt_name_keeps_the_code(kiosk, fair, pupil, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    view = open_person(window, controller, pupil)
    qtbot.waitUntil(lambda: view.name.text() == "Zoe Lefevbre", timeout=3000)
    view.fix_name.click()
    assert view.editor.isVisible()
    assert view.last_name.text() == "Lefevbre"
    view.first_name.setText("Zoé")
    view.last_name.setText("Lefèvre")
    view.save.click()
    qtbot.waitUntil(lambda: view.name.text() == "Zoé Lefèvre", timeout=3000)
    assert not view.editor.isVisible()
    stored = get_person(fair, pupil.id)
    assert (stored.first_name, stored.last_name, stored.code) == ("Zoé", "Lefèvre", pupil.code)


def test_an_empty_name_is_refused_with_a_sentence(kiosk, fair, pupil, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    told: list[str] = []
    monkeypatch.setattr(controller.nav, "tell", lambda error: told.append(str(error)))
    view = open_person(window, controller, pupil)
    qtbot.waitUntil(lambda: view.name.text() == "Zoe Lefevbre", timeout=3000)
    view.fix_name.click()
    view.first_name.setText("  ")
    view.save.click()
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert "prénom" in told[0]
    assert view.editor.isVisible() and view.save.isEnabled()
    assert get_person(fair, pupil.id).first_name == "Zoe"


def test_reprint_without_a_printer_says_so_and_shows_the_badge_at_the_desk(  # type: ignore[no-untyped-def]
        kiosk, pupil, badge_folder, qtbot) -> None:
    window, controller = kiosk
    view = open_person(window, controller, pupil)
    qtbot.waitUntil(lambda: view.name.text() == "Zoe Lefevbre", timeout=3000)
    view.reprint.click()
    qtbot.waitUntil(lambda: view.show_badge.isVisible(), timeout=10000)
    assert view.message.text() == ("Badge refait avec le même code. Ce poste n'a pas d'imprimante : le badge est "
                                   "enregistré sur le poste. Touchez « Voir le badge » pour l'afficher et l'imprimer.")
    view.show_badge.click()
    assert window.current_screen() == "preview"
    preview = controller.screens.preview
    assert preview.view.title.text() == "Badge de Zoe Lefevbre" and preview.view.pages.text() == "1 page"
    assert not preview.view.save_button.isVisible()  # no file access at a desk
    path = preview.shown.path
    assert path.read_bytes().startswith(b"%PDF") and pupil.code in path.name and path.parent.name == "Entrée-A"
    told: list[str] = []
    controller.nav.tell = lambda error: told.append(str(error))  # type: ignore[method-assign]
    preview.view.print_button.click()
    assert told and "pas d'imprimante" in told[0]
    preview.view.back.click()
    assert window.current_screen() == "person"
    qtbot.waitUntil(lambda: view.name.text() == "Zoe Lefevbre", timeout=3000)
