"""The Alembic migrations build exactly the schema the models describe, on SQLite and on PostgreSQL.

`test_models_and_migrations_do_not_drift` is what makes CI fail when someone changes a model without writing
the migration (`python -m kiosk.migrations revision "..."`).
"""

from __future__ import annotations

import threading
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from helpers import make_visitor, statements
from sample_event import EVENT_DAYS
from sqlalchemy import Column, Index, MetaData, String, inspect, text

from kiosk.domain.database import Database, open_database
from kiosk.domain.directory import list_people
from kiosk.domain.events import create_event, get_event
from kiosk.domain.models import NAMING, Base
from kiosk.domain.search import find_people, more_people
from kiosk.migrations import alembic_config, head_revision, upgrade_to_head


def differences(db: Database, metadata: MetaData) -> list[Any]:
    with db.engine.connect() as conn:
        conn.execution_options(kiosk_write=False)
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def test_models_and_migrations_do_not_drift(db: Database) -> None:
    assert differences(db, Base.metadata) == []


def test_a_model_change_without_migration_is_caught(db: Database) -> None:
    changed = MetaData(naming_convention=NAMING)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    person = changed.tables["person"]
    person.append_column(Column("nickname", String(50), nullable=True))
    Index("ix_person_last_name", person.c.last_name)

    found = differences(db, changed)

    assert ("add_column", None, "person", person.c.nickname) in found
    assert any(d[0] == "add_index" and d[1].name == "ix_person_last_name" for d in found)


def test_version_table_holds_the_single_head(db: Database) -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1 and heads[0] == head_revision()
    with db.engine.connect() as conn:
        conn.execution_options(kiosk_write=False)
        versions = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
        tables = set(inspect(conn).get_table_names())
    assert versions == [head_revision()]
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_opening_twice_changes_nothing(db_url: str, db: Database) -> None:
    create_event(db, "Salon", "Paris Expo", EVENT_DAYS[0], EVENT_DAYS[-1])
    visitor = make_visitor(db)

    with statements(db) as sent:
        upgrade_to_head(db.engine)
    assert sent and all(not s.lstrip().upper().startswith(("CREATE", "ALTER", "DROP", "INSERT", "UPDATE",
                                                           "DELETE")) for s in sent), sent

    again = open_database(db_url)
    try:
        assert get_event(again).name == "Salon"
        assert [p.code for p in list_people(again)] == [visitor.code]
        with again.engine.connect() as conn:
            conn.execution_options(kiosk_write=False)
            assert list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars()) == [head_revision()]
    finally:
        again.close()


def test_unmigrated_database_is_left_alone_until_asked(empty_db_url: str) -> None:
    db_url = empty_db_url
    bare = open_database(db_url, migrate=False)
    try:
        with bare.engine.connect() as conn:
            conn.execution_options(kiosk_write=False)
            assert inspect(conn).get_table_names() == []
    finally:
        bare.close()
    migrated = open_database(db_url)
    try:
        assert differences(migrated, Base.metadata) == []
    finally:
        migrated.close()


def test_several_kiosks_starting_at_once_migrate_once(empty_db_url: str) -> None:
    db_url = empty_db_url
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def start() -> None:
        try:
            barrier.wait()
            open_database(db_url).close()
        except BaseException as exc:  # reported below, with the thread's own error
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            conn.execution_options(kiosk_write=False)
            assert list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars()) == [head_revision()]
        assert differences(db, Base.metadata) == []
    finally:
        db.close()


def test_search_keys_compare_as_code_points(db: Database) -> None:
    """PostgreSQL's "C" collation keeps `term >= 'lefe' AND term < 'leff'` an index range in every locale."""
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.execution_options(kiosk_write=False)
            assert conn.exec_driver_sql("SELECT 'é' > 'z'").scalar() == 1  # BINARY: code point order
        return
    with db.engine.connect() as conn:
        collations: dict[str, str] = dict(conn.execute(text(
            "SELECT table_name || '.' || column_name, collation_name FROM information_schema.columns "
            "WHERE column_name IN ('term', 'name_key')")).all())
    assert collations == {"search_term.term": "C", "search_term.name_key": "C", "school.name_key": "C"}


def test_search_order_migration_keys_the_people_already_there(db: Database) -> None:
    """Revision 0003 puts each person's folded name in their search terms: a database of 0002 with people
    in it, once upgraded, pages through a search in name order like a new one."""
    create_event(db, "Salon", "Paris Expo", EVENT_DAYS[0], EVENT_DAYS[-1])
    for first, last in [("Zoé", "Martin"), ("Anne", "Martin"), ("Paul", "Martinez"), ("Éric", "Martin")]:
        make_visitor(db, first, last)
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
        assert "name_key" not in {c["name"] for c in inspect(conn).get_columns("search_term")}
    upgrade_to_head(db.engine)

    first = find_people(db, "martin", limit=2)
    rest = more_people(db, "martin", first.more, limit=2) if first.more else None
    assert rest is not None and rest.more is None
    assert [p.full_name for p in first.people + rest.people] == ["Anne Martin", "Éric Martin", "Zoé Martin",
                                                                 "Paul Martinez"]
    assert differences(db, Base.metadata) == []
