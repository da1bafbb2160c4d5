"""French first, English second: Qt Linguist catalogues for our strings and Qt's own dialogs.

Source strings are French (the first language), so French text can never be missing; its catalogue,
`resources/translations/kiosk_fr.ts`, holds only the plural forms of `%n` strings ("1 personne", "2 personnes").
`resources/translations/kiosk_en.ts` holds English, compiled to `.qm` at build time (`make translations`).
`kiosk_fr.ts` holds only the French plural forms of the `%n` strings ("1 personne", "25 personnes").
Switching language at run time installs the other catalogue; every view re-reads its texts on
QEvent.LanguageChange. The language in use is Qt's default locale, the one place the GUI keeps it:
`current_language()` reads it to render domain messages, which carry both languages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.resources import resources_folder

TRANSLATOR_NAME = "kioskTranslator"


def catalogue_folder() -> Path:
    return resources_folder() / "translations"


def current_language() -> str:
    """"en" or "fr": the language the kiosk speaks now."""
    return "en" if QLocale().language() == QLocale.Language.English else "fr"


class Translations:
    """Installs one language's translators, replacing whichever were installed before (by this object or
    another one), so a switch is complete."""

    @property
    def language(self) -> str:
        return current_language()

    def use(self, lang: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication first")
        for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
            app.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()
        language = "en" if lang == "en" else "fr"
        QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.French))
        for folder, name in ((Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), "qtbase"),
                             (catalogue_folder(), "kiosk")):
            translator = QTranslator(app)
            translator.setObjectName(TRANSLATOR_NAME)
            if translator.load(f"{name}_{language}", str(folder)):
                app.installTranslator(translator)
            else:
                translator.deleteLater()
