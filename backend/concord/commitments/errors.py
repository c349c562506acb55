"""The register's refusals, each with its stable code."""

from __future__ import annotations

from concord.core.errors import Conflict, Invalid, NotFound


class ProjectNotFound(NotFound):
    code = "project_not_found"


class CommitmentNotFound(NotFound):
    code = "commitment_not_found"


class UnknownDelegation(Invalid):
    """Also for a delegation the caller may not know of: the same words either way."""

    code = "unknown_delegation"


class UnknownProject(Invalid):
    code = "unknown_project"


class UnknownDocument(Invalid):
    code = "unknown_document"


class InvalidPeriod(Invalid):
    code = "invalid_period"


class DuplicatePledger(Invalid):
    code = "duplicate_pledger"


class ZeroShare(Invalid):
    code = "zero_share"


class CommitmentOnRecord(Conflict):
    """An announced commitment is changed no more (its own code: `invalid_transition` speaks of
    a document's stage)."""

    code = "commitment_on_record"


class CommitmentStep(Conflict):
    """A status other than the next one: draft, confirmed, announced, one step at a time (back
    from confirmed to draft too)."""

    code = "commitment_status_step"


class PledgerUnannounced(Conflict):
    code = "pledger_unannounced"
