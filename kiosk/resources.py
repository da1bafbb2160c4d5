"""Where the files in `resources/` (fonts, stylesheets, sounds, translations) are found."""

from __future__ import annotations

import os
from pathlib import Path

ENV_FOLDER = "KIOSK_RESOURCES"


def resources_folder() -> Path:
    """$KIOSK_RESOURCES when set (a bundle), else the `resources/` folder beside the `kiosk` package."""
    given = os.environ.get(ENV_FOLDER)
    return Path(given) if given else Path(__file__).resolve().parent.parent / "resources"
