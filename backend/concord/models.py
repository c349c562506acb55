"""Every table, imported in one place for Alembic and metadata.create_all."""

from concord.drafting.models import (
    Document,
    DocumentParty,
    Revision,
    RevisionEntry,
    Section,
    Version,
)
from concord.identity.models import ApiToken, Delegation, User

__all__ = [
    "ApiToken",
    "Delegation",
    "Document",
    "DocumentParty",
    "Revision",
    "RevisionEntry",
    "Section",
    "User",
    "Version",
]
