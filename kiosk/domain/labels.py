"""How kinds, categories and scan results read in French and English: one table for every screen and paper."""

from __future__ import annotations

from kiosk.domain.errors import Msg
from kiosk.domain.kinds import Direction, PersonKind, ScanResult, VisitorCategory

KIND = {
    PersonKind.PUPIL: Msg("Élève", "Pupil"),
    PersonKind.TEACHER: Msg("Enseignant", "Teacher"),
    PersonKind.COMPANION: Msg("Accompagnateur", "Companion"),
    PersonKind.VISITOR: Msg("Visiteur", "Visitor"),
}

CATEGORY = {
    VisitorCategory.GENERAL_PUBLIC: Msg("Grand public", "General public"),
    VisitorCategory.PROFESSIONAL: Msg("Professionnel", "Professional"),
    VisitorCategory.PRESS: Msg("Presse", "Press"),
    VisitorCategory.EXHIBITOR: Msg("Exposant", "Exhibitor"),
    VisitorCategory.STAFF: Msg("Équipe du salon", "Event staff"),  # not "Organisation": the form has that field
}

RESULT = {
    ScanResult.CHECKED_IN: Msg("Entrée enregistrée", "Checked in"),
    ScanResult.RE_ENTERED: Msg("Retour enregistré", "Re-entered"),
    ScanResult.ALREADY_IN: Msg("Entrée déjà enregistrée", "Already inside"),
    ScanResult.CHECKED_OUT: Msg("Sortie enregistrée", "Checked out"),
    ScanResult.NOT_INSIDE: Msg("Pas d'entrée aujourd'hui", "Not inside"),
    ScanResult.WRONG_DAY: Msg("Pas le bon jour", "Wrong day"),
    ScanResult.UNKNOWN: Msg("Code inconnu", "Unknown code"),
    ScanResult.INVALID: Msg("Code illisible ou invalide", "Invalid code"),
    ScanResult.GROUP: Msg("Code de classe", "Class code"),
}

DIRECTION = {Direction.IN: Msg("Entrée", "Entrance"), Direction.OUT: Msg("Sortie", "Exit")}


def category_from_text(value: str) -> VisitorCategory | None:
    """A category from its code or its French or English label ("presse", "Press", "press")."""
    key = value.strip().casefold().replace("-", "_").replace(" ", "_")
    for category, label in CATEGORY.items():
        names = {category.value, label.fr.casefold().replace(" ", "_"), label.en.casefold().replace(" ", "_")}
        if key in names:
            return category
    return None
