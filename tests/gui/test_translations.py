"""French first, English complete: the catalogue covers every string in the code, and an English screen
shows no French."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.resources import resources_folder

CATALOGUE = resources_folder() / "translations" / "kiosk_en.ts"
FRENCH_PLURALS = resources_folder() / "translations" / "kiosk_fr.ts"
UI = Path(__file__).resolve().parents[2] / "kiosk" / "ui"
TODAY = dt.date.today()


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in tree.getroot().iter("context") for message in context.iter("message")}


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type"):
        return False
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return all(f.strip() for f in forms) if forms else bool((translation.text or "").strip())


def test_every_message_has_a_finished_english_translation() -> None:
    unfinished = [source for (_, source), message in messages(CATALOGUE).items() if not finished(message)]
    assert unfinished == []


def test_every_count_has_its_french_plural_forms() -> None:
    """A `%n` string shows its French source, "(s)" and all, unless kiosk_fr.ts gives the two forms."""
    french = messages(FRENCH_PLURALS)
    counted = [key for key, message in messages(CATALOGUE).items() if message.get("numerus") == "yes"]
    assert counted

    def forms(key: tuple[str, str]) -> list[str]:
        return [form.text or "" for form in french[key].iter("numerusform")] if key in french else []

    lacking = [key for key in counted if not (len(forms(key)) == 2 and all(f.strip() and "(s)" not in f
                                                                             for f in forms(key)))]
    assert lacking == [], "give kiosk_fr.ts the singular and plural of these (context, source): " + repr(lacking)


def test_no_string_writes_a_plural_or_gender_in_brackets() -> None:
    """ "personne(s)", "inscrit(e)": a count says its plural with %n, and wording does not assume a gender."""
    bracketed = [source for (context, source), message in messages(CATALOGUE).items()
                 if message.get("numerus") != "yes" and ("(s)" in source or "(e)" in source)]
    assert bracketed == []


def test_the_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    missing = sorted(set(messages(fresh)) - set(messages(CATALOGUE)))
    assert missing == [], "run pyside6-lupdate and translate: " + repr(missing[:5])


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
    return {t for t in texts if t.strip()}


def test_english_screens_show_no_untranslated_french(kiosk, fair, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, controller = kiosk
    french = {source: (message.findtext("translation") or "") for (_, source), message in messages(CATALOGUE).items()}
    untranslated = {source for source, english in french.items() if english and english != source}
    controller.screens.home.view.language.click()
    qtbot.waitUntil(lambda: controller.screens.home.view.find_button.text() != "Rechercher une personne", timeout=3000)
    for name in window.screens:
        window.show_screen(name)
        leftovers = visible_texts(window.screens[name]) & untranslated
        assert leftovers == set(), f"{name}: {sorted(leftovers)}"
    controller.screens.home.view.language.click()
    qtbot.waitUntil(lambda: controller.screens.home.view.find_button.text() == "Rechercher une personne", timeout=3000)
