"""language: the language a person chose for the interface and e-mails

Revision ID: 0016_language
Revises: 0015_publication
Create Date: 2026-12-05 21:20:00

Nullable: no value means never chosen (e-mails in English, the web app follows the browser).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0016_language'
down_revision: str | None = '0015_publication'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('notificationsettings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('notificationsettings', schema=None) as batch_op:
        batch_op.drop_column('language')
