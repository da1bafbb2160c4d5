"""Who gets a badge: one person, a class, a day's classes or everyone, in the order they are handed out."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import make_class, make_group, make_visitor, school, statements
from sample_event import EVENT_DAYS

from kiosk.domain.badge_list import BadgeData, badges_for, dates_text
from kiosk.domain.database import Database
from kiosk.domain.errors import KioskError
from kiosk.domain.kinds import PersonKind, VisitorCategory
from kiosk.domain.registration import add_person


def names(badges: list[BadgeData]) -> list[tuple[str, str]]:
    return [(b.last_name, b.first_name) for b in badges]


def test_a_class_prints_its_school_class_and_day_sorted_by_name(event_db: Database) -> None:
    group, pupils, teacher = make_class(event_db, 3, label="4e B", day=EVENT_DAYS[1],
                                        school_input=school("Collège Jean-Moulin", "75015"))
    assert teacher is not None
    ecuyer = add_person(event_db, PersonKind.PUPIL, "Élise", "Écuyer", group_id=group.id)
    badges = badges_for(event_db, group_id=group.id)
    assert names(badges) == sorted(names(badges), key=lambda n: (n[0].replace("É", "E").lower(), n[1]))
    assert names(badges)[:2] == [("Bernard", "Hugo"), ("Dubois", "Chloé")]
    assert ("Écuyer", "Élise") in names(badges) and len(badges) == 5
    pupil = next(b for b in badges if b.code == pupils[0].code)
    assert (pupil.organisation, pupil.class_label, pupil.kind, pupil.category) == (
        "Collège Jean-Moulin", "4e B", PersonKind.PUPIL, None)
    assert pupil.days == (EVENT_DAYS[1],) and pupil.when("fr") == "mercredi 25 novembre 2026"
    assert pupil.event_name == "Salon des métiers de l'industrie"
    assert {b.code for b in badges} == {p.code for p in [*pupils, teacher, ecuyer]}


def test_a_day_is_its_classes_pupils_and_adults_without_visitors(event_db: Database) -> None:
    first, first_pupils, _ = make_class(event_db, 2, label="5e A", day=EVENT_DAYS[0])
    make_class(event_db, 2, label="5e B", day=EVENT_DAYS[1])
    make_visitor(event_db, "Jérôme", "Lefèvre", VisitorCategory.PRESS, "Le Parisien")
    companion = add_person(event_db, PersonKind.COMPANION, "Hélène", "Bézier", group_id=first.id)
    badges = badges_for(event_db, day=EVENT_DAYS[0])
    assert {b.class_label for b in badges} == {"5e A"} and len(badges) == 4
    assert companion.code in {b.code for b in badges} and {p.code for p in first_pupils} <= {b.code for b in badges}
    assert badges_for(event_db, day=EVENT_DAYS[2]) == []
    with pytest.raises(KioskError, match="n'est pas un jour"):
        badges_for(event_db, day=dt.date(2026, 12, 25))


def test_everyone_is_classes_by_school_then_visitors_by_category_then_name(event_db: Database) -> None:
    make_class(event_db, 1, label="3e A", day=EVENT_DAYS[0], school_input=school("Collège Victor-Hugo", "75011"))
    make_class(event_db, 1, label="6e C", day=EVENT_DAYS[0], school_input=school("Collège Émile-Zola", "94200"))
    make_visitor(event_db, "Zoé", "Abadie", VisitorCategory.STAFF, "Accueil")
    make_visitor(event_db, "Paul", "Martin", VisitorCategory.GENERAL_PUBLIC)
    make_visitor(event_db, "Anne", "Martin", VisitorCategory.GENERAL_PUBLIC)
    make_visitor(event_db, "Luc", "Durand", VisitorCategory.PRESS, "Le Parisien")
    badges = badges_for(event_db, everyone=True)
    assert [b.organisation for b in badges[:4]] == ["Collège Émile-Zola"] * 2 + ["Collège Victor-Hugo"] * 2
    assert names(badges[4:]) == [("Martin", "Anne"), ("Martin", "Paul"), ("Durand", "Luc"), ("Abadie", "Zoé")]
    visitor = badges[-1]
    assert (visitor.organisation, visitor.class_label, visitor.category) == ("Accueil", "", VisitorCategory.STAFF)
    assert visitor.days == EVENT_DAYS and visitor.when("fr") == "du 24 au 27 novembre 2026"
    assert visitor.when("en") == "24 to 27 November 2026"


def test_one_person_and_clear_sentences_for_what_is_not_there(event_db: Database) -> None:
    group = make_group(event_db, "4e B")  # booked for no day yet: its badges show the event's dates
    pupil = add_person(event_db, PersonKind.PUPIL, "Noé", "Saint-Martin", group_id=group.id)
    [badge] = badges_for(event_db, person_id=pupil.id)
    assert (badge.first_name, badge.last_name, badge.days) == ("Noé", "Saint-Martin", EVENT_DAYS)
    with pytest.raises(KioskError, match="Personne n° 9999 introuvable"):
        badges_for(event_db, person_id=9999)
    with pytest.raises(KioskError, match="Classe n° 9999 introuvable"):
        badges_for(event_db, group_id=9999)
    for selection in ({}, {"everyone": True, "group_id": group.id}):
        with pytest.raises(KioskError, match="une seule sélection"):
            badges_for(event_db, **selection)  # type: ignore[arg-type]


def test_a_batch_reads_the_people_in_one_query(event_db: Database) -> None:
    make_class(event_db, 25, day=EVENT_DAYS[0])
    with statements(event_db) as seen:
        badges = badges_for(event_db, everyone=True)
    assert len(badges) == 26
    assert sum("FROM person" in statement for statement in seen) == 1
    assert sum(statement.lstrip().upper().startswith("SELECT") for statement in seen) == 3


def test_dates_read_as_people_write_them() -> None:
    assert dates_text((dt.date(2026, 11, 30), dt.date(2026, 12, 2)), "fr") == "du 30 novembre au 2 décembre 2026"
    assert dates_text((dt.date(2026, 12, 31), dt.date(2027, 1, 1)), "fr") == (
        "du 31 décembre 2026 au 1er janvier 2027")
    assert dates_text((dt.date(2026, 12, 1),), "en") == "Tuesday 1 December 2026"
    assert dates_text((), "fr") == ""
