"""Public ids: what the API calls a comment or an amendment, revealing no count.

Rows keep their integer primary keys inside the database, but those are numbered in the order
rows were written, whoever may see them: a delegation whose own comments are 4 and 13 learns
that eight others were written in between, internal or by a delegation it may not know of.
Outside, each such row is named by an opaque random id with a type prefix (`cmt_…`, `amd_…`):
16 bytes from `secrets`, URL-safe base64 without padding (22 characters), so ids are neither
ordered nor guessable, and a malformed one is refused before any database is asked.
"""

from __future__ import annotations

import re
import secrets
from enum import StrEnum
from typing import Annotated

from fastapi import Path
from pydantic import Field

from concord.core.errors import Invalid

RANDOM_BYTES = 16
RANDOM_CHARS = 22  # base64 of 16 bytes, without its two '=' of padding
ALPHABET = r"[A-Za-z0-9_-]"
# The longest public id: a four-character prefix and the random part (the column's width).
LENGTH = 4 + RANDOM_CHARS


class Kind(StrEnum):
    comment = "cmt"
    amendment = "amd"
    project = "prj"
    pledge = "pld"  # a commitment
    publication = "pub"  # a published text's public page


def pattern(kind: Kind) -> str:
    return rf"^{kind.value}_{ALPHABET}{{{RANDOM_CHARS}}}$"


_PATTERNS = {kind: re.compile(pattern(kind)) for kind in Kind}


def new(kind: Kind) -> str:
    """A fresh random public id of this kind."""
    return f"{kind.value}_{secrets.token_urlsafe(RANDOM_BYTES)}"


def new_comment_id() -> str:
    return new(Kind.comment)


def new_amendment_id() -> str:
    return new(Kind.amendment)


def is_valid(kind: Kind, value: str) -> bool:
    return _PATTERNS[kind].fullmatch(value) is not None


class MalformedId(Invalid):
    """Not an id of the expected kind at all: no object could have it."""

    code = "malformed_id"


def parse(kind: Kind, value: str, *, field: str) -> str:
    """The id when it is well-formed for `kind` (prefix, alphabet, length), else 422
    `malformed_id` naming the field."""
    if not is_valid(kind, value):
        raise MalformedId(
            f"{field} is not a {kind.name} id ({kind.value}_ and {RANDOM_CHARS} characters).",
            details={"field": field, "expected_prefix": f"{kind.value}_"},
        )
    return value


def _described(kind: Kind) -> str:
    return f"Opaque {kind.name} id: `{kind.value}_` and {RANDOM_CHARS} URL-safe characters."


# In paths: documented with their pattern; the dependency that looks one up calls `parse`, so a
# malformed id is 422 `malformed_id` naming the parameter, before any database is asked.
CommentIdPath = Annotated[
    str,
    Path(
        description=_described(Kind.comment),
        json_schema_extra={"pattern": pattern(Kind.comment)},
    ),
]
AmendmentIdPath = Annotated[
    str,
    Path(
        description=_described(Kind.amendment),
        json_schema_extra={"pattern": pattern(Kind.amendment)},
    ),
]
# In bodies and responses.
CommentId = Annotated[
    str,
    Field(
        pattern=pattern(Kind.comment),
        max_length=LENGTH,
        description=_described(Kind.comment),
    ),
]
AmendmentId = Annotated[
    str,
    Field(
        pattern=pattern(Kind.amendment),
        max_length=LENGTH,
        description=_described(Kind.amendment),
    ),
]


def _path(kind: Kind) -> object:
    return Path(description=_described(kind), json_schema_extra={"pattern": pattern(kind)})


def _field(kind: Kind) -> object:
    return Field(pattern=pattern(kind), max_length=LENGTH, description=_described(kind))


ProjectIdPath = Annotated[str, _path(Kind.project)]
PledgeIdPath = Annotated[str, _path(Kind.pledge)]
ProjectId = Annotated[str, _field(Kind.project)]
PledgeId = Annotated[str, _field(Kind.pledge)]
PublicationIdPath = Annotated[str, _path(Kind.publication)]
PublicationId = Annotated[str, _field(Kind.publication)]
