"""Pages of the audit log for the secretariat, each event with its actor named and the
document, paragraph, person or delegation it is about.

Reading names from identity and drafting puts this above them: `concord.audit` (which they
write to) keeps only appending, listing and verifying.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import KIND_OF, Action, ActionKind, actions_of
from concord.audit.models import AuditEvent
from concord.auditlog.schemas import AuditEventPublic, AuditPage, AuditQuery, DocumentRef
from concord.drafting import service as drafting
from concord.drafting.models import Document, Section
from concord.identity.models import Delegation, User, WorkingGroup
from concord.identity.schemas import PersonPublic

NAMED = {"user": User, "delegation": Delegation, "working_group": WorkingGroup}


def _payload(event: AuditEvent) -> dict[str, Any]:
    try:
        value = json.loads(event.payload)
    except ValueError:
        value = None
    # A tampered row still displays; `verify` is what judges it.
    return value if isinstance(value, dict) else {"unreadable": event.payload}


def _kind(action: str) -> ActionKind | None:
    try:
        return KIND_OF[Action(action)]
    except ValueError:
        return None


def _int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit() and len(value) < 19:
        return int(value)
    return None


def _section_of(event: AuditEvent, payload: dict[str, Any]) -> int | None:
    if event.object_type == "section":
        return _int(event.object_id)
    return _int(payload.get("section_id"))


def _document_of(event: AuditEvent, payload: dict[str, Any]) -> int | None:
    if event.object_type == "document":
        return _int(event.object_id)
    return _int(payload.get("document_id"))


class _Names:
    """What a page's events are about, looked up in one query per table."""

    def __init__(self, session: Session, events: list[AuditEvent], payloads: list[dict[str, Any]]):
        self.sections = {s for s in map(_section_of, events, payloads) if s is not None}
        owner = (
            session.exec(
                select(Section.id, Section.document_id).where(col(Section.id).in_(self.sections))
            ).all()
            if self.sections
            else []
        )
        self.owner: dict[int, int] = {sid: did for sid, did in owner if sid is not None}
        self.numbers = _paragraph_numbers(session, set(self.owner.values()))
        documents = {d for d in map(_document_of, events, payloads) if d is not None}
        documents |= set(self.owner.values())
        self.documents = _by_id(session, Document, documents)
        self.people = _by_id(session, User, _ids(events, "user") | _actors(events))
        self.named: dict[str, dict[int, Any]] = {"user": self.people}
        for object_type in ("delegation", "working_group"):
            self.named[object_type] = _by_id(session, NAMED[object_type], _ids(events, object_type))

    def public(self, event: AuditEvent, payload: dict[str, Any]) -> AuditEventPublic:
        section = _section_of(event, payload)
        section = section if section in self.owner else None
        document_id = self.owner[section] if section is not None else None
        document_id = document_id or _document_of(event, payload)
        document = self.documents.get(document_id) if document_id is not None else None
        object_id = _int(event.object_id)
        about = self.named.get(event.object_type, {}).get(object_id) if object_id else None
        actor = self.people.get(event.actor_id) if event.actor_id is not None else None
        return AuditEventPublic(
            seq=event.seq,
            at=event.at,
            actor=PersonPublic(id=actor.id, name=actor.name) if actor else None,
            action=event.action,
            kind=_kind(event.action),
            object_type=event.object_type,
            object_id=event.object_id,
            document=DocumentRef(id=document.id, title=document.title) if document else None,
            section_id=section,
            paragraph=self.numbers.get(section) if section is not None else None,
            subject=about.name if about is not None else None,
            payload=payload,
            prev_hash=event.prev_hash,
            hash=event.hash,
            key_id=event.key_id,
        )


def _paragraph_numbers(session: Session, documents: set[int]) -> dict[int, int]:
    """The paragraphs' numbers today in these documents (one query), by section id: headings
    and retired sections have none."""
    if not documents:
        return {}
    rows = session.exec(
        select(Section.id, Section.document_id, Section.kind)
        .where(col(Section.document_id).in_(documents), col(Section.retired_at).is_(None))
        .order_by(col(Section.document_id), col(Section.position))
    ).all()
    numbers: dict[int, int] = {}
    for document_id in documents:
        mine = [(sid, kind) for sid, did, kind in rows if did == document_id and sid is not None]
        for (sid, _), number in zip(
            mine, drafting.paragraph_numbers(kind for _, kind in mine), strict=True
        ):
            if number is not None:
                numbers[sid] = number
    return numbers


def _ids(events: Iterable[AuditEvent], object_type: str) -> set[int]:
    found = (_int(e.object_id) for e in events if e.object_type == object_type)
    return {i for i in found if i is not None}


def _actors(events: Iterable[AuditEvent]) -> set[int]:
    return {e.actor_id for e in events if e.actor_id is not None}


def _by_id(session: Session, model: Any, ids: set[int]) -> dict[int, Any]:
    if not ids:
        return {}
    return {row.id: row for row in session.exec(select(model).where(col(model.id).in_(ids))).all()}


def event_page(session: Session, query: AuditQuery) -> AuditPage:
    """One page of `audit.list_events`, with what its events are about, in a few queries."""
    asked_for_sign_ins = (
        query.sign_ins or query.kind == ActionKind.sign_ins or query.action is not None
    )
    events = audit.list_events(
        session,
        action=query.action,
        actions=actions_of(query.kind) if query.kind is not None else None,
        skip_actions=() if asked_for_sign_ins else actions_of(ActionKind.sign_ins),
        object_type=query.object_type,
        object_id=query.object_id,
        actor_id=query.actor_id,
        since=query.since,
        until=query.until,
        before=query.before,
        offset=query.offset,
        limit=query.limit + 1,
    )
    more = len(events) > query.limit
    events = events[: query.limit]
    payloads = [_payload(e) for e in events]
    names = _Names(session, events, payloads)
    return AuditPage(
        items=[names.public(e, p) for e, p in zip(events, payloads, strict=True)],
        next_offset=query.offset + query.limit if more else None,
        next_before=events[-1].seq if more else None,
    )
