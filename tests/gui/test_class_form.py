"""Registering a class at the desk: school suggested as you type, pasted names, preview, badges PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.domain.directory import list_groups, roster
from kiosk.domain.registration import GroupInput, SchoolInput, add_group
from kiosk.ui.screens.class_form_controller import ClassFormController
from kiosk.ui.screens.keys import Screen

TODAY = dt.date.today()


@pytest.fixture
def form(kiosk, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KIOSK_OUTPUT_DIR", str(tmp_path / "out"))
    window, controller = kiosk
    QTest.mouseClick(controller.screens.home.view.class_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "class_form"
    return controller.screens.class_form


def shown_badges(form: ClassFormController) -> Path:
    """Touch "Voir les badges" on the confirmation: the kiosk's own preview shows the class's PDF."""
    form.view.done_badges.click()
    preview = form.nav.controllers[Screen.PREVIEW]
    assert form.view.window().current_screen() == "preview"
    pdf: Path = preview.shown.path
    preview.view.back.click()
    assert form.view.window().current_screen() == "class_form" and form.view.pages.currentIndex() == 1
    return pdf


def fill(form: ClassFormController, pupils: str) -> None:
    view = form.view
    view.school.setText("Collège Émile-Zola")
    view.city.setText("Paris")
    view.postcode.setText("75011")
    view.class_label.setText("5e A")
    view.teacher.setText("Paul Lefèvre")
    view.phone.setText("0612345678")
    view.pupils.setPlainText(pupils)


def test_a_class_from_pasted_names(form, fair, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = form.view
    fill(form, "DUPONT Marie\nLefèvre Zoé\nN'Diaye Aïssatou")
    assert not view.confirm.isEnabled()
    QTest.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.confirm.isEnabled(), timeout=5000)
    assert "3 personnes à inscrire dans la classe 5e A." in view.preview.text()
    assert not list_groups(fair)  # the preview wrote nothing
    QTest.mouseClick(view.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 1, timeout=15000)
    [group] = list_groups(fair)
    assert (group.school, group.label, group.day, group.teacher_phone) == ("Collège Émile-Zola", "5e A", TODAY,
                                                                         "0612345678")
    names = {p.full_name for p in roster(fair, group.id)}
    assert names == {"Marie DUPONT", "Zoé Lefèvre", "Aïssatou N'Diaye", "Paul Lefèvre"}
    assert view.done.details.text().startswith("Ce poste n'a pas d'imprimante : les 4 badges sont enregistrés sur le")
    pdf = shown_badges(form)
    assert pdf.parent == tmp_path / "out" / "Entrée-A"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert view.done.title.text() == "Classe inscrite : Collège Émile-Zola — 5e A"


def test_problems_and_namesakes_are_sentences(form, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = form.view
    fill(form, "DUPONT Marie\nX\n")
    QTest.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ligne 2" in view.preview.text(), timeout=5000)
    assert view.preview.text().startswith("À corriger avant l'inscription :")
    assert not view.confirm.isEnabled()
    view.pupils.setPlainText("DUPONT Marie\nDupont Marie\nMARTIN Léa")
    QTest.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.confirm.isEnabled(), timeout=5000)
    assert "Homonymes lignes 1 et 2" in view.preview.text()
    view.pupils.setPlainText("DUPONT Marie")  # a change after the preview asks for a new one
    assert not view.confirm.isEnabled()


def test_an_existing_school_is_proposed_as_you_type(form, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_group(fair, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", TODAY))
    view = form.view
    view.school.setFocus()
    for letter in "coll":
        QTest.keyClick(view.school, letter)
        qtbot.wait(60)
    qtbot.waitUntil(lambda: view.school_choices.count() == 1 and view.school_choices.isVisible(), timeout=5000)
    item = view.school_choices.item(0)
    QTest.mouseClick(view.school_choices.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.school_choices.visualItemRect(item).center())
    assert (view.school.text(), view.city.text(), view.postcode.text()) == ("Collège Jean-Moulin", "Paris",
                                                                            "75015")
    assert not view.school_choices.isVisible()


def test_a_missing_station_printer_still_registers_the_class_and_opens_the_pdf(form, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    form.context.settings.printer = "Zebra ZD421 stand 3"  # chosen once, since unplugged
    view = form.view
    fill(form, "DUPONT Marie\nLefèvre Zoé")
    QTest.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.confirm.isEnabled(), timeout=5000)
    QTest.mouseClick(view.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 1, timeout=15000)
    assert [group.label for group in list_groups(fair)] == ["5e A"]
    assert "L'imprimante « Zebra ZD421 stand 3 » n'est pas installée sur ce poste" in view.done.details.text()
    pdf = shown_badges(form)
    assert pdf.read_bytes().startswith(b"%PDF")
