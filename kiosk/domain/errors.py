"""User-facing messages in French and English, and the one error type users can act on.

Every message a person may read is written twice, French first; the caller picks the language once
(`set_language`), so services never need to know who reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("fr", "en")
_current = ["fr"]


def set_language(lang: str) -> None:
    """Choose the language of messages for this process ("fr" or "en"; anything else means French)."""
    _current[0] = "en" if lang.lower().startswith("en") else "fr"


def language() -> str:
    return _current[0]


@dataclass(frozen=True)
class Msg:
    """One sentence in both languages."""

    fr: str
    en: str

    def text(self, lang: str | None = None) -> str:
        return self.en if (lang or language()) == "en" else self.fr

    def __str__(self) -> str:
        return self.text()


class KioskError(Exception):
    """Something the user can fix: bad input, an unreachable database, an unwritable file.

    Anything else is a bug and must not be dressed up as one of these.
    """

    def __init__(self, fr: str, en: str) -> None:
        self.msg = Msg(fr, en)
        super().__init__(en)

    def text(self, lang: str | None = None) -> str:
        return self.msg.text(lang)

    def __str__(self) -> str:
        return self.msg.text()
