"""publication files: the PDFs made when a text is published

Revision ID: 0017_publication_files
Revises: 0016_language
Create Date: 2026-12-06 02:40:00

Made by the publisher right after the publication, so that no reader of the public page waits for
LibreOffice and every reader gets the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import concord.core.db

revision: str = "0017_publication_files"
down_revision: str | None = "0016_language"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "publicationfile",
        sa.Column("publication_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", concord.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["publication_id"],
            ["publication.id"],
            name=op.f("fk_publicationfile_publication_id_publication"),
        ),
        sa.PrimaryKeyConstraint("publication_id", "name", name=op.f("pk_publicationfile")),
    )


def downgrade() -> None:
    op.drop_table("publicationfile")
