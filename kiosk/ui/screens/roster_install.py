"""Hooks the class screens into the kiosk: the roster (opened by a class code) and the class form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.ui.screens.class_form import ClassFormView
from kiosk.ui.screens.class_form_controller import ClassFormController
from kiosk.ui.screens.roster import RosterController, RosterView

if TYPE_CHECKING:
    from kiosk.ui.controller import KioskController


def install(controller: KioskController) -> None:
    roster_view = RosterView()
    roster = RosterController(roster_view, controller.context, controller.nav)
    controller.nav.add("roster", roster_view, roster.open)
    form_view = ClassFormView()
    form = ClassFormController(form_view, controller.context, controller.nav)
    controller.nav.add("class_form", form_view, form.open)
    controller.home_view.class_button.clicked.connect(lambda: controller.nav.go("class_form"))
