"""comment.language: comments on a section's translation

Revision ID: 0013_comment_language
Revises: 0012_audit_actor_seq
Create Date: 2026-12-05 21:10:00

A comment with a language is on the section's translation into it (its `version` is the
translation's number); without one it is on the negotiating text, as every comment was before.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_comment_language"
down_revision: str | None = "0012_audit_actor_seq"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("comment", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("comment") as batch:
        batch.drop_column("language")
