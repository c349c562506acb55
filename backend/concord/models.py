"""Every table, imported in one place for Alembic and metadata.create_all."""

from concord.drafting.models import (
    Document,
    DocumentParty,
    Revision,
    RevisionEntry,
    Section,
    Version,
)
from concord.identity.models import (
    ApiToken,
    AuthSession,
    Delegation,
    Invitation,
    LoginAttempt,
    OidcIdentity,
    User,
    WorkingGroup,
    WorkingGroupMember,
)

__all__ = [
    "ApiToken",
    "AuthSession",
    "Delegation",
    "Document",
    "DocumentParty",
    "Invitation",
    "LoginAttempt",
    "OidcIdentity",
    "Revision",
    "RevisionEntry",
    "Section",
    "User",
    "Version",
    "WorkingGroup",
    "WorkingGroupMember",
]
