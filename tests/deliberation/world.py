"""Comments and amendments in the access world (tests/access_world.py), for the permission
matrix and the leak scan: a public thread, an internal comment, and comments and amendments by
the unannounced delegation whose bodies and texts carry MARKER.

`build()` calls `add_deliberation(session, world)` once the world is made; the ids are then
found with `deliberation_of(world)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from concord.deliberation import amendments, comments
from concord.deliberation.models import Amendment, Comment, CommentVisibility
from concord.deliberation.schemas import AmendmentCreate, AnchorCreate, CommentCreate
from concord.drafting import service as drafting
from concord.identity.access import viewer_for
from concord.identity.models import User
from tests.access_world import MARKER, World

ATTRIBUTE = "deliberation"


@dataclass(frozen=True)
class Deliberation:
    # Public ids (`cmt_…`, `amd_…`), as the API names them.
    public: str  # the chair's comment on "warmly", seen by every reader
    reply: str  # delegate A's reply in that thread
    internal: str  # head A's comment internal to delegation A
    hidden: str  # the unannounced envoy's public comment (MARKER)
    hidden_internal: str  # the envoy's internal comment (MARKER)
    hidden_reply: str  # the secretariat's reply in the envoy's thread: hidden with it
    amendment: str  # delegate A's open amendment on the section
    hidden_amendment: str  # the envoy's amendment (MARKER)
    stale_amendment: str  # the member's amendment of the other section, on version 1


def _comment(session: Session, author: User, section_id: int, data: CommentCreate) -> str:
    section = drafting.get_section(session, section_id)
    comment: Comment = comments.create_comment(session, viewer_for(session, author), section, data)
    return comment.public_id


def _amend(session: Session, author: User, section_id: int, data: AmendmentCreate) -> str:
    section = drafting.get_section(session, section_id)
    amendment: Amendment = amendments.propose(session, viewer_for(session, author), section, data)
    return amendment.public_id


def add_deliberation(session: Session, world: World) -> Deliberation:
    people = world.people
    section, other = world.section.id, world.other_section.id
    assert section is not None and other is not None
    public = _comment(
        session,
        people["chair"],
        section,
        CommentCreate(body="Is 'warmly' needed?", version=2, anchor=AnchorCreate(quote="warmly")),
    )
    reply = _comment(
        session, people["delegate_a"], section, CommentCreate(body="We like it.", parent_id=public)
    )
    internal = _comment(
        session,
        people["head_a"],
        section,
        CommentCreate(
            body="Internal: the capital prefers 'welcome'.",
            version=2,
            anchor=AnchorCreate(quote="consortium"),
            visibility=CommentVisibility.delegation,
        ),
    )
    hidden = _comment(
        session,
        people["unannounced"],
        section,
        CommentCreate(
            body=f"The {MARKER} delegation cannot accept this.",
            version=1,
            anchor=AnchorCreate(quote="welcome"),
        ),
    )
    hidden_internal = _comment(
        session,
        people["unannounced"],
        other,
        CommentCreate(
            body=f"Internal note of {MARKER}.", version=2, visibility=CommentVisibility.delegation
        ),
    )
    hidden_reply = _comment(
        session, people["secretariat"], section, CommentCreate(body="Noted.", parent_id=hidden)
    )
    amendment = _amend(
        session,
        people["delegate_a"],
        section,
        AmendmentCreate(
            text="We warmly [welcome] the consortium and its members.",
            base_version=2,
            rationale="Name the members.",
        ),
    )
    hidden_amendment = _amend(
        session,
        people["unannounced"],
        section,
        AmendmentCreate(
            text=f"We warmly [welcome] the consortium and {MARKER}.",
            base_version=2,
            rationale=f"As {MARKER} proposed.",
        ),
    )
    stale_amendment = _amend(
        session,
        people["member"],
        other,
        AmendmentCreate(
            text="Civil society firmly leads.", base_version=1, rationale="Say it firmly."
        ),
    )
    found = Deliberation(
        public=public,
        reply=reply,
        internal=internal,
        hidden=hidden,
        hidden_internal=hidden_internal,
        hidden_reply=hidden_reply,
        amendment=amendment,
        hidden_amendment=hidden_amendment,
        stale_amendment=stale_amendment,
    )
    setattr(world, ATTRIBUTE, found)
    return found


def deliberation_of(world: World) -> Deliberation:
    found = getattr(world, ATTRIBUTE, None)
    assert isinstance(found, Deliberation), "build() must call add_deliberation(session, world)"
    return found
