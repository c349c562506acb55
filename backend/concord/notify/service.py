"""Who is told of what: notifications derived from audit events, in the appending transaction.

`on_append` is called by `audit.record` for every event appended (audit.on_append): for the
events people are told of, it inserts one `Notification` row per recipient in the same
transaction, so a change that rolls back notifies nobody and a committed one is never lost.
What a row says is filtered by what its recipient may see, with the API's own rules:
- a document's news goes to its readers among the parties' delegations and its working group;
- a silence broken by an unannounced delegation names nobody to those who may not know of it;
- replies, mentions, amendments and stale approvals: notify/discussion.py;
- a publication's schedule, consents and publication: notify/publication.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, update
from sqlmodel import Session, col, select

from concord.audit.actions import Action
from concord.audit.models import AuditEvent
from concord.consensus.models import SilenceProcedure, SilenceStatus
from concord.core.clock import now
from concord.core.config import get_settings
from concord.drafting.models import Document, DocumentStatus
from concord.identity.access import hidden_from, unannounced_ids
from concord.identity.auth import INVITATION_LINK
from concord.identity.models import Delegation, User
from concord.live import capture
from concord.notify import discussion, publication
from concord.notify.models import MailState, Notification, NotificationKind
from concord.notify.outbox import document_audience, enqueue, name_of, payload_of

DOCUMENT_NEWS: dict[str, NotificationKind] = {
    Action.DOCUMENT_CIRCULATE: NotificationKind.revision_circulated,
    Action.SILENCE_START: NotificationKind.silence_started,
    Action.SILENCE_BREAK: NotificationKind.silence_broken,
    Action.DOCUMENT_ADOPT: NotificationKind.adopted,
}
TOLD = frozenset(
    {
        *DOCUMENT_NEWS,
        Action.USER_INVITE,
        Action.COMMENT_CREATE,
        Action.AMENDMENT_PROPOSE,
        Action.VERSION_CREATE,
        *publication.ACTIONS,
    }
)
REMINDER_AHEAD = timedelta(hours=24)


def _document_news(session: Session, event: AuditEvent, kind: NotificationKind) -> None:
    if event.object_id is None:
        return
    document = session.get(Document, int(event.object_id))
    if document is None or document.id is None:
        return
    details = payload_of(event)
    actor = session.get(User, event.actor_id) if event.actor_id is not None else None
    base: dict[str, Any] = {
        "document_id": document.id,
        "title": document.title,
        "revision": details.get("revision"),
    }
    if kind == NotificationKind.silence_started:
        base["deadline"] = details.get("deadline")
        base["procedure_id"] = details.get("procedure_id")
    if kind == NotificationKind.adopted:
        base["via"] = "silence" if event.actor_id is None else "decision"
    unannounced = unannounced_ids(session)
    breaker_delegation = (
        details.get("delegation_id") if kind == NotificationKind.silence_broken else None
    )
    delegation = (
        session.get(Delegation, breaker_delegation) if isinstance(breaker_delegation, int) else None
    )
    recipients: list[tuple[User, dict[str, Any]]] = []
    for user in document_audience(session, document):
        if user.id == event.actor_id:
            continue
        told = dict(base)
        if kind == NotificationKind.silence_broken:
            hidden = hidden_from(user, user.delegation_id, unannounced)
            if delegation is not None and delegation.id in hidden:
                told["broken_by"] = None  # through the secretariat: nobody is named
                told["delegation"] = None
            else:
                told["broken_by"] = name_of(actor)
                told["delegation"] = delegation.code if delegation is not None else None
        elif kind != NotificationKind.adopted or event.actor_id is not None:
            # Who acted: the chair or the secretariat, never a hidden delegation's member.
            hidden = hidden_from(user, user.delegation_id, unannounced)
            told["by"] = name_of(actor) if actor and actor.delegation_id not in hidden else None
        recipients.append((user, told))
    enqueue(
        session,
        event_key=f"audit:{event.seq}",
        kind=kind,
        document_id=document.id,
        recipients=recipients,
    )


def _invitation(session: Session, event: AuditEvent) -> None:
    handed = session.info.get(INVITATION_LINK)
    if not handed or event.object_id is None or handed[0] != int(event.object_id):
        return
    user_id, url, resent = handed
    user = session.get(User, user_id)
    if user is None or user.disabled:
        return
    inviter = session.get(User, event.actor_id) if event.actor_id is not None else None
    told = {
        "url": url,
        "invited_by": name_of(inviter),
        "expires_at": payload_of(event).get("expires_at"),
        "resent": bool(resent),
        "organisation": get_settings().organisation,
    }
    enqueue(
        session,
        event_key=f"audit:{event.seq}",
        kind=NotificationKind.invitation,
        document_id=None,
        recipients=[(user, told)],
    )


def on_append(session: Session, event: AuditEvent) -> None:
    """An audit event was appended: enqueue what its recipients are told (audit.on_append)."""
    if event.action not in TOLD:
        return
    if event.action == Action.USER_INVITE:
        _invitation(session, event)
    elif event.action == Action.COMMENT_CREATE:
        told = discussion.reply(session, event)
        discussion.mention(session, event, told)
    elif event.action == Action.AMENDMENT_PROPOSE:
        discussion.amendment_on_approved(session, event)
    elif event.action == Action.VERSION_CREATE:
        discussion.approval_stale(session, event)
    elif event.action in publication.ACTIONS:
        publication.on_publication(session, event)
    else:
        _document_news(session, event, DOCUMENT_NEWS[event.action])


# --- reminders ---------------------------------------------------------------------------------


def enqueue_reminders(session: Session) -> int:
    """A reminder for each running silence procedure ending within 24 hours, once per procedure
    and recipient (the unique key holds across processes: a second enqueue inserts nothing)."""
    horizon = now() + REMINDER_AHEAD
    due = session.exec(
        select(SilenceProcedure).where(
            SilenceProcedure.status == SilenceStatus.running,
            SilenceProcedure.deadline <= horizon,
            SilenceProcedure.deadline > now(),
        )
    ).all()
    made = 0
    for procedure in due:
        document = session.get(Document, procedure.document_id)
        if document is None or document.status != DocumentStatus.silence:
            continue
        key = f"reminder:{procedure.id}"
        already = set(
            session.exec(select(Notification.user_id).where(Notification.event_key == key)).all()
        )
        told = {
            "document_id": document.id,
            "title": document.title,
            "deadline": procedure.deadline.isoformat(),
            "procedure_id": procedure.id,
        }
        fresh = [
            (user, dict(told))
            for user in document_audience(session, document)
            if user.id not in already
        ]
        made += enqueue(
            session,
            event_key=key,
            kind=NotificationKind.silence_reminder,
            document_id=document.id,
            recipients=fresh,
        )
    return made


# --- in the app --------------------------------------------------------------------------------


def list_for(
    session: Session, user_id: int, *, limit: int, before: int | None
) -> list[Notification]:
    query = select(Notification).where(Notification.user_id == user_id)
    if before is not None:
        query = query.where(col(Notification.id) < before)
    return list(session.exec(query.order_by(col(Notification.id).desc()).limit(limit)).all())


def unread_count(session: Session, user_id: int) -> int:
    query = select(func.count()).where(
        Notification.user_id == user_id, col(Notification.read_at).is_(None)
    )
    return int(session.exec(query).one())


def mark_read(session: Session, user_id: int, ids: list[int] | None) -> int:
    """Mark the person's notifications read (all, or those of `ids`); how many changed."""
    condition = and_(col(Notification.user_id) == user_id, col(Notification.read_at).is_(None))
    if ids is not None:
        condition = and_(condition, col(Notification.id).in_(ids))
    result = session.execute(update(Notification).where(condition).values(read_at=now()))
    marked = int(getattr(result, "rowcount", 0) or 0)
    if marked:
        capture.tell_people(session, {user_id})  # their bells elsewhere come down at once
    return marked


def mail_due_at(session: Session) -> datetime | None:
    return session.exec(
        select(func.min(Notification.next_attempt_at)).where(
            Notification.mail_state == MailState.pending
        )
    ).one()
