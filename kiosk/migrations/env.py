"""Alembic environment: always given a live connection by `kiosk.migrations`, never a URL."""

from __future__ import annotations

from alembic import context

from kiosk.domain.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise SystemExit("Use kiosk.migrations (open_database, `python -m kiosk.migrations`), not alembic.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
