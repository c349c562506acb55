"""Why a backup or a restore was refused. Nothing is written when one is raised."""

from __future__ import annotations

from concord.core.errors import ConcordError


class ArchiveInvalid(ConcordError):
    """The file is not an archive this Concord can restore: syntax, schema, tables, columns."""

    code = "archive_invalid"


class ArchiveVersionMismatch(ConcordError):
    """The archive's format version or database revision is not this code's."""

    code = "archive_version_mismatch"


class ArchiveAuditBroken(ConcordError):
    """The archive's audit log does not verify: the record was altered."""

    code = "archive_audit_broken"


class ArchiveContentMismatch(ConcordError):
    """A version's text does not match its content hash, or an adoption's manifest does not
    match its hash or the versions it names: an approval would cover text nobody approved."""

    code = "archive_content_mismatch"


class DatabaseNotEmpty(ConcordError):
    code = "database_not_empty"
    status = 409


class ArchiveExists(ConcordError):
    code = "archive_exists"
    status = 409


class DatabaseNotCurrent(ConcordError):
    """The database is not at the code's migration head: its rows would not match the schema."""

    code = "database_not_migrated"
    status = 409
