"""What each subscriber is told: changes routed to their document and rendered with the API's
own visibility rules.

Rendering depends on a viewer only through their lens (`lens_of`): whether they are the
secretariat, and their delegation (which, with the delegations unannounced at that moment, says
which delegations they may not know of, and which internal comments they read). So a batch of
changes is rendered once per document and lens, in one short session, whatever the number of
subscribers (`render_batch`); each subscriber's right to read the document is then decided from
data already loaded (`readable_now`). Who a subscriber is (their credential, memberships) is
re-checked with a short session of its own at every heartbeat (`audience`).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from concord.audit.actions import Action
from concord.consensus import lifecycle
from concord.deliberation import visibility as rules
from concord.deliberation.models import Amendment, Comment
from concord.drafting import policy
from concord.drafting.errors import DocumentNotFound, SectionNotFound
from concord.drafting.models import Document, Section, Version
from concord.drafting.views import People
from concord.identity import service as identity
from concord.identity import sessions
from concord.identity.access import Viewer, hidden_from, unannounced_ids, viewer_for
from concord.identity.models import Delegation, User
from concord.identity.schemas import DelegationPublic, PersonPublic
from concord.live import event_ids
from concord.live.capture import Change
from concord.live.schemas import (
    AmendmentEvent,
    ApprovalEvent,
    CommentEvent,
    LifecycleEvent,
    PresenceEvent,
    PresencePublic,
    SectionEvent,
    TranslationEvent,
    VersionEvent,
)
from concord.live.shared import Credential, Presence
from concord.translation.models import Translation

# --- routing ------------------------------------------------------------------------------------


def _section_of(change: Change) -> int | None:
    if change.object_type == "section" and change.object_id is not None:
        return int(change.object_id)
    section = change.payload.get("section_id")
    return section if isinstance(section, int) else None


def documents_of(session: Session, changes: list[Change]) -> list[tuple[Change, int]]:
    """Each change with the document it concerns: one query for those named by section."""
    sections = {s for s in map(_section_of, changes) if s is not None}
    owner: dict[int, int] = {}
    if sections:
        rows = session.exec(
            select(Section.id, Section.document_id).where(col(Section.id).in_(sections))
        ).all()
        owner = {section_id: document_id for section_id, document_id in rows if section_id}
    routed: list[tuple[Change, int]] = []
    for change in changes:
        if change.object_type == "document" and change.object_id is not None:
            routed.append((change, int(change.object_id)))
            continue
        section = _section_of(change)
        if section is not None and section in owner:
            routed.append((change, owner[section]))
    return routed


# --- who is listening ---------------------------------------------------------------------------


def authenticate(session: Session, credential: Credential) -> User | None:
    """The same credentials the API accepts, checked again now (revoked or expired: None)."""
    if credential.kind == "bearer":
        return identity.user_for_token(session, credential.secret)
    return sessions.user_for_session(session, credential.secret)


@dataclass(frozen=True)
class Audience:
    viewer: Viewer
    document: Document


def audience(session: Session, credential: Credential, document_id: int) -> Audience | str:
    """The subscriber as a viewer of the document now, or why the stream must end."""
    user = authenticate(session, credential)
    if user is None:
        return "session_expired"
    viewer = viewer_for(session, user)
    document = session.get(Document, document_id)
    if document is None or not policy.may_read(session, viewer, document):
        return "not_found"
    return Audience(viewer, document)


# --- rendering ----------------------------------------------------------------------------------

Rendered = tuple[str, BaseModel]


def _person(people: People, user_id: int | None) -> PersonPublic | None:
    return people.person(user_id) if user_id is not None and user_id in people.users else None


def _people(
    session: Session,
    viewer: Viewer,
    user_ids: Iterable[int],
    delegation_ids: Iterable[int | None] = (),
) -> People:
    """`People.load`, remembering within the session who was loaded: a batch rendered for
    several lenses loads each person and delegation once (what each lens may see of them is
    decided by `People`, per viewer)."""
    users: dict[int, User] = session.info.setdefault("live_users", {})
    delegations: dict[int, Delegation] = session.info.setdefault("live_delegations", {})
    wanted_users = set(user_ids)
    wanted_delegations = {d for d in delegation_ids if d is not None}
    users.update(identity.users_by_id(session, wanted_users - users.keys()))
    delegations.update(identity.delegations_by_id(session, wanted_delegations - delegations.keys()))
    return People(
        users={u: users[u] for u in wanted_users if u in users},
        delegations={d: delegations[d] for d in wanted_delegations if d in delegations},
        viewer=viewer,
    )


def _authored(
    session: Session, viewer: Viewer, author_id: int, delegation_id: int | None
) -> tuple[PersonPublic, DelegationPublic | None]:
    """A text's author and their delegation, as the viewer may know them (an undisclosed
    author's delegation is not named either)."""
    people = _people(session, viewer, [author_id], [delegation_id])
    author = people.person(author_id)
    return author, people.delegation(delegation_id) if author.id is not None else None


