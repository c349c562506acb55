"""Notifications of a publication, read as received by a real SMTP server: its schedule to the
text's readers (each told only of the participants they may know of; the unannounced head asked
to confirm), a named delegation's consent to whoever scheduled and its own people only, and the
publication, with the public page's address, to the readers once it happened."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from concord.audit import service as audit
from concord.core.clock import now
from concord.core.config import Settings
from concord.core.db import transaction
from concord.identity.access import viewer_for
from concord.identity.models import User
from concord.notify import worker
from concord.notify.models import Notification
from concord.publication import service
from concord.publication.models import Publication
from tests.access_world import MARKER, NOT_ENTITLED, World
from tests.notify.smtp import Inbox
from tests.publication.world import build_with_publication, publication_of

SIGNED_IN = tuple(role for role in NOT_ENTITLED if role != "anonymous")
U_NAME = f"Kingdom of {MARKER}"


@pytest.fixture
def world(committed: Engine) -> World:
    with transaction(committed) as session:
        return build_with_publication(session)


def _subjects(inbox: Inbox, email: str) -> list[str]:
    return [m.subject for m in inbox.to(email)]


def _assert_no_marker(inbox: Inbox, world: World) -> None:
    for role in SIGNED_IN:
        for mail in inbox.to(world.people[role].email):
            assert MARKER.lower() not in mail.message.as_string().lower(), (role, mail.subject)


def test_schedule_consent_and_publication_are_told_to_whom_they_may_be(
    committed: Engine, world: World, inbox: Inbox, mail_settings: Settings
) -> None:
    found = publication_of(world)
    people = world.people
    worker.run_once(committed, mail_settings)

    # The schedules and the first publication (U named but never agreed: never told of).
    head_a = inbox.to(people["head_a"].email)
    subjects = [m.subject for m in head_a]
    assert "Publication scheduled: Leaders' communiqué" in subjects
    assert "Publication scheduled: Ministers' declaration" in subjects
    published = [m for m in head_a if m.subject == "Published: Leaders' communiqué"]
    assert len(published) == 1
    body = published[0].body()
    assert f"/published/{found.published_id}" in body
    assert "Participants: Delegation A." in body
    scheduled = next(
        m for m in head_a if m.subject == "Publication scheduled: Ministers' declaration"
    )
    assert "Participants to be named: Delegation A." in scheduled.body()
    assert "confirm" not in scheduled.body()
    # Delegation B reads neither text: told of neither.
    assert not [s for s in _subjects(inbox, people["delegate_b"].email) if "Publi" in s]
    _assert_no_marker(inbox, world)

    # U's head is asked, and told of its own delegation among the participants.
    envoy = inbox.to(people["unannounced"].email)
    asked = next(m for m in envoy if m.subject == "Publication scheduled: Ministers' declaration")
    assert U_NAME in asked.body()
    assert "only once you, its head, confirm its announcement" in asked.body()

    # U's head agrees: the secretariat (who scheduled) hears of it, nobody not entitled does.
    inbox.clear()
    with transaction(committed) as session:
        audit.act_as(session, people["unannounced"].id)
        document = session.get(type(found.scheduled), found.scheduled.id)
        assert document is not None
        service.confirm(session, viewer_for(session, people["unannounced"]), document)
    worker.run_once(committed, mail_settings)
    agreed = f"{U_NAME} agrees to be named: Ministers' declaration"
    assert agreed in _subjects(inbox, people["secretariat"].email)
    with transaction(committed, write=False) as session:
        own = {
            u.id
            for u in session.exec(select(User).where(User.delegation_id == world.unannounced.id))
        }
        told = set(
            session.exec(
                select(Notification.user_id).where(Notification.kind == "announcement_confirmed")
            ).all()
        )
    # The secretariat and U's other people (its drafter), nobody else, the head not itself.
    assert people["secretariat"].id in told and len(told) >= 2
    assert told <= own | {people["secretariat"].id}
    assert people["unannounced"].id not in told
    mailed = {r for m in inbox.received for r in m.recipients}
    assert people["secretariat"].email in mailed
    assert all(r == people["secretariat"].email or r.endswith("@zqxmarker.example") for r in mailed)
    _assert_no_marker(inbox, world)

    # The embargo time: published, U named and announced; now everyone reading it is told so.
    inbox.clear()
    with transaction(committed) as session:
        publication = session.exec(
            select(Publication).where(Publication.document_id == found.scheduled.id)
        ).one()
        publication.embargo_at = now() - timedelta(seconds=1)
        session.add(publication)
        session.flush()
        assert service.publish_if_due(session, publication.id or 0) is not None
    worker.run_once(committed, mail_settings)
    out = [m for m in inbox.to(people["head_a"].email) if m.subject.startswith("Published")]
    assert [m.subject for m in out] == ["Published: Ministers' declaration"]
    assert f"Participants: Delegation A and {U_NAME}." in out[0].body()
    assert f"/published/{found.scheduled_id}" in out[0].body()
