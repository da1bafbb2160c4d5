"""Organiser mode, importing rosters and bookings: a school's file with two classes, previewed then written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.domain.directory import list_groups, roster
from kiosk.domain.events import add_slot
from kiosk.domain.registration import GroupInput, SchoolInput, add_group
from kiosk.ui.screens.imports_controller import ImportController
from kiosk.ui.screens.keys import Screen

TODAY = dt.date.today()
TOMORROW = TODAY + dt.timedelta(days=1)
TWO_CLASSES = ("Sorties scolaires — Collège Émile-Zola\r\n"
               ";;;\r\n"
               "Classe;NOM;Prénom\r\n"
               "4e B;Lefèvre;Chloé\r\n"
               "4e B;N'Diaye;Zoé\r\n"
               "4e B;Bœuf;Françoise\r\n"
               "3e A;Muñoz;Inès\r\n"
               "3e A;Dupont;Jérôme\r\n")


@pytest.fixture
def screen(kiosk, qtbot) -> ImportController:  # type: ignore[no-untyped-def]
    """The import screen, reached from the organiser menu, its calendar loaded."""
    window, controller = kiosk
    controller.nav.open(Screen.ORGANISER)
    QTest.mouseClick(controller.screens.organiser.view.imports, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "imports"
    found = controller.screens.imports
    qtbot.waitUntil(lambda: found.view.day.count() == 4, timeout=5000)
    return found


def a_file(folder: Path, text: str, name: str = "emile-zola.csv") -> Path:
    path = folder / name
    path.write_bytes(text.encode("cp1252"))  # as French spreadsheet software writes it
    return path


def fill_school(screen: ImportController) -> None:
    view = screen.view
    view.school.setText("Collège Émile-Zola")
    view.city.setText("Paris")
    view.postcode.setText("75011")


def preview(screen: ImportController, qtbot) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(screen.view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=5000)


def fill(button: QWidget) -> str:
    """The colour of a button as drawn, beside its text."""
    image = button.grab().toImage()
    return str(image.pixelColor(20, image.height() // 2).name())


def test_a_file_of_two_classes_is_previewed_then_imported(screen, fair, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    slot = add_slot(fair, TOMORROW, dt.time(9), dt.time(11), 120)
    view = screen.view
    screen.open(None)  # the slot added after the screen opened shows on the next visit
    qtbot.waitUntil(lambda: view.day.count() == 4, timeout=5000)
    screen.set_file(a_file(tmp_path, TWO_CLASSES))
    fill_school(screen)
    view.day.setCurrentIndex(1)
    assert [view.slot.itemText(i) for i in range(view.slot.count())] == ["Sans créneau", "09:00–11:00"]
    view.slot.setCurrentIndex(1)
    assert not view.import_button.isEnabled()
    assert fill(view.import_button) != "#13315c"  # and it looks it: greyed, not the navy of a button to press
    preview(screen, qtbot)
    assert screen.model.rows == [("4e B", "3", "0", ""), ("3e A", "2", "0", ""), ("Total", "5", "0", "")]
    assert screen.names.rows == [("4", "4e B", "Chloé Lefèvre", ""), ("5", "4e B", "Zoé N'Diaye", ""),
                                 ("6", "4e B", "Françoise Bœuf", ""), ("7", "3e A", "Inès Muñoz", ""),
                                 ("8", "3e A", "Jérôme Dupont", "")]  # accents as they will be stored
    assert view.names.isVisible() and view.names.model().rowCount() == 5
    assert view.message.text() == "Aperçu : 5 personnes seraient inscrites. Rien n'a été écrit."
    header = view.table.horizontalHeader()
    for section in (1, 2, 3):  # every column title shows whole; the namesakes column takes the rest
        assert header.sectionSize(section) >= header.sectionSizeHint(section), section
    assert view.import_button.isEnabled() and fill(view.import_button) == "#13315c"
    assert list_groups(fair) == []  # the preview wrote nothing
    QTest.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.badges.isVisible(), timeout=10000)
    assert view.message.text() == "Importation terminée : 5 personnes inscrites depuis emile-zola.csv."
    assert not view.import_button.isEnabled()
    groups = {g.label: g for g in list_groups(fair)}
    assert sorted(groups) == ["3e A", "4e B"]
    for group in groups.values():
        assert (group.school, group.postcode, group.day, group.slot) == ("Collège Émile-Zola", "75011", TOMORROW,
                                                                        slot.label)
    assert {p.full_name for p in roster(fair, groups["4e B"].id)} == {"Chloé Lefèvre", "Zoé N'Diaye",
                                                                       "Françoise Bœuf"}
    assert {p.full_name for p in roster(fair, groups["3e A"].id)} == {"Inès Muñoz", "Jérôme Dupont"}
    preview(screen, qtbot)  # the same file again: everyone is already registered
    assert screen.model.rows[-1] == ("Total", "0", "5", "")
    assert screen.names.rows[0] == ("4", "4e B", "Chloé Lefèvre", "Déjà dans la liste de la classe")
    assert not view.import_button.isEnabled()
    QTest.mouseClick(view.badges, Qt.MouseButton.LeftButton)
    window = screen.view.window()
    assert window.current_screen() == "documents"
    documents = screen.nav.controllers[Screen.DOCUMENTS].view
    qtbot.waitUntil(lambda: documents.group.currentText() == "Collège Émile-Zola — 4e B", timeout=5000)


def test_namesakes_are_flagged_in_their_class(screen, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    screen.set_file(a_file(tmp_path, TWO_CLASSES + "3e A;DUPONT;Jérôme\r\n"))
    fill_school(screen)
    preview(screen, qtbot)
    assert screen.model.rows[1] == ("3e A", "3", "0", "⚠ Jérôme DUPONT (lignes 8 et 9)")
    assert screen.model.rows[-1] == ("Total", "6", "0", "1")
    assert screen.names.rows[-2:] == [("8", "3e A", "Jérôme Dupont", "⚠ Homonyme : ligne 9"),
                                      ("9", "3e A", "Jérôme DUPONT", "⚠ Homonyme : ligne 8")]


def test_a_long_class_list_scrolls_to_its_last_name(screen, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lines = "".join(f"4e B;Élève{i:02d};Zoé\r\n" for i in range(40))
    screen.set_file(a_file(tmp_path, "Classe;NOM;Prénom\r\n" + lines))
    fill_school(screen)
    preview(screen, qtbot)
    names = screen.view.names
    assert names.model().rowCount() == 40
    bar = names.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert names.rowAt(names.viewport().height() - 1) == 39
    assert names.model().index(39, 2).data() == "Zoé Élève39"


def test_a_one_class_file_needs_its_class(screen, fair, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = screen.view
    screen.set_file(a_file(tmp_path, "NOM;Prénom\r\nLefèvre;Chloé\r\nN'Diaye;Zoé\r\n", "4eB.csv"))
    fill_school(screen)
    preview(screen, qtbot)
    assert view.message.text() == "Indiquez la classe : le fichier n'a pas de colonne « Classe »."
    assert screen.model.rowCount() == 0
    assert not view.import_button.isEnabled()
    view.class_label.setText("4e B")
    view.teacher.setText("Claire Durand")
    preview(screen, qtbot)
    assert screen.model.rows[0] == ("4e B", "2", "0", "")
    assert view.import_button.isEnabled()
    assert list_groups(fair) == []


def test_problems_are_one_sentence_and_nothing_is_written(screen, fair, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = screen.view
    preview(screen, qtbot)
    assert view.message.text() == "Choisissez d'abord le fichier à importer."
    screen.set_file(a_file(tmp_path, TWO_CLASSES))
    preview(screen, qtbot)
    assert view.message.text() == "Il manque le nom de l'établissement."
    view.school.setText("Collège Émile-Zola")
    assert view.message.text() == ""  # the field is filled in: its error goes
    screen.set_file(tmp_path / "gone.csv")
    fill_school(screen)
    preview(screen, qtbot)
    assert "gone.csv" in view.message.text() and "\n" not in view.message.text()
    assert not view.import_button.isEnabled()
    assert list_groups(fair) == []


def test_a_refused_file_lists_every_line_to_fix(screen, fair, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """12 lines without a first name: the sentence names the first five and says how many more; the names
    table lists all twelve, line by line, so they can be fixed in one go."""
    view = screen.view
    rows = "".join(f"4e B;Élève{i:02d};\r\n" for i in range(12))
    screen.set_file(a_file(tmp_path, "Classe;NOM;Prénom\r\n" + rows))
    fill_school(screen)
    preview(screen, qtbot)
    assert "(et 7 autres)" in view.message.text() and not view.import_button.isEnabled()
    names = view.names.model()
    lines = [names.index(row, 0).data() for row in range(names.rowCount())]
    assert lines == [str(line) for line in range(2, 14)]
    assert all(names.index(row, 3).data().startswith("⚠ ") for row in range(names.rowCount()))
    assert view.table.model().rowCount() == 0  # no class summary for a file refused
    screen.set_file(a_file(tmp_path, TWO_CLASSES))
    preview(screen, qtbot)
    assert names.rowCount() == 5 and names.index(0, 2).data() == "Chloé Lefèvre"  # the problems are gone
    assert list_groups(fair) == []


def test_changing_an_input_after_the_preview_disables_import(screen, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = screen.view
    screen.set_file(a_file(tmp_path, TWO_CLASSES))
    fill_school(screen)
    preview(screen, qtbot)
    assert view.import_button.isEnabled()
    view.school.setText("Collège Émile-Zola bis")
    assert not view.import_button.isEnabled()
    assert screen.model.rowCount() == 0
    assert view.message.text() == "Les choix ont changé : refaites l'aperçu avant d'importer."
    view.school.setText("Collège Émile-Zola")  # back as previewed: still a new preview to make
    assert not view.import_button.isEnabled()
    preview(screen, qtbot)
    assert view.import_button.isEnabled()
    view.day.setCurrentIndex(2)
    assert not view.import_button.isEnabled()


def test_a_known_school_is_proposed(screen, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_group(fair, GroupInput(SchoolInput("Collège Jean-Moulin", "Paris", "75015"), "4e B", TODAY))
    view = screen.view
    view.school.textEdited.emit("coll")  # what typing does, without the on-screen keyboard
    view.school.setText("coll")
    qtbot.waitUntil(lambda: view.school_choices.count() == 1 and view.school_choices.isVisible(), timeout=5000)
    item = view.school_choices.item(0)
    QTest.mouseClick(view.school_choices.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.school_choices.visualItemRect(item).center())
    assert (view.school.text(), view.city.text(), view.postcode.text()) == ("Collège Jean-Moulin", "Paris", "75015")
    assert not view.school_choices.isVisible()


def test_back_returns_to_the_organiser_menu(screen) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(screen.view.back, Qt.MouseButton.LeftButton)
    assert screen.view.window().current_screen() == "organiser"


def test_in_portrait_the_lists_follow_the_form_without_a_gap(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A 1080×1920 screen: the form, then at once the preview and the names taking the rest (an empty band of
    a quarter of the screen once sat between them)."""
    view = screen.view
    view.window().resize(1080, 1920)
    qtbot.waitUntil(lambda: view.height() > view.width(), timeout=3000)
    qtbot.wait(50)

    def top(widget: QWidget) -> int:
        return widget.mapTo(view, widget.rect().topLeft()).y()

    assert top(view.table) - (top(view.phone) + view.phone.height()) < 40
    assert view.names.height() > 600
    view.window().resize(1280, 800)
    qtbot.waitUntil(lambda: view.width() > view.height(), timeout=3000)
    qtbot.wait(50)
    assert abs(top(view.table) - top(view.file_button)) < 40  # landscape: side by side again
