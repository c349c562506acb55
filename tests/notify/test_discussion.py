"""Mentions, amendments on approved paragraphs, stale approvals: who is told, and who is not."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlmodel import Session, col, select

from concord.consensus import approvals as consensus
from concord.consensus.models import Decision
from concord.consensus.schemas import PositionSet
from concord.deliberation import amendments, comments
from concord.deliberation.schemas import AmendmentCreate, CommentCreate
from concord.drafting import service as drafting
from concord.drafting.models import Document, Section
from concord.identity.access import viewer_for
from concord.identity.models import User
from concord.notify import mail
from concord.notify.models import Notification, NotificationKind
from concord.notify.preferences import Chosen
from tests import factories


@dataclass
class Talk:
    chair: User
    fra_head: User
    fra_deputy: User
    gbr_head: User
    hidden_envoy: User
    document: Document
    section: Section


@pytest.fixture
def talk(session: Session) -> Talk:
    chair = factories.make_user(session, name="Chair Person")
    fra = factories.make_delegation(session, code="FRA")
    gbr = factories.make_delegation(session, code="GBR")
    hidden = factories.make_delegation(session, code="QQQ", announced=False)
    fra_head = factories.make_user(session, delegation=fra, head=True)
    fra_deputy = factories.make_user(session, delegation=fra)
    gbr_head = factories.make_user(session, delegation=gbr, head=True)
    envoy = factories.make_user(session, delegation=hidden, head=True)
    document = factories.make_document(
        session, author=chair, sections=0, parties=[fra, gbr, hidden]
    )
    section = factories.make_section(session, document, chair, "All parties agree.")
    return Talk(chair, fra_head, fra_deputy, gbr_head, envoy, document, section)


def _told(session: Session, kind: NotificationKind) -> list[int]:
    rows = session.exec(
        select(Notification.user_id)
        .where(Notification.kind == kind)
        .order_by(col(Notification.user_id))
    ).all()
    return list(rows)


def _comment(session: Session, author: User, section: Section, body: str) -> None:
    comments.create_comment(
        session,
        viewer_for(session, author),
        section,
        CommentCreate(body=body, version=section.head),
    )


def test_mentioning_a_delegation_tells_each_of_its_members(session: Session, talk: Talk) -> None:
    _comment(session, talk.gbr_head, talk.section, "@FRA could you live with this?")
    assert _told(session, NotificationKind.mention) == sorted(
        [talk.fra_head.id or 0, talk.fra_deputy.id or 0]
    )


def test_mentioning_a_person_by_address_tells_them_alone(session: Session, talk: Talk) -> None:
    local = talk.fra_deputy.email.split("@")[0]
    _comment(session, talk.chair, talk.section, f"Thanks @{local}, noted.")
    assert _told(session, NotificationKind.mention) == [talk.fra_deputy.id]


def test_an_unannounced_delegation_cannot_be_mentioned_by_outsiders(
    session: Session, talk: Talk
) -> None:
    _comment(session, talk.gbr_head, talk.section, "What does @QQQ think?")
    assert _told(session, NotificationKind.mention) == []


def test_an_internal_comment_mentions_nobody_outside_the_delegation(
    session: Session, talk: Talk
) -> None:
    comments.create_comment(
        session,
        viewer_for(session, talk.fra_head),
        talk.section,
        CommentCreate(body="@GBR will object; @FRA hold.", version=1, visibility="delegation"),
    )
    assert _told(session, NotificationKind.mention) == [talk.fra_deputy.id]


def test_an_amendment_on_an_approved_paragraph_tells_the_approving_delegation(
    session: Session, talk: Talk
) -> None:
    consensus.set_position(
        session,
        viewer_for(session, talk.fra_head),
        talk.section.id or 0,
        PositionSet(version=talk.section.head, decision=Decision.approve),
    )
    amendments.propose(
        session,
        viewer_for(session, talk.gbr_head),
        talk.section,
        AmendmentCreate(text="All parties broadly agree.", base_version=1, rationale="Nuance."),
    )
    assert _told(session, NotificationKind.amendment_on_approved) == sorted(
        [talk.fra_head.id or 0, talk.fra_deputy.id or 0]
    )
    row = session.exec(
        select(Notification).where(Notification.kind == NotificationKind.amendment_on_approved)
    ).first()
    assert row is not None
    composed = mail.compose(row, Chosen())
    assert composed.subject.startswith("An amendment to paragraph 1 your delegation approved")
    assert "All parties broadly agree." in composed.all_lines


def test_an_amendment_by_an_unannounced_delegation_tells_no_outsider(
    session: Session, talk: Talk
) -> None:
    consensus.set_position(
        session,
        viewer_for(session, talk.fra_head),
        talk.section.id or 0,
        PositionSet(version=talk.section.head, decision=Decision.approve),
    )
    amendments.propose(
        session,
        viewer_for(session, talk.hidden_envoy),
        talk.section,
        AmendmentCreate(text="All parties agree, QQQ too.", base_version=1, rationale="Us."),
    )
    assert _told(session, NotificationKind.amendment_on_approved) == []


def test_a_new_version_tells_the_delegation_its_approval_is_stale(
    session: Session, talk: Talk
) -> None:
    for head, decision in ((talk.fra_head, Decision.approve), (talk.gbr_head, Decision.object)):
        consensus.set_position(
            session,
            viewer_for(session, head),
            talk.section.id or 0,
            PositionSet(version=1, decision=decision, statement="Our view."),
        )
    drafting.save_version(
        session, viewer_for(session, talk.chair), talk.section.id or 0, "All parties agree now.", 1
    )
    told = _told(session, NotificationKind.approval_stale)
    assert told == sorted([talk.fra_head.id or 0, talk.fra_deputy.id or 0, talk.gbr_head.id or 0])
    row = session.exec(
        select(Notification).where(
            Notification.kind == NotificationKind.approval_stale,
            Notification.user_id == talk.fra_head.id,
        )
    ).one()
    lines = " ".join(mail.compose(row, Chosen()).lines)
    assert "(approve) was on version 1" in lines
    # A second new version tells nobody again: their position was already stale.
    drafting.save_version(
        session, viewer_for(session, talk.chair), talk.section.id or 0, "All agree.", 2
    )
    assert len(_told(session, NotificationKind.approval_stale)) == 3
