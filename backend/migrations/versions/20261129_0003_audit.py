"""audit: hash-chained event log and its head checkpoint

Revision ID: 0003_audit
Revises: 0002_access
Create Date: 2026-11-29 11:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


import concord.core.db

revision: str = '0003_audit'
down_revision: str | None = '0002_access'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS_HASH = '0' * 64


def upgrade() -> None:
    op.create_table('auditevent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', concord.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('object_type', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('object_id', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('prev_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['user.id'], name=op.f('fk_auditevent_actor_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_auditevent')),
    sa.UniqueConstraint('seq', name=op.f('uq_auditevent_seq'))
    )
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.create_index('ix_auditevent_action_seq', ['action', 'seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_auditevent_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_auditevent_at'), ['at'], unique=False)
        batch_op.create_index('ix_auditevent_object_type_object_id_seq', ['object_type', 'object_id', 'seq'], unique=False)

    audithead = op.create_table('audithead',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_audithead_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audithead'))
    )
    # The genesis checkpoint: no events yet, the chain starts from 64 zeros.
    op.bulk_insert(audithead, [{'id': 1, 'seq': 0, 'hash': GENESIS_HASH}])


def downgrade() -> None:
    op.drop_table('audithead')
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.drop_index('ix_auditevent_object_type_object_id_seq')
        batch_op.drop_index(batch_op.f('ix_auditevent_at'))
        batch_op.drop_index(batch_op.f('ix_auditevent_actor_id'))
        batch_op.drop_index('ix_auditevent_action_seq')

    op.drop_table('auditevent')
