"""A printer per station: chosen in the settings, named in the status bar, badges printed on it directly
(here on a PDF printer, read back), and one clear sentence when it has gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from test_visitor import qr_codes

from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import PersonKind
from kiosk.domain.registration import add_person
from kiosk.ui import badge_output
from kiosk.ui.context import StationSettings
from kiosk.ui.printing import print_file
from kiosk.ui.screens.keys import Screen


@pytest.fixture
def output(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv(badge_output.OUTPUT_ENV, str(tmp_path / "out"))
    return tmp_path / "out"


def test_a_badge_printed_on_the_station_printer_carries_the_persons_code(fair, output, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    person = add_person(fair, PersonKind.VISITOR, "Zoé", "Lefèvre")
    badge = badge_output.write_person_badge(fair, person.id, StationSettings(station="Accueil"), "fr")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "paper" / "printed.pdf"
    printed.parent.mkdir()
    printer.setOutputFileName(str(printed))
    assert print_file(badge, printer) == 1
    codes = qr_codes(printed)
    if codes is None:
        pytest.skip("pdftoppm or zxing-cpp missing")
    assert codes == [person.code]


def test_a_missing_station_printer_is_said_in_one_sentence(fair, output, qapp) -> None:  # type: ignore[no-untyped-def]
    person = add_person(fair, PersonKind.VISITOR, "Zoé", "Lefèvre")
    settings = StationSettings(station="Accueil", printer="Zebra ZD421 stand 3")
    with pytest.raises(KioskError) as raised:
        badge_output.write_person_badge(fair, person.id, settings, "fr")
    assert str(raised.value) == ("L'imprimante « Zebra ZD421 stand 3 » n'est pas installée sur ce poste : "
                                 "choisissez-en une autre dans les réglages du poste.")
    assert list(output.rglob("badge-*.pdf")), "the PDF is written all the same"


def test_the_printer_is_chosen_in_the_settings_and_shown_in_the_status_bar(kiosk, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    ini = str(tmp_path / "saved.ini")
    controller.context.store = QSettings(ini, QSettings.Format.IniFormat)
    screens = controller.screens
    controller.nav.open(Screen.SETTINGS)
    view = screens.settings.view
    assert view.printer.currentText() == "Aucune : le badge s'ouvre en PDF"
    assert window.printer.text() == "Imprimante : aucune (PDF)"
    view.fill_printers(["HP LaserJet accueil", "Zebra ZD421"], "")
    view.printer.setCurrentIndex(view.printer.findData("Zebra ZD421"))
    assert screens.settings.save()
    assert StationSettings.load(QSettings(ini, QSettings.Format.IniFormat)).printer == "Zebra ZD421"
    assert window.printer.text() == "Imprimante introuvable : Zebra ZD421"  # not installed on this machine
    controller.nav.open(Screen.SETTINGS)
    assert view.printer.currentText() == "Zebra ZD421 (introuvable)"