def _version(session: Session, a: Audience, change: Change, section_id: int) -> Rendered | None:
    number = change.payload.get("number")
    # The same for every lens: looked up once per session.
    known: dict[tuple[int, object], Version | None] = session.info.setdefault("live_versions", {})
    if (section_id, number) not in known:
        known[section_id, number] = session.exec(
            select(Version).where(Version.section_id == section_id, Version.number == number)
        ).first()
    version = known[section_id, number]
    if version is None:
        return None
    author, delegation = _authored(session, a.viewer, version.author_id, version.delegation_id)
    return "version", VersionEvent(
        document_id=a.document.id or 0,
        section_id=section_id,
        number=version.number,
        base_version=version.base_version,
        merged=version.merged,
        content_hash=version.content_hash,
        author=author,
        delegation=delegation,
    )


SECTION_ACTIONS: dict[str, str] = {
    Action.SECTION_CREATE: "inserted",
    Action.SECTION_RETIRE: "retired",
}


def _section(session: Session, a: Audience, change: Change, section_id: int) -> Rendered | None:
    section = session.get(Section, section_id)
    if section is None:
        return None
    action = SECTION_ACTIONS.get(change.action)
    if action is None:
        action = "moved" if change.payload.get("moved") else "updated"
    people = _people(session, a.viewer, [change.actor_id] if change.actor_id else [])
    return "section", SectionEvent(
        document_id=a.document.id or 0,
        section_id=section_id,
        action=action,
        kind=section.kind,
        position=section.position,
        actor=_person(people, change.actor_id),
    )


COMMENT_ACTIONS: dict[str, str] = {
    Action.COMMENT_CREATE: "created",
    Action.COMMENT_EDIT: "edited",
    Action.COMMENT_RESOLVE: "resolved",
    Action.COMMENT_REOPEN: "reopened",
}


def _comment(session: Session, a: Audience, change: Change, _section_id: int) -> Rendered | None:
    # The API's own rule, as SQL: internal comments, hidden delegations, hidden threads.
    comment = session.exec(
        select(Comment).where(
            Comment.id == int(change.object_id or 0), rules.visible_comments(a.viewer)
        )
    ).first()
    if comment is None or comment.id is None:
        return None
    thread = (
        session.exec(select(Comment.public_id).where(Comment.id == comment.parent_id)).first()
        if comment.parent_id is not None
        else None
    )
    actors = [comment.author_id] + ([change.actor_id] if change.actor_id else [])
    people = _people(session, a.viewer, actors)
    return "comment", CommentEvent(
        document_id=a.document.id or 0,
        section_id=comment.section_id,
        language=comment.language,
        comment_id=comment.public_id,
        parent_id=thread,
        action=COMMENT_ACTIONS[change.action],
        visibility=comment.visibility,
        resolved=comment.resolved_at is not None,
        author=people.person(comment.author_id),
        actor=_person(people, change.actor_id),
    )


AMENDMENT_ACTIONS: dict[str, str] = {
    Action.AMENDMENT_PROPOSE: "proposed",
    Action.AMENDMENT_ACCEPT: "accepted",
    Action.AMENDMENT_REJECT: "rejected",
    Action.AMENDMENT_WITHDRAW: "withdrawn",
}


