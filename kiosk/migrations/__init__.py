"""Alembic migrations, applied when a database is opened.

The check is cheap when the schema is current (one query, and Alembic itself is not even imported: that
alone cost a quarter of a second at every kiosk start), so start-up stays fast; on PostgreSQL an advisory
lock keeps several kiosks starting at once from migrating the same server twice.
Developers: `python -m kiosk.migrations revision "message"` writes a new migration from the models.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

HERE = Path(__file__).resolve().parent
_ADVISORY_LOCK = 72_715_001


_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"](\w+)['\"]", re.MULTILINE)
_PARENTS = re.compile(r"^down_revision\s*(?::[^=]*)?=(.*)$", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest revision, read from the version files (a test checks it is Alembic's own answer)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (HERE / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revisions.update(_REVISION.findall(source))
        for line in _PARENTS.findall(source):
            parents.update(re.findall(r"['\"](\w+)['\"]", line))
    heads = sorted(revisions - parents)
    return heads[0] if heads else None


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest revision; does nothing (one query) when it is already there."""
    head = head_revision()
    with engine.connect() as conn:
        if current_revision(conn) == head:
            conn.rollback()
            return
        conn.rollback()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK})
        if current_revision(conn) != head:
            from alembic import command

            command.upgrade(alembic_config(conn), "head")
