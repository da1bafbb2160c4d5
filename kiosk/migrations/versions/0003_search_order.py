"""search order: each search term carries its person's folded name, in the primary key

The people found for a prefix then come in order (word, last name, first name) straight off the index, so
that a desk can page through every match. Existing terms get their person's key before the key changes.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.domain.text import name_key

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_NAME_KEY = sa.String(length=120).with_variant(sa.String(length=120, collation='C'), 'postgresql')


def upgrade() -> None:
    with op.batch_alter_table('search_term', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', _NAME_KEY, server_default='', nullable=False))
    connection = op.get_bind()
    people = connection.execute(sa.text("SELECT id, first_name, last_name FROM person")).all()
    if people:
        connection.execute(sa.text("UPDATE search_term SET name_key = :key WHERE person_id = :person"),
                           [{"key": name_key(first, last), "person": person} for person, first, last in people])
    with op.batch_alter_table('search_term', schema=None) as batch_op:
        batch_op.drop_constraint('pk_search_term', type_='primary')
        batch_op.create_primary_key('pk_search_term', ['term', 'name_key', 'person_id'])


def downgrade() -> None:
    with op.batch_alter_table('search_term', schema=None) as batch_op:
        batch_op.drop_constraint('pk_search_term', type_='primary')
        batch_op.create_primary_key('pk_search_term', ['term', 'person_id'])
        batch_op.drop_column('name_key')