def _amendment(session: Session, a: Audience, change: Change, _section_id: int) -> Rendered | None:
    amendment = session.exec(
        select(Amendment).where(
            Amendment.id == int(change.object_id or 0), rules.visible_amendments(a.viewer)
        )
    ).first()
    if amendment is None or amendment.id is None:
        return None
    actors = [amendment.proposer_id] + ([change.actor_id] if change.actor_id else [])
    people = _people(session, a.viewer, actors, [amendment.delegation_id])
    return "amendment", AmendmentEvent(
        document_id=a.document.id or 0,
        section_id=amendment.section_id,
        amendment_id=amendment.public_id,
        action=AMENDMENT_ACTIONS[change.action],
        status=amendment.status,
        result_version=amendment.result_version,
        proposer=people.person(amendment.proposer_id),
        delegation=people.delegation(amendment.delegation_id),
        actor=_person(people, change.actor_id),
    )


APPROVAL_ACTIONS: dict[str, str] = {
    Action.APPROVAL_SET: "set",
    Action.APPROVAL_CHANGED: "changed",
    Action.APPROVAL_CONFIRM: "confirmed",
    Action.APPROVAL_WITHDRAW: "withdrawn",
}


def _approval(session: Session, a: Audience, change: Change, section_id: int) -> Rendered | None:
    delegation_id = change.payload.get("delegation_id")
    # A position of a party the viewer may not know of is not even mentioned.
    if not isinstance(delegation_id, int) or not a.viewer.sees_delegation(delegation_id):
        return None
    people = _people(
        session, a.viewer, [change.actor_id] if change.actor_id else [], [delegation_id]
    )
    delegation = people.delegation(delegation_id)
    if delegation is None:
        return None
    return "approval", ApprovalEvent(
        document_id=a.document.id or 0,
        section_id=section_id,
        version=int(change.payload.get("version", 0)),
        action=APPROVAL_ACTIONS[change.action],
        delegation=delegation,
        decision=change.payload["decision"],
        withdrawn=change.action == Action.APPROVAL_WITHDRAW,
        actor=_person(people, change.actor_id),
    )


LIFECYCLE_ACTIONS: dict[str, str] = {
    Action.DOCUMENT_UPDATE: "updated",
    Action.REVISION_CREATE: "revision_created",
    Action.DOCUMENT_CIRCULATE: "circulated",
    Action.SILENCE_START: "silence_started",
    Action.SILENCE_BREAK: "silence_broken",
    Action.DOCUMENT_ADOPT: "adopted",
    Action.DOCUMENT_REOPEN: "reopened",
}


def _lifecycle(session: Session, a: Audience, change: Change) -> Rendered:
    payload = change.payload
    broken = payload.get("delegation_id") if change.action == Action.SILENCE_BREAK else None
    people = _people(
        session,
        a.viewer,
        [change.actor_id] if change.actor_id else [],
        [broken] if isinstance(broken, int) else [],
    )
    revision = payload.get("revision", payload.get("label"))
    via = payload.get("via") if change.action == Action.DOCUMENT_ADOPT else None
    delegation = None
    actor = _person(people, change.actor_id)
    if change.action == Action.SILENCE_BREAK:
        breaker = lifecycle.silence_breaker(
            people, change.actor_id, broken if isinstance(broken, int) else None
        )
        via, delegation, actor = breaker.through, breaker.delegation, breaker.person
    return "lifecycle", LifecycleEvent(
        document_id=a.document.id or 0,
        action=LIFECYCLE_ACTIONS[change.action],
        status=a.document.status,
        revision=revision if isinstance(revision, str) else None,
        deadline=payload.get("deadline") if change.action == Action.SILENCE_START else None,
        via=via,
        delegation=delegation,
        actor=actor,
    )


def _translation(session: Session, a: Audience, change: Change, section_id: int) -> Rendered | None:
    language, number = change.payload.get("language"), change.payload.get("number")
    found = session.exec(
        select(Translation).where(
            Translation.section_id == section_id,
            Translation.language == language,
            Translation.number == number,
        )
    ).first()
    if found is None:
        return None
    author, delegation = _authored(session, a.viewer, found.author_id, found.delegation_id)
    return "translation", TranslationEvent(
        document_id=a.document.id or 0,
        section_id=section_id,
        language=found.language,
        number=found.number,
        source_version=found.source_version,
        content_hash=found.content_hash,
        author=author,
        delegation=delegation,
    )


