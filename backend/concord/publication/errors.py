"""The refusals of publication, each with its stable code."""

from __future__ import annotations

from concord.core.errors import Conflict, Forbidden, Invalid, NotFound


class PublicationNotFound(NotFound):
    code = "publication_not_found"


class NotAdopted(Conflict):
    code = "not_adopted"


class AlreadyPublished(Conflict):
    code = "already_published"


class EmbargoInPast(Invalid):
    code = "embargo_in_past"


class UnknownTimeZone(Invalid):
    code = "unknown_time_zone"


class UnknownParticipant(Invalid):
    """Also for a delegation the caller may not know of: the same words either way."""

    code = "unknown_participant"


class UnknownCommitment(Invalid):
    code = "unknown_commitment"


class NotNamed(Forbidden):
    """Only the head of an unannounced delegation to be named confirms its announcement."""

    code = "not_named_in_publication"


class NotScheduled(Conflict):
    code = "publication_not_scheduled"
