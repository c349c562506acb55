"""translations: a document's languages, translators and versioned translations of sections

Revision ID: 0010_translations
Revises: 0008_notifications
Create Date: 2026-12-05 17:00:00.000000

Documents get their negotiating language (every existing one is English).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from concord.core.db import UTCDateTime

revision: str = '0010_translations'
down_revision: str | None = '0008_notifications'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'language',
                sqlmodel.sql.sqltypes.AutoString(length=8),
                server_default='en',
                nullable=False,
            )
        )
    op.create_table(
        'document_language',
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column('authentic', sa.Boolean(), nullable=False),
        sa.Column('required_for_adoption', sa.Boolean(), nullable=False),
        sa.Column('created_at', UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['document.id']),
        sa.PrimaryKeyConstraint('document_id', 'language'),
    )
    op.create_table(
        'translator',
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['document.id']),
        sa.ForeignKeyConstraint(['user_id'], ['user.id']),
        sa.PrimaryKeyConstraint('document_id', 'language', 'user_id'),
    )
    op.create_index(op.f('ix_translator_user_id'), 'translator', ['user_id'], unique=False)
    op.create_table(
        'translation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('section_id', sa.Integer(), nullable=False),
        sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('source_version', sa.Integer(), nullable=False),
        sa.Column('source_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('author_id', sa.Integer(), nullable=False),
        sa.Column('delegation_id', sa.Integer(), nullable=True),
        sa.Column('created_at', UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['author_id'], ['user.id']),
        sa.ForeignKeyConstraint(['delegation_id'], ['delegation.id']),
        sa.ForeignKeyConstraint(['section_id'], ['section.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('section_id', 'language', 'number'),
    )
    op.create_index(op.f('ix_translation_section_id'), 'translation', ['section_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_translation_section_id'), table_name='translation')
    op.drop_table('translation')
    op.drop_index(op.f('ix_translator_user_id'), table_name='translator')
    op.drop_table('translator')
    op.drop_table('document_language')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_column('language')