SectionRenderer = Callable[[Session, Audience, Change, int], "Rendered | None"]
# The renderer of each action about one section (keyed by Action; a stored action is its
# string); LIFECYCLE_ACTIONS are about the whole document.
SECTION_RENDERERS: dict[str, SectionRenderer] = {
    Action.VERSION_CREATE: _version,
    Action.TRANSLATION_CREATE: _translation,
    **dict.fromkeys((*SECTION_ACTIONS, Action.SECTION_UPDATE), _section),
    **dict.fromkeys(COMMENT_ACTIONS, _comment),
    **dict.fromkeys(AMENDMENT_ACTIONS, _amendment),
    **dict.fromkeys(APPROVAL_ACTIONS, _approval),
}


def render(session: Session, a: Audience, change: Change) -> Rendered | None:
    """The event this viewer is told of `change`, or None when they may not know of it."""
    if change.action in LIFECYCLE_ACTIONS:
        return _lifecycle(session, a, change)
    section_id = _section_of(change)
    renderer = SECTION_RENDERERS.get(change.action)
    if section_id is None or renderer is None:
        return None
    return renderer(session, a, change, section_id)


def sees_presence(viewer: Viewer, entry: Presence) -> bool:
    """A person of an unannounced delegation is present only to the secretariat and to their own
    delegation; to anyone else they are not there at all (not even as "undisclosed": that alone
    would tell that an unannounced party is in the room). Whether the delegation was announced is
    as it was when the presence was told (renewed every `presence_seconds`)."""
    delegation = entry.delegation
    return (
        delegation is None
        or delegation.announced
        or viewer.secretariat
        or viewer.delegation_id == delegation.id
    )


def render_presence(viewer: Viewer, document_id: int, present: Iterable[Presence]) -> Rendered:
    """Everyone present whom the viewer may know of (the same for every viewer of one lens)."""
    people = [
        PresencePublic(
            user=PersonPublic(id=entry.user_id, name=entry.name),
            delegation=entry.delegation,
            section_id=entry.section_id,
            state=entry.state,
        )
        for entry in present
        if sees_presence(viewer, entry)
    ]
    return "presence", PresenceEvent(document_id=document_id, people=people)


# --- rendering once per lens -------------------------------------------------------------------

Lens = tuple[bool, int | None]
Frame = tuple[int, str]  # an event about a committed change: its seq, and its text on the wire


def lens_of(viewer: Viewer) -> Lens:
    """All that `render` and `render_presence` read of a viewer: whether they are the secretariat,
    and their delegation (their hidden delegations follow from these and the unannounced ones,
    see `identity.access.hidden_from`). Subscribers with one lens are told the same."""
    return (viewer.secretariat, viewer.delegation_id)


@dataclass(frozen=True)
class Snapshot:
    """A document as a batch of changes found it: who may read it is decided from this."""

    document: Document
    parties: frozenset[int]


def readable_now(viewer: Viewer, snapshot: Snapshot) -> bool:
    return policy.can_read(viewer, snapshot.document, set(snapshot.parties))


ReaderKey = tuple[bool, int | None, bool, frozenset[int]]


def reader_key(viewer: Viewer) -> ReaderKey:
    """All that `policy.can_read` reads of a viewer: viewers with one key may read the same
    documents, so a batch decides it once per key, not once per subscriber."""
    return (viewer.secretariat, viewer.delegation_id, viewer.observer, viewer.member_of)


@dataclass(frozen=True)
class Batch:
    """A batch of changes to one document, rendered once for each lens that follows it."""

    snapshot: Snapshot | None  # None: the document is gone
    frames: dict[Lens, list[Frame]]


def frames_for(session: Session, audience: Audience, changes: Iterable[Change]) -> list[Frame]:
    frames = []
    for change in changes:
        rendered = render(session, audience, change)
        if rendered is not None:
            sealed = event_ids.seal(change.seq, audience.document.id or 0)
            frames.append((change.seq, frame(*rendered, event_id=sealed)))
    return frames


