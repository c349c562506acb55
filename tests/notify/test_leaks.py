"""Leak scan of notifications: the access world (tests/access_world.py) built in a database
that commits, its mails sent to a real SMTP server and read as received, and every in-app list
read through the API. An unannounced delegation's marker reaches only those entitled to it;
an internal comment's reply only its delegation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import select

from concord.audit import service as audit
from concord.core.config import Settings
from concord.core.db import transaction
from concord.deliberation import comments
from concord.deliberation.schemas import CommentCreate
from concord.drafting import service as drafting
from concord.identity.access import viewer_for
from concord.main import create_app
from concord.notify import worker
from concord.notify.models import Notification
from tests.access_world import MARKER, NOT_ENTITLED, World
from tests.deliberation.world import deliberation_of
from tests.notify.smtp import Inbox
from tests.publication.world import build_with_publication

SIGNED_IN = tuple(role for role in NOT_ENTITLED if role != "anonymous")


@pytest.fixture
def world(committed: Engine) -> World:
    with transaction(committed) as session:
        built = build_with_publication(session)
        # A reply inside delegation A's internal thread: told to its head, and to nobody else.
        found = deliberation_of(built)
        section = drafting.get_section(session, built.section.id or 0)
        audit.act_as(session, built.people["delegate_a"].id)
        comments.create_comment(
            session,
            viewer_for(session, built.people["delegate_a"]),
            section,
            CommentCreate(body="Internal: agreed, hold firm.", parent_id=found.internal),
        )
        return built


@pytest.fixture
def app_client(committed: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(committed), raise_server_exceptions=False) as client:
        yield client


def test_no_mail_names_the_unannounced_delegation_to_anyone_not_entitled(
    committed: Engine, world: World, inbox: Inbox, mail_settings: Settings
) -> None:
    sent = worker.run_once(committed, mail_settings)
    assert sent == len(inbox.received) and sent >= 3
    told = {r for mail in inbox.received for r in mail.recipients}
    # The world's silenced statement: delegation A's people hear it was broken, by nobody named.
    head_a = world.people["head_a"].email
    assert head_a in told
    broken = [m for m in inbox.to(head_a) if m.subject.startswith("Silence broken")]
    assert broken and "through the secretariat" in broken[0].body()
    for role in SIGNED_IN:
        for mail in inbox.to(world.people[role].email):
            whole = mail.message.as_string()
            assert MARKER.lower() not in whole.lower(), (role, mail.subject)
    # The envoy themselves is told, in full.
    envoy = inbox.to(world.people["unannounced"].email)
    assert envoy


def test_no_in_app_notification_names_it_either(
    committed: Engine, world: World, app_client: TestClient
) -> None:
    with transaction(committed, write=False) as session:
        assert session.exec(select(Notification)).first() is not None
    seen_any = False
    for role in SIGNED_IN:
        response = app_client.get(
            "/api/v1/notifications", headers={"Authorization": f"Bearer {world.tokens[role]}"}
        )
        assert response.status_code == 200
        assert MARKER.lower() not in response.text.lower(), role
        seen_any = seen_any or bool(response.json()["items"])
    assert seen_any  # the scan read real notifications, not empty lists


def test_replies_to_internal_comments_reach_only_their_delegation(
    committed: Engine, world: World, inbox: Inbox, mail_settings: Settings
) -> None:
    with transaction(committed, write=False) as session:
        rows = session.exec(select(Notification).where(Notification.kind == "comment_reply")).all()
        internal = [r for r in rows if "hold firm" in r.payload]
        assert [r.user_id for r in internal] == [world.people["head_a"].id]
    # Replies wait for the digest by default; no mail sent now carries the reply either.
    worker.run_once(committed, mail_settings)
    for role in SIGNED_IN:
        if role in ("head_a", "delegate_a"):
            continue
        for mail in inbox.to(world.people[role].email):
            assert "hold firm" not in mail.message.as_string()
