"""Developer tool: write a migration from the difference between the models and a fresh database.

    python -m kiosk.migrations revision "what changed"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from kiosk.migrations import alembic_config


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        raise SystemExit('usage: python -m kiosk.migrations revision "message"')
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'scratch.sqlite3'}")
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
            command.revision(alembic_config(conn), message=sys.argv[2], autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    main()
