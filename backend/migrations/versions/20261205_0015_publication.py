"""publication: adopted texts made public at an embargo time

Revision ID: 0015_publication
Revises: 0014_bracket_holders
Create Date: 2026-12-05 21:15:00

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import concord.core.db

revision: str = "0015_publication"
down_revision: str | None = "0014_bracket_holders"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "publication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sqlmodel.sql.sqltypes.AutoString(length=26), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("manifest_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("embargo_at", concord.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("time_zone", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("published_at", concord.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("scheduled_by", sa.Integer(), nullable=False),
        sa.Column("created_at", concord.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", concord.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_publication_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"], ["revision.id"], name=op.f("fk_publication_revision_id_revision")
        ),
        sa.ForeignKeyConstraint(
            ["scheduled_by"], ["user.id"], name=op.f("fk_publication_scheduled_by_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publication")),
        sa.UniqueConstraint("document_id", name=op.f("uq_publication_document_id")),
        sa.UniqueConstraint("public_id", name=op.f("uq_publication_public_id")),
    )
    with op.batch_alter_table("publication", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_publication_embargo_at"), ["embargo_at"], unique=False)

    op.create_table(
        "publicationparticipant",
        sa.Column("publication_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("confirmed_by", sa.Integer(), nullable=True),
        sa.Column("confirmed_at", concord.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("named", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["confirmed_by"], ["user.id"], name=op.f("fk_publicationparticipant_confirmed_by_user")
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_publicationparticipant_delegation_id_delegation"),
        ),
        sa.ForeignKeyConstraint(
            ["publication_id"],
            ["publication.id"],
            name=op.f("fk_publicationparticipant_publication_id_publication"),
        ),
        sa.PrimaryKeyConstraint(
            "publication_id", "delegation_id", name=op.f("pk_publicationparticipant")
        ),
    )
    op.create_table(
        "publicationcommitment",
        sa.Column("publication_id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_publicationcommitment_commitment_id_commitment"),
        ),
        sa.ForeignKeyConstraint(
            ["publication_id"],
            ["publication.id"],
            name=op.f("fk_publicationcommitment_publication_id_publication"),
        ),
        sa.PrimaryKeyConstraint(
            "publication_id", "commitment_id", name=op.f("pk_publicationcommitment")
        ),
    )


def downgrade() -> None:
    op.drop_table("publicationcommitment")
    op.drop_table("publicationparticipant")
    with op.batch_alter_table("publication", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_publication_embargo_at"))
    op.drop_table("publication")
