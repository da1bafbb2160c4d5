"""Every screen beyond home, result and trouble installs itself here: views added, buttons wired."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.ui.controller import KioskController

INSTALLERS: list[Callable[[KioskController], None]] = []


def install_screens(controller: KioskController) -> None:
    for install in INSTALLERS:
        install(controller)
