"""About Kiosk, from the organiser's settings: its version, the package's licence (GPLv3 as a whole, because
of Qt Virtual Keyboard) and every component's licence text, read from what is installed (kiosk/licences.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidgetItem

from kiosk.licences import PACKAGE_STATEMENT, Component, components
from kiosk.ui.context import KioskContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.about_view import AboutView
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.keys import Screen
from kiosk.version import kiosk_version


class AboutController(ScreenController[None, AboutView]):
    def __init__(self, key: Screen[None], view: AboutView, context: KioskContext, nav: Navigator) -> None:
        super().__init__(key, view, context, nav)
        self.found: list[Component] = []
        self.shown: Component | None = None
        view.back.clicked.connect(self.back)
        view.components.itemClicked.connect(lambda item: self.show_licence(view.components.row(item)))
        view.retranslated.connect(self._fill)

    def open(self, payload: None) -> None:
        self.shown = None
        self.view.pages.setCurrentIndex(0)
        self._fill()
        if not self.found:  # read once: what is installed does not change while the kiosk runs
            self.run(components, self._listed, busy=False)

    def _listed(self, found: list[Component]) -> None:
        self.found = found
        self._fill()

    def _fill(self) -> None:
        """Every text in the kiosk's language: the title, the statement, the rows, the licence shown."""
        view = self.view
        view.title.setText(self.tr("À propos de Kiosk %1").replace("%1", kiosk_version()))
        view.statement.setText(self.say(PACKAGE_STATEMENT))
        view.components.clear()
        for component in self.found:
            view.components.addItem(QListWidgetItem(self.row_text(component)))
        if self.shown is not None:
            view.licence_title.setText(self.row_text(self.shown))

    def row_text(self, component: Component) -> str:
        name = self.tr("%1 (police)").replace("%1", component.name) if component.font else component.name
        return " — ".join(part for part in (f"{name} {component.version}".strip(), component.licence) if part)

    def show_licence(self, index: int) -> None:
        """The component's licence texts, one after the other under their file names."""
        self.shown = component = self.found[index]
        texts = [f"━━ {licence.title} ━━\n\n{licence.text.strip()}" for licence in component.texts]
        self.view.licence_title.setText(self.row_text(component))
        self.view.licence_text.setPlainText("\n\n\n".join(texts) or self.tr("Ce composant n'est livré avec aucun "
                                                                           "texte de licence."))
        self.view.licence_text.verticalScrollBar().setValue(0)
        self.view.pages.setCurrentIndex(1)

    def back(self) -> None:
        """From a licence text to the list, from the list to the settings."""
        if self.view.showing_text():
            self.shown = None
            self.view.pages.setCurrentIndex(0)
        else:
            self.nav.open(Screen.SETTINGS)
