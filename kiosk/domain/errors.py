"""User-facing messages in French and English, and the one error type users can act on.

Every message a person may read is written twice, French first, and carried whole: whoever knows who reads
it (the kiosk's current language, a command's --lang) renders it with `text(lang)`. Services never know
the reader's language, and nothing depends on a process-wide setting.
"""

from __future__ import annotations

from dataclasses import dataclass


def is_english(lang: str) -> bool:
    """True when `lang` ("en", "en_GB", …) asks for English; anything else means French, the first language."""
    return lang.lower().startswith("en")


@dataclass(frozen=True)
class Msg:
    """One sentence in both languages."""

    fr: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if is_english(lang) else self.fr

    def __str__(self) -> str:
        """French, the first language (for logs and debugging); readers get `text(lang)`."""
        return self.fr


class KioskError(Exception):
    """Something the user can fix: bad input, an unreachable database, an unwritable file.

    Anything else is a bug and must not be dressed up as one of these.
    """

    def __init__(self, fr: str, en: str) -> None:
        self.msg = Msg(fr, en)
        super().__init__(fr)

    def text(self, lang: str) -> str:
        return self.msg.text(lang)

    def __str__(self) -> str:
        return self.msg.fr
