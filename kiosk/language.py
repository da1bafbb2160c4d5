"""Which language a person gets when they did not choose one: the system's, French unless it is English.

One rule for every program (kiosk-admin, kiosk-station and the window), Qt-free, following gettext: the
locale is the first of LC_ALL, LC_MESSAGES and LANG that is set; a real locale (not C/POSIX) lets
LANGUAGE, the list of preferred languages, have the last word. French is the first language, so anything
that is neither French nor English, or no locale at all, means French.

    python -m kiosk.language        prints "fr" or "en" (what `make run` passes to every program)
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("fr", "en")


def system_language(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    locale = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    if locale.split(".")[0] in ("", "C", "POSIX"):
        return "fr"
    preferred = [item for item in env.get("LANGUAGE", "").split(":") if item]
    for candidate in [*preferred, locale]:
        lang = candidate[:2].lower()
        if lang in LANGUAGES:
            return lang
    return "fr"


def chosen_language(lang: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language asked for ("fr"/"en", any case, "en_GB" too) or else the system's."""
    if lang and lang[:2].lower() in LANGUAGES:
        return lang[:2].lower()
    return system_language(environ)


if __name__ == "__main__":
    print(system_language())
