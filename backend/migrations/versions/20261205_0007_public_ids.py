"""public ids: comments and amendments get opaque random ids for the API

Revision ID: 0007_public_ids
Revises: 0006_audit_keys
Create Date: 2026-12-05 07:30:00.000000

The integer ids count every comment and amendment, hidden ones included, so the API stops
showing them (core/public_ids.py). Existing rows get random ids: the column is added nullable,
filled row by row, then made non-null and unique (batch mode, so SQLite rebuilds the table).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007_public_ids'
down_revision: str | None = '0006_audit_keys'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The migration keeps its own copy of the id's shape: later code may change, this must not.
TABLES = {'comment': 'cmt', 'amendment': 'amd'}
LENGTH = 26


def _fill(table_name: str, prefix: str) -> None:
    connection = op.get_bind()
    table = sa.table(table_name, sa.column('id', sa.Integer()), sa.column('public_id', sa.String()))
    ids = connection.execute(sa.select(table.c.id).order_by(table.c.id)).scalars().all()
    for row_id in ids:
        connection.execute(
            table.update()
            .where(table.c.id == row_id)
            .values(public_id=f'{prefix}_{secrets.token_urlsafe(16)}')
        )


def upgrade() -> None:
    for table_name, prefix in TABLES.items():
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.add_column(sa.Column('public_id', sa.String(length=LENGTH), nullable=True))
        _fill(table_name, prefix)
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.alter_column(
                'public_id', existing_type=sa.String(length=LENGTH), nullable=False
            )
            batch_op.create_unique_constraint(
                batch_op.f(f'uq_{table_name}_public_id'), ['public_id']
            )


def downgrade() -> None:
    for table_name in TABLES:
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f'uq_{table_name}_public_id'), type_='unique')
            batch_op.drop_column('public_id')
