"""Who is told of a publication: its schedule, a named delegation's consent, the publication.

Read from the audit event's payload (publication/service.py writes what is needed: notify may
not import publication, its sibling), with the API's own visibility rules:
- a schedule goes to the text's readers (outbox.document_audience), each told only of the
  participants they may know of; the head of an unannounced delegation still to agree is asked;
- a consent goes to whoever scheduled and to the consenting delegation's other members: an
  unannounced delegation's consent is nobody else's business before the publication;
- the publication goes to the text's readers with the public page's address and the delegations
  named, all announced by then (filtered all the same).
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from concord.audit.actions import Action
from concord.audit.models import AuditEvent
from concord.core.config import get_settings
from concord.drafting.models import Document
from concord.identity.access import hidden_from, unannounced_ids
from concord.identity.models import Delegation, User
from concord.notify.models import NotificationKind
from concord.notify.outbox import document_audience, enqueue, payload_of

ACTIONS = frozenset(
    {Action.PUBLICATION_SCHEDULE, Action.PUBLICATION_CONFIRM, Action.PUBLICATION_PUBLISH}
)


def _ids(value: object) -> list[int]:
    return [i for i in value if isinstance(i, int)] if isinstance(value, list) else []


def _delegations(session: Session, ids: list[int]) -> list[Delegation]:
    if not ids:
        return []
    rows = session.exec(select(Delegation).where(col(Delegation.id).in_(ids)))
    return sorted(rows, key=lambda d: d.name.casefold())


def public_address(publication: object) -> str:
    return f"{(get_settings().public_url or '').rstrip('/')}/published/{publication}"


def on_publication(session: Session, event: AuditEvent) -> None:
    if event.object_id is None:
        return
    document = session.get(Document, int(event.object_id))
    if document is None or document.id is None:
        return
    details = payload_of(event)
    base: dict[str, Any] = {"document_id": document.id, "title": document.title}
    unannounced = unannounced_ids(session)
    if event.action == Action.PUBLICATION_CONFIRM:
        _confirmed(session, event, document, details, base, unannounced)
        return
    publish = event.action == Action.PUBLICATION_PUBLISH
    named = _delegations(session, _ids(details.get("named" if publish else "delegations")))
    awaiting = set(_ids(details.get("awaiting")))
    if publish:
        base["url"] = public_address(details.get("publication"))
    else:
        base["embargo_at"] = details.get("embargo_at")
        base["time_zone"] = details.get("time_zone")
    recipients: list[tuple[User, dict[str, Any]]] = []
    for user in document_audience(session, document):
        if user.id == event.actor_id:
            continue
        hidden = hidden_from(user, user.delegation_id, unannounced)
        told = dict(base)
        told["participants"] = [d.name for d in named if d.id not in hidden]
        if not publish:
            told["asked"] = bool(user.is_head and user.delegation_id in awaiting)
        recipients.append((user, told))
    enqueue(
        session,
        event_key=f"audit:{event.seq}",
        kind=NotificationKind.published if publish else NotificationKind.publication_scheduled,
        document_id=document.id,
        recipients=recipients,
    )


def _confirmed(
    session: Session,
    event: AuditEvent,
    document: Document,
    details: dict[str, Any],
    base: dict[str, Any],
    unannounced: frozenset[int],
) -> None:
    delegation_id = details.get("delegation")
    delegation = session.get(Delegation, delegation_id) if isinstance(delegation_id, int) else None
    if delegation is None:
        return
    people: dict[int, User] = {}
    scheduler = details.get("scheduled_by")
    if isinstance(scheduler, int):
        found = session.get(User, scheduler)
        if found is not None:
            people[scheduler] = found
    for member in session.exec(
        select(User).where(col(User.delegation_id) == delegation.id, col(User.disabled).is_(False))
    ):
        people[member.id or 0] = member
    recipients = [
        (user, base | {"delegation": delegation.name})
        for user in people.values()
        if user.id != event.actor_id
        and not user.disabled
        and delegation.id not in hidden_from(user, user.delegation_id, unannounced)
    ]
    enqueue(
        session,
        event_key=f"audit:{event.seq}",
        kind=NotificationKind.announcement_confirmed,
        document_id=document.id,
        recipients=recipients,
    )
