"""The dashboard's two lists as small read-only table models: arrivals by category, classes by time slot."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.labels import CATEGORY, KIND
from kiosk.domain.stats import SlotFill, Tally
from kiosk.ui.models.rows_model import RowsModel


def audience_label(key: str, lang: str) -> str:
    """A Tally key (a kind for class members, a category for visitors) in words."""
    if key in {k.value for k in PersonKind}:
        return KIND[PersonKind(key)].text(lang)
    return CATEGORY[VisitorCategory(key)].text(lang)


class ArrivalsModel(RowsModel):
    """Today's people by category: registered, arrived."""

    HEADERS = (QT_TRANSLATE_NOOP("ArrivalsModel", "Catégorie"),
               QT_TRANSLATE_NOOP("ArrivalsModel", "Inscriptions"),
               QT_TRANSLATE_NOOP("ArrivalsModel", "Arrivées"))

    def set_tallies(self, tallies: Sequence[Tally], lang: str) -> None:
        self._replace([(audience_label(t.key, lang), str(t.registered), str(t.arrived))
                       for t in tallies if t.registered or t.arrived])


class SlotsModel(RowsModel):
    """The day's time slots: classes booked, their pupils registered and arrived, against capacity."""

    HEADERS = (QT_TRANSLATE_NOOP("SlotsModel", "Créneau"),
               QT_TRANSLATE_NOOP("SlotsModel", "Classes"),
               QT_TRANSLATE_NOOP("SlotsModel", "Inscriptions"),
               QT_TRANSLATE_NOOP("SlotsModel", "Arrivées"),
               QT_TRANSLATE_NOOP("SlotsModel", "Capacité"))

    def set_slots(self, slots: Sequence[SlotFill]) -> None:
        self._replace([(s.label, str(s.classes), str(s.registered), str(s.arrived), str(s.capacity)) for s in slots])
