"""Discussion and positions: replies, mentions, amendments on approved paragraphs, stale
approvals. Each recipient is checked with their own viewer against the API's rules: a comment
or amendment they may not see (an internal one of another delegation, one by a delegation
unannounced to them) tells them nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from concord.audit.models import AuditEvent
from concord.consensus.models import Approval, Decision
from concord.deliberation import visibility as rules
from concord.deliberation.models import Amendment, Comment
from concord.drafting import policy
from concord.drafting.models import Document, Section
from concord.identity.access import Viewer, viewer_for
from concord.identity.models import Delegation, User
from concord.notify.models import NotificationKind
from concord.notify.outbox import enqueue, name_of, payload_of

# `@FRA` names a delegation by its code; `@amelie.durand` a person by their e-mail's local part.
MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9][A-Za-z0-9._-]{0,63})")
APPROVING = (Decision.approve, Decision.ad_referendum, Decision.reservation)
MAX_MENTIONS = 20


def _where(session: Session, section_id: int) -> tuple[Section, Document] | None:
    section = session.get(Section, section_id)
    document = session.get(Document, section.document_id) if section is not None else None
    if section is None or document is None:
        return None
    return section, document


def _paragraph(section: Section) -> int | None:
    """The paragraph's number as readers see it (1-based), or None once retired."""
    if section.position is None:
        return None
    return int(section.position) + 1


def _place(section: Section, document: Document) -> dict[str, Any]:
    """Where it happened, as every discussion notification says it (and links to it)."""
    return {
        "document_id": document.id,
        "title": document.title,
        "section_id": section.id,
        "paragraph": _paragraph(section),
    }


Item = TypeVar("Item", Comment, Amendment)


def _subject(
    session: Session, event: AuditEvent, model: type[Item]
) -> tuple[Item, Section, Document] | None:
    """The comment or amendment the event is about, with its paragraph and document."""
    if event.object_id is None:
        return None
    found = session.get(model, int(event.object_id))
    if found is None:
        return None
    place = _where(session, found.section_id)
    if place is None:
        return None
    section, document = place
    return found, section, document


def _tell(
    session: Session,
    event: AuditEvent,
    kind: NotificationKind,
    document: Document,
    recipients: list[tuple[User, dict[str, Any]]],
    *,
    key: str = "",
) -> None:
    """Enqueue the event's notifications of this kind (`key` tells apart two kinds of one event)."""
    enqueue(
        session,
        event_key=f"audit:{event.seq}{key}",
        kind=kind,
        document_id=document.id,
        recipients=recipients,
    )


def _sees_comment(session: Session, viewer: Viewer, comment: Comment, document: Document) -> bool:
    found = session.exec(
        select(Comment.id).where(Comment.id == comment.id, rules.visible_comments(viewer))
    ).first()
    return found is not None and policy.may_read(session, viewer, document)


def _sees_amendment(
    session: Session, viewer: Viewer, amendment: Amendment, document: Document
) -> bool:
    found = session.exec(
        select(Amendment.id).where(Amendment.id == amendment.id, rules.visible_amendments(viewer))
    ).first()
    return found is not None and policy.may_read(session, viewer, document)


def _comment_told(
    session: Session, comment: Comment, section: Section, document: Document
) -> dict[str, Any]:
    return _place(section, document) | {
        "comment_id": comment.public_id,
        "language": comment.language,
        "by": name_of(session.get(User, comment.author_id)),
        "excerpt": comment.body[:280],
        "internal": comment.visibility != "all",
    }


def reply(session: Session, event: AuditEvent) -> set[int]:
    """The author of the comment replied to, if they may read the reply; who was told."""
    parent_id = payload_of(event).get("parent_id")
    if event.object_id is None or not isinstance(parent_id, int):
        return set()
    parent = session.get(Comment, parent_id)
    comment = session.get(Comment, int(event.object_id))
    if parent is None or comment is None or parent.author_id == comment.author_id:
        return set()
    recipient = session.get(User, parent.author_id)
    where = _where(session, comment.section_id)
    if recipient is None or recipient.disabled or where is None:
        return set()
    section, document = where
    if not _sees_comment(session, viewer_for(session, recipient), comment, document):
        return set()
    told = _comment_told(session, comment, section, document) | {"parent_id": parent.public_id}
    _tell(session, event, NotificationKind.comment_reply, document, [(recipient, told)])
    return {parent.author_id}


