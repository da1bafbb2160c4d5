"""French first, English second: Qt Linguist catalogues for our strings and Qt's own dialogs.

Source strings are French (the first language), so French needs no catalogue and can never be missing;
`resources/translations/kiosk_en.ts` holds English, compiled to `.qm` at build time (`make translations`).
Switching language at run time installs the other catalogue; every view re-reads its texts on
QEvent.LanguageChange.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.domain.errors import set_language
from kiosk.resources import resources_folder

LANGUAGES = ("fr", "en")


def catalogue_folder() -> Path:
    return resources_folder() / "translations"


def system_language() -> str:
    return "en" if QLocale.system().name().lower().startswith("en") else "fr"


_installed: list[QTranslator] = []  # the application's, whichever Translations installed them


class Translations:
    """Installs one language's translators, replacing the previous language's, so a switch is complete."""

    def __init__(self) -> None:
        self.language = "fr"

    def use(self, lang: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication first")
        for translator in _installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        _installed.clear()
        self.language = "en" if lang == "en" else "fr"
        set_language(self.language)
        QLocale.setDefault(QLocale(QLocale.Language.English if self.language == "en" else QLocale.Language.French))
        for folder, name in ((Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), "qtbase"),
                             (catalogue_folder(), "kiosk")):
            translator = QTranslator(app)
            if translator.load(f"{name}_{self.language}", str(folder)):
                app.installTranslator(translator)
                _installed.append(translator)