class FrameCache:
    """Changes already rendered, by seq, lens and the delegations unannounced at the time: a
    reconnect storm replays the same few changes to hundreds of subscribers of a few lenses, and
    renders each once (thread-safe; the oldest are forgotten first). A change rendered a moment
    ago may differ from one rendered now only in what was public then as now (a status, a
    position): what may be seen depends on nothing else than the key."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._frames: OrderedDict[tuple[int, Lens, frozenset[int]], Frame | None] = OrderedDict()
        self._lock = threading.Lock()

    def frames(
        self,
        session: Session,
        viewer: Viewer,
        document: Document,
        unannounced: frozenset[int],
        changes: Iterable[Change],
    ) -> list[Frame]:
        """`changes` (all of `document`) as this viewer's lens is told of them."""
        lens = lens_of(viewer)
        # The delegations unannounced now, not when the subscriber last signed in.
        hidden = hidden_from(viewer.user, viewer.delegation_id, unannounced)
        audience = Audience(replace(viewer, hidden_delegations=hidden), document)
        found: list[Frame] = []
        for change in changes:
            key = (change.seq, lens, unannounced)
            with self._lock:
                known = key in self._frames
                told = self._frames.get(key)
            if not known:
                fresh = frames_for(session, audience, [change])
                told = fresh[0] if fresh else None
                with self._lock:
                    self._frames[key] = told
                    while len(self._frames) > self.size:
                        self._frames.popitem(last=False)
            if told is not None:
                found.append(told)
        return found


def render_batch(
    engine: Engine,
    changes: list[Change],
    lenses: Mapping[int, Mapping[Lens, Viewer]],
    cache: FrameCache,
) -> dict[int, Batch]:
    """Render `changes` for each document and lens in `lenses` (document id → lens → one viewer
    of that lens), in one short session. The statements it runs depend on the documents, lenses
    and changes, never on how many subscribers share a lens. In a worker thread."""
    with Session(engine) as session:
        routed = documents_of(session, changes)
        mine: dict[int, list[Change]] = {}
        for change, document_id in routed:
            if document_id in lenses:
                mine.setdefault(document_id, []).append(change)
        if not mine:
            return {}
        unannounced = unannounced_ids(session)
        batches: dict[int, Batch] = {}
        for document_id, concerned in mine.items():
            document = session.get(Document, document_id)
            if document is None:
                batches[document_id] = Batch(None, {})
                continue
            snapshot = Snapshot(document, frozenset(policy.party_ids(session, document)))
            batches[document_id] = Batch(
                snapshot,
                {
                    lens: cache.frames(session, viewer, document, unannounced, concerned)
                    for lens, viewer in lenses[document_id].items()
                },
            )
        return batches


def replay(
    session: Session, viewer: Viewer, document_id: int, changes: list[Change], cache: FrameCache
) -> list[Frame] | str:
    """The changes of one document (among `changes`) as this viewer is told of them now, or why
    they may not be (`not_found`). The viewer was checked when the stream opened."""
    mine = [change for change, found in documents_of(session, changes) if found == document_id]
    document = session.get(Document, document_id)
    if document is None or not policy.may_read(session, viewer, document):
        return "not_found"
    if not mine:
        return []
    return cache.frames(session, viewer, document, unannounced_ids(session), mine)


# --- the wire -----------------------------------------------------------------------------------


def frame(name: str, data: BaseModel | dict[str, Any], event_id: str | None = None) -> str:
    """One server-sent event: `id:` (the sealed audit seq, when there is one, see
    `event_ids`), `event:`, `data:`."""
    body = data.model_dump(mode="json") if isinstance(data, BaseModel) else data
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {name}\ndata: {text}\n\n"


# --- the routes' checks ---------------------------------------------------------------------


def readable_document(session: Session, viewer: Viewer, document_id: int) -> Document:
    """The document, or 404 when it does not exist for the viewer."""
    document = session.get(Document, document_id)
    if document is None:
        raise DocumentNotFound("No such document.")
    return policy.require_read(session, viewer, document)


def check_presence(
    session: Session, viewer: Viewer, document_id: int, section_id: int | None
) -> Document:
    """A readable document, and a section of it (when one is named)."""
    document = readable_document(session, viewer, document_id)
    if section_id is not None:
        section = session.get(Section, section_id)
        if section is None or section.document_id != document_id:
            raise SectionNotFound("No such section in this document.")
    return document
