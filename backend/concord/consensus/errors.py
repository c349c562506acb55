"""Refusals of the consensus domain: stable codes the frontend branches on."""

from __future__ import annotations

from concord.core.errors import Conflict, Forbidden, Invalid, NotFound


class NotAParty(Forbidden):
    code = "not_a_party"


class NotAnApprover(Forbidden):
    code = "not_an_approver"


class NotAMember(Forbidden):
    code = "not_a_member"


class NotTheHead(Forbidden):
    code = "not_the_head"


class StaleVersion(Conflict):
    code = "stale_version"


class ApprovalNotFound(NotFound):
    code = "approval_not_found"


class StatementRequired(Invalid):
    code = "statement_required"


class InvalidTransition(Conflict):
    code = "invalid_transition"


class NotInSilence(Conflict):
    code = "not_in_silence"


class AdoptionBlocked(Conflict):
    code = "adoption_blocked"


class DeadlineTooSoon(Invalid):
    code = "deadline_too_soon"


class DocumentEmpty(Conflict):
    code = "document_empty"
