"""The audit trail: who changed what and when, in the same transaction as the change."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from kiosk.domain.clock import utc_now
from kiosk.domain.models import Audit


def record(session: Session, actor: str, action: str, entity: str, entity_id: int | None,
           fields: Iterable[str] = ()) -> None:
    session.add(Audit(at=utc_now(), actor=actor[:100], action=action, entity=entity, entity_id=entity_id,
                      fields=",".join(sorted(fields))[:400]))
