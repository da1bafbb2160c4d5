"""The on-screen keyboard: Qt Virtual Keyboard inside the kiosk window, below the current screen.

It is embedded (a QQuickWidget running resources/keyboard/keyboard.qml) rather than left to the plugin's own
floating window, so it takes its place in the window's layout: the screen above shrinks, scrolls to the
field being typed, and the keyboard never covers it. It shows whenever a text field has focus and hides
when focus leaves it (or on its own hide key). Built on first use, so it costs nothing at start-up.
"""

from __future__ import annotations

import logging
import math
import os

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QWidget

from kiosk.resources import resources_folder

LOCALES = {"fr": "fr_FR", "en": "en_GB"}
MAX_SHARE = 0.30  # of the window's height for the keys (240 px, keys over 50 px high at 1280×800): the rest is
# the screen's, which needs room for its field, five search results and its main button
REVEAL_MARGIN = 24  # pixels kept around the field when scrolling it into view

log = logging.getLogger(__name__)


def prepare_keyboard() -> None:
    """Before the QApplication exists: send text input through Qt Virtual Keyboard, drawn by the kiosk.

    The software renderer needs no GPU driver, which kiosk PCs and virtual screens often lack.
    """
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
    if QQuickWindow.graphicsApi() != QSGRendererInterface.GraphicsApi.Software:
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)


def takes_text(widget: QWidget | None) -> bool:
    """True for an editable text field (line edits, text areas, spin boxes), false for read-only ones."""
    return widget is not None and widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


class KeyboardPanel(QQuickWidget):
    """The keyboard's view: the QML input panel, as tall as it needs within a share of the window.

    The widget must exist before its window is first shown (a QQuickWidget added later never paints), but
    its QML is loaded only when first needed, so an unused keyboard costs nothing at start-up.
    """

    loaded = Signal(bool)  # False: Qt Virtual Keyboard cannot be used on this machine (logged)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a key press must leave focus in the field
        self.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        self.component: QQmlComponent | None = None
        self.ready = False
        self.language = "fr"
        self.hide()

    def load(self) -> None:
        """Start loading the keyboard (in `language`); `loaded` tells when it is done.

        Asynchronous, so the GUI thread never waits on QML's loader thread (which may need Python's lock
        when it logs through a Python message handler: waiting there would deadlock).
        """
        if self.component is not None:
            return
        url = QUrl.fromLocalFile(str(resources_folder() / "keyboard" / "keyboard.qml"))
        self.component = QQmlComponent(self.engine(), url, QQmlComponent.CompilationMode.Asynchronous, self)
        if self.component.isLoading():
            self.component.statusChanged.connect(self._compiled)
        else:
            self._compiled()

    def _compiled(self) -> None:
        component = self.component
        if component is None or component.isLoading():
            return
        item = component.create() if component.isReady() else None
        if item is None:
            log.error("on-screen keyboard unavailable: %s", "; ".join(e.toString() for e in component.errors()))
            self.loaded.emit(False)
            return
        self.setContent(component.url(), component, item)
        self.rootObject().implicitHeightChanged.connect(self._fit)
        self.set_language(self.language)
        self.ready = True
        self.loaded.emit(True)

    def set_language(self, lang: str) -> None:
        """Now if the keyboard is loaded, else as soon as it is."""
        self.language = lang
        if self.rootObject() is not None:
            self.rootObject().setProperty("locale", LOCALES.get(lang, LOCALES["fr"]))

    def set_room(self, window_height: int) -> None:
        """Cap the keyboard's height at a share of the window's (before each showing: the window may turn)."""
        self.rootObject().setProperty("maxKeyboardHeight", window_height * MAX_SHARE)
        if not self._fit():
            # Shown at height 0, a QQuickWidget never paints: a first guess until the QML knows its size.
            self.setFixedHeight(round(window_height * MAX_SHARE))

    def _fit(self) -> bool:
        height = self.rootObject().implicitHeight()
        if height < 1:
            return False
        self.setFixedHeight(math.ceil(height))
        # The QML follows the widget's size only on its next resize event: a hidden widget gets none.
        self.rootObject().setHeight(math.ceil(height))
        return True


