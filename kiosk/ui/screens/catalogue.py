"""Every screen of the kiosk in one table: its key (typed with what it opens with, see keys.py), its view
(layout only) and its controller (behaviour, which wires its own view's buttons).

`build_screens` makes them all and registers them with the navigator, in this order (home first: the screen
the window starts on). The controllers stay reachable, typed, as fields of `Screens`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from kiosk.ui.context import KioskContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.about_controller import AboutController
from kiosk.ui.screens.about_view import AboutView
from kiosk.ui.screens.base import ScreenController
from kiosk.ui.screens.class_form_controller import ClassFormController
from kiosk.ui.screens.class_form_view import ClassFormView
from kiosk.ui.screens.dashboard_controller import DashboardController
from kiosk.ui.screens.dashboard_view import DashboardView
from kiosk.ui.screens.documents_controller import DocumentsController
from kiosk.ui.screens.documents_view import DocumentsView
from kiosk.ui.screens.file_chooser_controller import FileChooserController
from kiosk.ui.screens.file_chooser_view import FileChooserView
from kiosk.ui.screens.home_controller import HomeController
from kiosk.ui.screens.home_view import HomeView
from kiosk.ui.screens.imports_controller import ImportController
from kiosk.ui.screens.imports_view import ImportView
from kiosk.ui.screens.keys import Screen
from kiosk.ui.screens.organiser_controller import OrganiserController
from kiosk.ui.screens.organiser_view import OrganiserView
from kiosk.ui.screens.person_controller import PersonController
from kiosk.ui.screens.person_view import PersonScreenView
from kiosk.ui.screens.pin_controller import PinController
from kiosk.ui.screens.pin_view import PinView
from kiosk.ui.screens.preview_controller import PreviewController
from kiosk.ui.screens.preview_view import PreviewView
from kiosk.ui.screens.result_controller import ResultController
from kiosk.ui.screens.result_view import ResultView
from kiosk.ui.screens.roster_controller import RosterController
from kiosk.ui.screens.roster_view import RosterView
from kiosk.ui.screens.search_controller import SearchController
from kiosk.ui.screens.search_view import SearchView
from kiosk.ui.screens.settings_controller import SettingsController
from kiosk.ui.screens.settings_view import SettingsView
from kiosk.ui.screens.trouble_controller import TroubleController
from kiosk.ui.screens.trouble_view import TroubleView
from kiosk.ui.screens.visitor_controller import VisitorController
from kiosk.ui.screens.visitor_view import VisitorView


@dataclass(frozen=True)
class Screens:
    home: HomeController
    result: ResultController
    trouble: TroubleController
    search: SearchController
    person: PersonController
    visitor: VisitorController
    roster: RosterController
    class_form: ClassFormController
    pin: PinController
    organiser: OrganiserController
    dashboard: DashboardController
    imports: ImportController
    documents: DocumentsController
    preview: PreviewController
    settings: SettingsController
    about: AboutController
    file_chooser: FileChooserController

    def controllers(self) -> list[ScreenController[Any, Any]]:
        return [getattr(self, field.name) for field in fields(self)]


def build_screens(context: KioskContext, nav: Navigator) -> Screens:
    c, n = context, nav
    screens = Screens(
        #         controller           key                view
        home=HomeController(Screen.HOME, HomeView(), c, n),
        result=ResultController(Screen.RESULT, ResultView(), c, n),
        trouble=TroubleController(Screen.TROUBLE, TroubleView(), c, n),
        search=SearchController(Screen.SEARCH, SearchView(), c, n),
        person=PersonController(Screen.PERSON, PersonScreenView(), c, n),
        visitor=VisitorController(Screen.VISITOR, VisitorView(), c, n),
        roster=RosterController(Screen.ROSTER, RosterView(), c, n),
        class_form=ClassFormController(Screen.CLASS_FORM, ClassFormView(), c, n),
        pin=PinController(Screen.PIN, PinView(), c, n),
        organiser=OrganiserController(Screen.ORGANISER, OrganiserView(), c, n),
        dashboard=DashboardController(Screen.DASHBOARD, DashboardView(), c, n),
        imports=ImportController(Screen.IMPORTS, ImportView(), c, n),
        documents=DocumentsController(Screen.DOCUMENTS, DocumentsView(), c, n),
        preview=PreviewController(Screen.PREVIEW, PreviewView(), c, n),
        settings=SettingsController(Screen.SETTINGS, SettingsView(), c, n),
        about=AboutController(Screen.ABOUT, AboutView(), c, n),
        file_chooser=FileChooserController(Screen.FILE_CHOOSER, FileChooserView(), c, n),
    )
    for controller in screens.controllers():
        nav.register(controller.key, controller)
    return screens
