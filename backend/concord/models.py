"""Every table, imported in one place for Alembic and metadata.create_all."""

from concord.audit.models import AuditEvent, AuditHead
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
    "AuditEvent",
    "AuditHead",
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
