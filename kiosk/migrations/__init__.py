"""Alembic migrations, applied when a database is opened.

The check is cheap when the schema is current (one query), so start-up stays fast; on PostgreSQL an
advisory lock keeps several kiosks starting at once from migrating the same server twice.
Developers: `python -m kiosk.migrations revision "message"` writes a new migration from the models.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

HERE = Path(__file__).resolve().parent
_ADVISORY_LOCK = 72_715_001


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


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
            command.upgrade(alembic_config(conn), "head")