class KeyboardController(QObject):
    """Shows the keyboard while a text field has focus, in the kiosk's language, and keeps the field in view."""

    def __init__(self, host: QWidget, panel: KeyboardPanel, language: str) -> None:
        """`host` is the window: its height sets the keyboard's, and only its fields call the keyboard."""
        super().__init__(host)
        self.setObjectName("keyboardController")
        self.host, self.panel = host, panel
        panel.set_language(language)
        self.titles: list[QLabel] = []  # screen titles folded away while the keyboard is up
        self.method = QGuiApplication.inputMethod()
        self.method.visibleChanged.connect(self._follow_method)
        panel.installEventFilter(self)
        panel.loaded.connect(self._loaded)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _loaded(self, ok: bool) -> None:
        if not ok:
            return
        field = QApplication.focusWidget()
        if takes_text(field) and field is not None and field.window() is self.host:
            # The field took focus before the keyboard existed: the keys typed into nothing until it was
            # tapped (after the PIN, the visitor form opened with the keyboard up and deaf). Focus anew.
            field.clearFocus()
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        self._match_focus()

    def set_language(self, lang: str) -> None:
        self.panel.set_language(lang)

    def visible(self) -> bool:
        return self.panel.isVisible()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        # Qt tells the input method about the new focus after this signal: decide once it has.
        QTimer.singleShot(0, self, self._match_focus)

    def _match_focus(self) -> None:
        field = QApplication.focusWidget()
        if takes_text(field) and field is not None and field.window() is self.host:
            if self.panel.ready:  # the input method shows only once a panel exists
                self.method.show()
            else:
                self.panel.load()
            self.reveal_focus()
        else:
            self.method.hide()

    def _follow_method(self) -> None:
        if not self.method.isVisible() or not self.panel.ready:
            self.panel.hide()
            return
        self.panel.set_room(self.host.height())
        self.panel.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Each time the keyboard appears or changes height, the screen above has new room: re-aim."""
        if watched is self.panel and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self._fold_titles(True)
            QTimer.singleShot(0, self, self._relayout_and_reveal)
        elif watched is self.panel and event.type() == QEvent.Type.Hide:
            self._fold_titles(False)
        return False

    def _fold_titles(self, fold: bool) -> None:
        """While typing, the screens' titles give their room to the fields and lists (back when it goes)."""
        if fold:
            shown = [label for label in self.host.findChildren(QLabel)
                     if label.property("role") == "title" and not label.isHidden()]
            for label in shown:
                label.hide()
            self.titles += shown
        else:
            for label in self.titles:
                label.show()
            self.titles = []

    def _relayout_and_reveal(self) -> None:
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the screen's new height, now
        self.reveal_focus()

    def reveal_focus(self) -> None:
        """Scroll every scroll area around the focused field so that it shows above the keyboard."""
        field = QApplication.focusWidget()
        if field is None:
            return
        ancestor, outermost = field.parentWidget(), None
        while ancestor is not None:
            if isinstance(ancestor, QScrollArea):
                ancestor.ensureWidgetVisible(field, REVEAL_MARGIN, REVEAL_MARGIN)
                outermost = ancestor
            ancestor = ancestor.parentWidget()
        if outermost is not None:
            keep_buttons_whole(outermost, field)


def keep_buttons_whole(area: QScrollArea, field: QWidget) -> None:
    """No button cut in two by the keyboard's edge: scroll it in whole when the field stays in view."""
    viewport, bar = area.viewport(), area.verticalScrollBar()
    bottom = viewport.height()
    cut = [button for button in area.findChildren(QPushButton) if button.isVisible()
           and button.mapTo(viewport, button.rect().topLeft()).y() < bottom
           < button.mapTo(viewport, button.rect().bottomLeft()).y() + 1]
    if not cut:
        return
    needed = max(button.mapTo(viewport, button.rect().bottomLeft()).y() + 1 - bottom for button in cut)
    if field.mapTo(viewport, field.rect().topLeft()).y() - needed >= 0:
        bar.setValue(bar.value() + needed)
