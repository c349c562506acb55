"""audit: one person's events newest first from an index on (actor_id, seq)

Revision ID: 0012_audit_actor_seq
Revises: 0011_commitments
Create Date: 2026-12-05 21:10:00.000000

The audit screen's filter by person read every event of that person through the single-column
index on actor_id and sorted them by seq for each page (54 ms a page at 100,000 events,
tests/bench/bench_audit.py). An index on (actor_id, seq) hands them over newest first and stops
after the page; it also serves every lookup by actor_id alone, so that index goes.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0012_audit_actor_seq'
down_revision: str | None = '0011_commitments'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.create_index('ix_auditevent_actor_id_seq', ['actor_id', 'seq'], unique=False)
        batch_op.drop_index('ix_auditevent_actor_id')


def downgrade() -> None:
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.create_index('ix_auditevent_actor_id', ['actor_id'], unique=False)
        batch_op.drop_index('ix_auditevent_actor_id_seq')
