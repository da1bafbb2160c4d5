"""search order: each search term carries its tier (the person's name or not) and folded name, in the key

The people found for a prefix then come in order (word; those whose own name has it first; last name, first
name) straight off the index, so that a desk can page through every match. The terms are derived data: they
are rebuilt from the people for the new key.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import sqlalchemy as sa
from alembic import op

from kiosk.domain.search import Indexed, person_index

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_NAME_KEY = sa.String(length=120).with_variant(sa.String(length=120, collation='C'), 'postgresql')
_PEOPLE = sa.text(
    "SELECT p.id, p.first_name, p.last_name, p.organisation, p.code, s.name, g.label FROM person p "
    "LEFT JOIN class_group g ON p.group_id = g.id LEFT JOIN school s ON g.school_id = s.id")
_CHUNK = 5000


def _indexed(connection: sa.Connection) -> Iterator[Indexed]:
    for person_id, first, last, organisation, code, school, label in connection.execute(_PEOPLE):
        yield person_index(person_id, first, last, school if label is not None else organisation, label or "", code)


def _rebuild(rows: Callable[[Indexed], list[dict[str, object]]]) -> None:
    connection = op.get_bind()
    table = sa.table('search_term', *(sa.column(name) for name in ('term', 'tier', 'name_key', 'person_id')))
    values: list[dict[str, object]] = []
    for person in list(_indexed(connection)):
        values += rows(person)
        if len(values) >= _CHUNK:
            connection.execute(table.insert(), values)
            values = []
    if values:
        connection.execute(table.insert(), values)


def upgrade() -> None:
    op.execute("DELETE FROM search_term")
    with op.batch_alter_table('search_term', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tier', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('name_key', _NAME_KEY, server_default='', nullable=False))
        batch_op.drop_constraint('pk_search_term', type_='primary')
        batch_op.create_primary_key('pk_search_term', ['term', 'tier', 'name_key', 'person_id'])
    _rebuild(lambda p: [{"term": term, "tier": tier, "name_key": p.name_key, "person_id": p.person_id}
                        for term, tier in p.terms.items()])


def downgrade() -> None:
    op.execute("DELETE FROM search_term")
    with op.batch_alter_table('search_term', schema=None) as batch_op:
        batch_op.drop_constraint('pk_search_term', type_='primary')
        batch_op.drop_column('name_key')
        batch_op.drop_column('tier')
        batch_op.create_primary_key('pk_search_term', ['term', 'person_id'])
    connection = op.get_bind()
    table = sa.table('search_term', sa.column('term'), sa.column('person_id'))
    values = [{"term": term, "person_id": p.person_id} for p in _indexed(connection) for term in p.terms]
    if values:
        connection.execute(table.insert(), values)
