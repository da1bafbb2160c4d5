"""Counts in words, in both languages: "1 personne" / "25 personnes", "1 person" / "25 people".

French puts 0 and 1 in the singular, English only 1. The window's own strings use Qt's %n plural forms
(resources/translations); this serves the domain's messages, the command line and the documents.
"""

from __future__ import annotations

from kiosk.domain.errors import Msg


def fr_form(count: int, one: str, many: str) -> str:
    """The French word for `count`: the singular for 0 and 1 ("0 personne", "1 personne")."""
    return one if abs(count) <= 1 else many


def en_form(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def counted(count: int, fr: tuple[str, str], en: tuple[str, str]) -> Msg:
    """The number and its noun: counted(2, ("personne", "personnes"), ("person", "people")) → "2 personnes"."""
    return Msg(f"{count} {fr_form(count, *fr)}", f"{count} {en_form(count, *en)}")


PEOPLE = (("personne", "personnes"), ("person", "people"))
PUPILS = (("élève", "élèves"), ("pupil", "pupils"))
CLASSES = (("classe", "classes"), ("class", "classes"))
