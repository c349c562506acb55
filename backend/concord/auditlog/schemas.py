"""Response models and query of the audit API."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
)

from concord.audit.actions import ActionKind
from concord.core.dependencies import MAX_ID
from concord.identity.schemas import PersonPublic


def _utc(value: datetime) -> datetime:
    try:
        return value.astimezone(UTC)
    except OverflowError as error:  # e.g. 9999-12-31T23:59-05:00
        raise ValueError("date out of range") from error


UtcDatetime = Annotated[AwareDatetime, AfterValidator(_utc)]
# No control characters: PostgreSQL refuses NUL in a string, and no stored name holds one.
Name = Annotated[
    str, StringConstraints(min_length=1, max_length=64, pattern=r"^[^\x00-\x1f\x7f]+$")
]
Key = Annotated[
    str, StringConstraints(min_length=1, max_length=320, pattern=r"^[^\x00-\x1f\x7f]+$")
]


class AuditQuery(BaseModel):
    """Filters (all optional, combined with AND) and the page of `GET /audit`."""

    model_config = ConfigDict(extra="forbid")

    kind: ActionKind | None = Field(
        None, description="What the events are about (each action has one kind)."
    )
    sign_ins: bool = Field(
        False,
        description="Include sign-ins, which are left out unless asked for here, by"
        " `kind=sign_ins` or by `action`.",
    )
    action: Name | None = Field(None, description="e.g. `version.create`.")
    object_type: Name | None = Field(None, description="e.g. `section`.")
    object_id: Key | None = None
    actor_id: int | None = Field(None, ge=1, le=MAX_ID)
    since: UtcDatetime | None = Field(None, description="Inclusive, with a time zone.")
    until: UtcDatetime | None = Field(None, description="Exclusive, with a time zone.")
    before: int | None = Field(
        None, ge=1, le=MAX_ID, description="Only events before this seq: `next_before` of a page."
    )
    offset: int = Field(0, ge=0, le=1_000_000)
    limit: int = Field(50, ge=1, le=200)


class DocumentRef(BaseModel):
    id: int
    title: str


class AuditEventPublic(BaseModel):
    seq: int = Field(description="1, 2, 3… without gaps.")
    at: datetime
    actor: PersonPublic | None
    action: str
    kind: ActionKind | None = Field(description="Null for an action this server does not know.")
    object_type: str
    object_id: str | None
    document: DocumentRef | None = Field(description="The document the event is about, if any.")
    section_id: int | None = Field(description="The section (paragraph) it is about, if any.")
    paragraph: int | None = Field(
        description="That paragraph's number in the document today (null for a heading or a"
        " retired section)."
    )
    subject: str | None = Field(
        description="The name of the person, delegation or working group it is about, if any."
    )
    payload: dict[str, Any]
    prev_hash: str = Field(description="`hash` of the event before (64 zeros for the first).")
    hash: str = Field(
        description="HMAC-SHA256 (hex), under the key `key_id` names, of the event's canonical"
        " JSON; plain SHA-256 for events from before the log was keyed (`key_id` null)."
    )
    key_id: str | None = Field(description="Id of the audit key that signed the event.")


class AuditPage(BaseModel):
    items: list[AuditEventPublic] = Field(description="Newest first.")
    next_offset: int | None = Field(description="`offset` of the next page; null on the last.")
    next_before: int | None = Field(
        description="`before` for the next page (fast at any depth); null on the last."
    )
