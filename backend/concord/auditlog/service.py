"""Pages of the audit log for the secretariat, with each event's actor named.

Reading names from identity puts this above it: `concord.audit` (which identity writes to)
keeps only appending, listing and verifying.
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.models import AuditEvent
from concord.auditlog.schemas import AuditEventPublic, AuditPage, AuditQuery
from concord.identity.models import User
from concord.identity.schemas import PersonPublic


def _payload(event: AuditEvent) -> dict[str, Any]:
    try:
        value = json.loads(event.payload)
    except ValueError:
        value = None
    # A tampered row still displays; `verify` is what judges it.
    return value if isinstance(value, dict) else {"unreadable": event.payload}


def event_page(session: Session, query: AuditQuery) -> AuditPage:
    """One page of `audit.list_events` with its events' actors, in two queries."""
    filters = query.model_dump(exclude={"offset", "limit"})
    events = audit.list_events(session, **filters, offset=query.offset, limit=query.limit + 1)
    more = len(events) > query.limit
    events = events[: query.limit]
    actor_ids = {e.actor_id for e in events if e.actor_id is not None}
    found = session.exec(select(User).where(col(User.id).in_(actor_ids))).all() if actor_ids else []
    people = {u.id: u for u in found}
    items = []
    for event in events:
        person = people.get(event.actor_id) if event.actor_id is not None else None
        items.append(
            AuditEventPublic(
                seq=event.seq,
                at=event.at,
                actor=PersonPublic(id=person.id, name=person.name) if person else None,
                action=event.action,
                object_type=event.object_type,
                object_id=event.object_id,
                payload=_payload(event),
                prev_hash=event.prev_hash,
                hash=event.hash,
                key_id=event.key_id,
            )
        )
    return AuditPage(items=items, next_offset=query.offset + query.limit if more else None)
