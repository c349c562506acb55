"""Every table, imported in one place for Alembic and metadata.create_all."""

from concord.audit.models import AuditEvent, AuditHead
from concord.consensus.models import (
    Adoption,
    Approval,
    ApprovalEvent,
    Approver,
    SilenceProcedure,
)
from concord.deliberation.models import Amendment, Comment, CommentEdit
from concord.drafting.models import (
    Document,
    DocumentParty,
    Revision,
    RevisionEntry,
    Section,
    Version,
)
from concord.export.models import ExportTemplate
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
    "Adoption",
    "Amendment",
    "ApiToken",
    "Approval",
    "ApprovalEvent",
    "Approver",
    "AuditEvent",
    "AuditHead",
    "AuthSession",
    "Comment",
    "CommentEdit",
    "Delegation",
    "Document",
    "DocumentParty",
    "ExportTemplate",
    "Invitation",
    "LoginAttempt",
    "OidcIdentity",
    "Revision",
    "RevisionEntry",
    "Section",
    "SilenceProcedure",
    "User",
    "Version",
    "WorkingGroup",
    "WorkingGroupMember",
]
