"""Every screen beyond home, result and trouble installs itself here: views added, buttons wired."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.ui.screens import organiser, roster_install
from kiosk.ui.screens import search as people_screens

if TYPE_CHECKING:
    from kiosk.ui.controller import KioskController

INSTALLERS: list[Callable[[KioskController], None]] = [
    organiser.install,
    people_screens.install,
    roster_install.install,
]


def install_screens(controller: KioskController) -> None:
    for install in INSTALLERS:
        install(controller)
