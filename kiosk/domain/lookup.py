"""Loading one row by id inside a transaction, with a clear sentence when it is not there."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.errors import KioskError
from kiosk.domain.models import Event, Group, Person


def no_event() -> KioskError:
    return KioskError("Aucun événement dans cette base : créez-le avec « kiosk-admin init » ou "
                      "« kiosk-admin demo ».",
                      "No event in this database: create it with 'kiosk-admin init' or 'kiosk-admin demo'.")


def secret_of(session: Session) -> bytes:
    secret = session.scalar(select(Event.secret).limit(1))
    if secret is None:
        raise no_event()
    return secret


def load_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise person_not_found(person_id)
    return person


def class_not_found(group_id: int) -> KioskError:
    return KioskError(f"Classe n° {group_id} introuvable.", f"Class #{group_id} not found.")


def person_not_found(person_id: int) -> KioskError:
    return KioskError(f"Personne n° {person_id} introuvable.", f"Person #{person_id} not found.")


def load_group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise class_not_found(group_id)
    return group


def load_school_of(session: Session, person: Person) -> tuple[str, str]:
    """(school or organisation, class label) of a person, for search terms and display."""
    if person.group is None:
        return person.organisation, ""
    return person.group.school.name, person.group.label
