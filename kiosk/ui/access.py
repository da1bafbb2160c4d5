"""Who may open which screen on this station: pupils are minors, and anything a passer-by can reach without a
PIN is public.

Three levels: the public (scan, see one's own result, a teacher's class by its class code), the reception
staff (search, people, walk-ins, classes: the staff PIN) and the organiser (everything: the organiser PIN).
A self-service entrance has no staff level: its desk screens need the organiser PIN, and the walk-in form is
public only when the station lets visitors register themselves. A screen this table does not name needs the
organiser, so a new screen is never public by mistake.
"""

from __future__ import annotations

from typing import Any

from kiosk.ui.context import StationRole, StationSettings
from kiosk.ui.screens.keys import Access, Screen

PUBLIC_SCREENS = frozenset({Screen.HOME, Screen.RESULT, Screen.TROUBLE, Screen.ROSTER, Screen.PIN})
DESK_SCREENS = frozenset({Screen.SEARCH, Screen.PERSON, Screen.VISITOR, Screen.CLASS_FORM, Screen.PREVIEW,
                          Screen.FILE_CHOOSER})


def required(key: Screen[Any], settings: StationSettings) -> Access:
    """The level `key` needs on a station set up as `settings` says."""
    if key in PUBLIC_SCREENS:
        return Access.PUBLIC
    if key is Screen.VISITOR and settings.role is StationRole.SELF_SERVICE and settings.self_registration:
        return Access.PUBLIC
    if key in DESK_SCREENS and settings.role is StationRole.DESK:
        return Access.STAFF
    return Access.ORGANISER


def after_home(level: Access, settings: StationSettings) -> Access:
    """Going home leaves organiser mode (its PIN is asked again) but keeps a desk open for its staff until
    the kiosk has been idle."""
    return min(level, Access.STAFF if settings.role is StationRole.DESK else Access.PUBLIC)
