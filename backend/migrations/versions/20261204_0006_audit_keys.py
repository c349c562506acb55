"""audit keys: each event's key id; the keyed seal over the events written before

Revision ID: 0006_audit_keys
Revises: 0005_export
Create Date: 2026-12-04 18:00:00.000000

Events already in the log keep their plain SHA-256 hashes (and no key id), so every hash anyone
noted stays valid. So that nobody can later pass off rewritten events as such old ones, the
head records how many there are (`legacy_seq`) and seals them with an HMAC, under the configured
audit key, of that count and the last one's hash: `concord migrate` needs the audit key
(CONCORD_AUDIT_KEY or CONCORD_AUDIT_KEY_FILE) when the log has events.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0006_audit_keys'
down_revision: str | None = '0005_export'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('key_id', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True)
        )
    with op.batch_alter_table('audithead', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('legacy_seq', sa.Integer(), server_default='0', nullable=False)
        )
        batch_op.add_column(
            sa.Column('legacy_key_id', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True)
        )
        batch_op.add_column(
            sa.Column('legacy_seal', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
    _seal_existing_events()


def _seal_existing_events() -> None:
    # The seal is the verifier's own definition, so the two cannot drift apart.
    from concord.audit.keys import get_keyring
    from concord.audit.service import legacy_seal

    connection = op.get_bind()
    head = sa.table(
        'audithead',
        sa.column('id', sa.Integer()),
        sa.column('seq', sa.Integer()),
        sa.column('hash', sa.String()),
        sa.column('legacy_seq', sa.Integer()),
        sa.column('legacy_key_id', sa.String()),
        sa.column('legacy_seal', sa.String()),
    )
    row = connection.execute(sa.select(head.c.seq, head.c.hash).where(head.c.id == 1)).first()
    if row is None or row.seq == 0:
        return
    key = get_keyring().current
    connection.execute(
        head.update()
        .where(head.c.id == 1)
        .values(
            legacy_seq=row.seq,
            legacy_key_id=key.id,
            legacy_seal=legacy_seal(key, row.seq, row.hash),
        )
    )


def downgrade() -> None:
    with op.batch_alter_table('audithead', schema=None) as batch_op:
        batch_op.drop_column('legacy_seal')
        batch_op.drop_column('legacy_key_id')
        batch_op.drop_column('legacy_seq')
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.drop_column('key_id')
