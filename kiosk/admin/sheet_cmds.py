"""(being written)"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.admin.context import Commands


def register(commands: Commands) -> None:
    """Adds this family's commands."""
