"""Every table, imported in one place for Alembic and metadata.create_all."""

from concord.audit.models import AuditEvent, AuditHead
from concord.commitments.models import (
    Commitment,
    CommitmentShare,
    ExchangeRate,
    Project,
    ProjectPartner,
)
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
from concord.notify.models import Notification, NotificationSettings
from concord.publication.models import (
    Publication,
    PublicationCommitment,
    PublicationFile,
    PublicationParticipant,
)
from concord.translation.models import DocumentLanguage, Translation, Translator

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
    "Commitment",
    "CommitmentShare",
    "Delegation",
    "Document",
    "DocumentLanguage",
    "DocumentParty",
    "ExchangeRate",
    "ExportTemplate",
    "Invitation",
    "LoginAttempt",
    "Notification",
    "NotificationSettings",
    "OidcIdentity",
    "Project",
    "ProjectPartner",
    "Publication",
    "PublicationCommitment",
    "PublicationFile",
    "PublicationParticipant",
    "Revision",
    "RevisionEntry",
    "Section",
    "SilenceProcedure",
    "Translation",
    "Translator",
    "User",
    "Version",
    "WorkingGroup",
    "WorkingGroupMember",
]
