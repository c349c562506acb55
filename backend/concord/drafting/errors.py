from __future__ import annotations

from concord.core.errors import Conflict, Invalid, NotFound


class DocumentNotFound(NotFound):
    code = "document_not_found"


class SectionNotFound(NotFound):
    code = "section_not_found"


class VersionNotFound(NotFound):
    code = "version_not_found"


class RevisionNotFound(NotFound):
    code = "revision_not_found"


class DocumentFrozen(Conflict):
    code = "document_frozen"


class SectionRetired(Conflict):
    code = "section_retired"


class UnknownBaseVersion(Invalid):
    code = "unknown_base_version"


class InvalidPosition(Invalid):
    code = "invalid_position"


class InvalidLevel(Invalid):
    code = "invalid_level"


class BracketsNotFound(Conflict):
    """The text (at the base version) has no such alternative, option or span."""

    code = "no_such_brackets"


class NotAHolder(Invalid):
    """A bracket holder must be a delegation you may know of."""

    code = "unknown_delegation"


class SpanChanged(Conflict):
    """A section the span covers changed (or moved) since the caller saw it."""

    code = "span_changed"


class SpanVersionsMissing(Invalid):
    """Deleting a span over several sections needs the versions of the sections it covers."""

    code = "span_versions_missing"
