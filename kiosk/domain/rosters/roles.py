"""The words schools write in a role column, mapped to the kind of person.

Matched on the first word, folded, so "Professeur principal", "Parent d'élève" and "PROF." all work.
"""

from __future__ import annotations

from kiosk.domain.kinds import PersonKind
from kiosk.domain.text import words

_ROLE_WORDS: dict[PersonKind, frozenset[str]] = {
    PersonKind.PUPIL: frozenset({"eleve", "eleves", "pupil", "student", "collegien", "collegienne",
                                 "lyceen", "lyceenne", "enfant"}),
    PersonKind.TEACHER: frozenset({"professeur", "professeure", "professeurs", "enseignant", "enseignante",
                                   "prof", "profs", "teacher", "instituteur", "institutrice"}),
    PersonKind.COMPANION: frozenset({"accompagnateur", "accompagnatrice", "accompagnant", "accompagnante",
                                     "parent", "parents", "aed", "aesh", "avs", "surveillant",
                                     "surveillante", "companion", "chaperone", "chaperon", "benevole"}),
}


def kind_of(role: str) -> PersonKind | None:
    """The kind written in a role cell; an empty cell means a pupil; None when the word is unknown."""
    parts = words(role)
    if not parts:
        return PersonKind.PUPIL
    for kind, vocabulary in _ROLE_WORDS.items():
        if parts[0] in vocabulary:
            return kind
    return None