def mentioned(session: Session, author: Viewer, body: str) -> list[User]:
    """The people a comment names: `@CODE` a delegation the author may know of (its members),
    `@name` a person by their e-mail's local part. Unknown names are plain text."""
    names = list(dict.fromkeys(m.group(1) for m in MENTION.finditer(body)))[:MAX_MENTIONS]
    if not names:
        return []
    codes = {n.upper() for n in names}
    delegations = [
        d.id
        for d in session.exec(
            select(Delegation).where(func.upper(col(Delegation.code)).in_(codes))
        ).all()
        if d.id is not None and author.sees_delegation(d.id)
    ]
    locals_ = {n.lower() for n in names}
    people: dict[int, User] = {}
    if delegations:
        for user in session.exec(
            select(User).where(col(User.delegation_id).in_(delegations))
        ).all():
            people[user.id or 0] = user
    patterns = [
        func.lower(col(User.email)).like(_escape(local) + "@%", escape="\\")
        for local in sorted(locals_)
    ]
    for user in session.exec(select(User).where(or_(*patterns))).all():
        people[user.id or 0] = user
    return [u for u in people.values() if not u.disabled]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def mention(session: Session, event: AuditEvent, already: set[int]) -> None:
    found = _subject(session, event, Comment)
    author = session.get(User, found[0].author_id) if found is not None else None
    if found is None or author is None:
        return
    comment, section, document = found
    told = _comment_told(session, comment, section, document)
    recipients = [
        (user, told)
        for user in mentioned(session, viewer_for(session, author), comment.body)
        if user.id != author.id
        and user.id not in already
        and _sees_comment(session, viewer_for(session, user), comment, document)
    ]
    _tell(session, event, NotificationKind.mention, document, recipients, key=":mention")


def _members(session: Session, delegation_ids: Iterable[int]) -> list[User]:
    ids = list(delegation_ids)
    if not ids:
        return []
    return list(
        session.exec(
            select(User)
            .where(col(User.delegation_id).in_(ids), col(User.disabled).is_(False))
            .order_by(col(User.id))
        ).all()
    )


def amendment_on_approved(session: Session, event: AuditEvent) -> None:
    """An amendment proposed on a paragraph whose current version a delegation approves: its
    members are told, if they may see the amendment."""
    found = _subject(session, event, Amendment)
    if found is None:
        return
    amendment, section, document = found
    approving = session.exec(
        select(Approval.delegation_id).where(
            Approval.section_id == section.id,
            Approval.version == section.head,
            col(Approval.withdrawn_at).is_(None),
            col(Approval.decision).in_(APPROVING),
        )
    ).all()
    told = _place(section, document) | {
        "amendment_id": amendment.public_id,
        "by": name_of(session.get(User, amendment.proposer_id)),
        "excerpt": amendment.text[:280],
    }
    recipients = [
        (user, told)
        for user in _members(session, approving)
        if user.id != amendment.proposer_id
        and _sees_amendment(session, viewer_for(session, user), amendment, document)
    ]
    _tell(session, event, NotificationKind.amendment_on_approved, document, recipients)


def approval_stale(session: Session, event: AuditEvent) -> None:
    """A new version of a paragraph: the delegations whose position was on the version before
    (current until now) are told their position now stands on an earlier text."""
    number = payload_of(event).get("number")
    if event.object_id is None or not isinstance(number, int) or number < 2:
        return
    where = _where(session, int(event.object_id))
    if where is None:
        return
    section, document = where
    positions = session.exec(
        select(Approval).where(
            Approval.section_id == section.id,
            Approval.version == number - 1,
            col(Approval.withdrawn_at).is_(None),
        )
    ).all()
    if not positions:
        return  # the usual case, on the hot path of saving: one statement, nothing more
    # A position is a party's: its members read the document by being one (`policy.can_read`).
    parties = policy.party_ids(session, document)
    decisions = {p.delegation_id: p.decision for p in positions if p.delegation_id in parties}
    place = _place(section, document) | {"version": number - 1, "new_version": number}
    recipients = [
        (user, place | {"decision": decisions[user.delegation_id]})
        for user in _members(session, decisions)
        if user.id != event.actor_id and user.delegation_id is not None
    ]
    _tell(session, event, NotificationKind.approval_stale, document, recipients)
