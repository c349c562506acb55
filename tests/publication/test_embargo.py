"""Publication at the embargo time: nothing public a second early (an injected clock), everything
at once at the time, the unconfirmed delegation never named, and exactly once with two app
processes on one database (real servers, their own publishers, nobody looking)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import httpx2 as httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func
from sqlmodel import Session, select

from concord.audit.models import AuditEvent
from concord.commitments import service as commitments
from concord.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from concord.commitments.schemas import CommitmentCreate, CommitmentUpdate, ProjectCreate, ShareIn
from concord.consensus import approvals, lifecycle
from concord.consensus.models import Decision
from concord.consensus.schemas import PositionSet
from concord.core.clock import now, set_clock
from concord.core.db import make_engine, transaction
from concord.drafting import service as drafting
from concord.drafting.models import DocumentKind, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity import service as identity
from concord.identity.access import viewer_for
from concord.identity.models import Delegation, DelegationKind
from concord.publication import public, service
from concord.publication.models import Publication, PublicationStatus
from tests.access_world import MARKER, World
from tests.db import fresh_database_url
from tests.live_server import migrate, seed_person, serve
from tests.publication.world import build_with_publication, publication_of

API = "/api/v1"


@pytest.fixture
def world(session: Session) -> World:
    public.forget()
    return build_with_publication(session)


@pytest.fixture
def clock() -> Iterator[list[datetime]]:
    """The app's clock, moved by the test: `clock[0] = moment`."""
    moment = [now()]
    set_clock(lambda: moment[0])
    try:
        yield moment
    finally:
        set_clock(None)


def test_nothing_is_public_a_second_early_and_all_of_it_at_the_time(
    app: FastAPI, session: Session, world: World, clock: list[datetime]
) -> None:
    found = publication_of(world)
    anonymous = world.client(app, "anonymous")
    envoy = world.client(app, "unannounced")
    path = f"{API}/documents/{found.scheduled.id}/publication"
    assert envoy.post(f"{path}/confirm", json={}).status_code == 200
    publication = service.for_document(session, found.scheduled)
    assert publication is not None
    embargo = publication.embargo_at

    clock[0] = embargo - timedelta(seconds=1)
    assert service.due(session) == []
    assert service.publish_if_due(session, publication.id or 0) is None
    assert anonymous.get(f"/published/{found.scheduled_id}").status_code == 404
    listed = [e["id"] for e in anonymous.get(f"{API}/published").json()]
    assert found.scheduled_id not in listed
    assert not session.get(Delegation, world.unannounced.id).announced  # type: ignore[union-attr]

    clock[0] = embargo
    assert service.due(session) == [publication.id]
    assert service.publish_if_due(session, publication.id or 0) is not None
    assert service.publish_if_due(session, publication.id or 0) is None  # once
    page = anonymous.get(f"/published/{found.scheduled_id}")
    assert page.status_code == 200
    # U agreed: named among the participants, and its earlier reservation is now shown.
    assert f"Kingdom of {MARKER}" in page.text
    assert f"{MARKER} joins with a reservation." in page.text
    listed = [e["id"] for e in anonymous.get(f"{API}/published").json()]
    assert listed[0] == found.scheduled_id
    # Announced for everyone now, not only on the public page.
    names = [d["code"] for d in world.client(app, "delegate_b").get(f"{API}/delegations").json()]
    assert MARKER in names
    events = session.exec(
        select(AuditEvent).where(AuditEvent.action == "publication.publish")
    ).all()
    assert [e.object_id for e in events].count(str(found.scheduled.id)) == 1


def test_an_embargo_told_with_an_offset_is_that_instant(
    app: FastAPI, session: Session, world: World, clock: list[datetime]
) -> None:
    """`09:00+01:00` is 08:00 UTC on both databases: stored as UTC (SQLite keeps no offset, so a
    local wall time stored as such would publish an hour early), compared with UTC now."""
    found = publication_of(world)
    day = (now() + timedelta(days=5)).date()
    told = f"{day.isoformat()}T09:00:00+01:00"
    instant = datetime(day.year, day.month, day.day, 8, tzinfo=UTC)
    path = f"{API}/documents/{found.scheduled.id}/publication"
    body = {
        "embargo_at": told,
        "time_zone": "Europe/Paris",
        "delegation_ids": [world.delegation_a.id],
    }
    answer = world.client(app, "secretariat").put(path, json=body)
    assert answer.status_code == 200, answer.text
    assert datetime.fromisoformat(answer.json()["embargo_at"]) == instant
    assert answer.json()["embargo_local"].endswith(", 09:00 (Europe/Paris, UTC+01:00)")
    session.expire_all()
    publication = service.for_document(session, found.scheduled)
    assert publication is not None
    assert publication.embargo_at == instant
    assert publication.embargo_at.utcoffset() == timedelta(0)
    raw = (
        session.connection()
        .exec_driver_sql(f"SELECT embargo_at FROM publication WHERE id = {publication.id}")
        .scalar_one()
    )
    if isinstance(raw, str):  # SQLite: the UTC wall time, no offset
        assert raw.startswith(f"{day.isoformat()} 08:00:00"), raw
    else:  # PostgreSQL: timestamptz
        assert raw == instant

    anonymous = world.client(app, "anonymous")
    for moment in (instant - timedelta(hours=1), instant - timedelta(seconds=1)):
        clock[0] = moment  # 08:00 local (UTC+1) and 08:59:59: before the embargo
        assert service.due(session) == []
        assert service.publish_if_due(session, publication.id or 0) is None
        assert anonymous.get(f"/published/{found.scheduled_id}").status_code == 404
    clock[0] = instant
    assert service.due(session) == [publication.id]
    assert service.publish_if_due(session, publication.id or 0) is not None
    assert anonymous.get(f"/published/{found.scheduled_id}").status_code == 200


def test_a_delegation_that_never_confirmed_stays_hidden(app: FastAPI, world: World) -> None:
    found = publication_of(world)
    page = world.client(app, "anonymous").get(f"/published/{found.published_id}").text
    assert "Delegation A" in page
    assert MARKER not in page
    listed = world.client(app, "delegate_b").get(f"{API}/delegations").json()
    assert MARKER not in [d["code"] for d in listed]


# --- two processes ------------------------------------------------------------------------------


def _seed(database_url: str) -> dict[str, object]:
    """An officer; party P (announced) and U (unannounced), each with a head; a one-paragraph
    communiqué both approved, adopted; a confirmed joint pledge of P and U to its project."""
    engine = make_engine(database_url)
    try:
        with transaction(engine) as session:
            officer, officer_token = seed_person(session)
            heads = {}
            users = {}
            delegations = {}
            for code, announced in (("PPP", True), ("UUU", False)):
                delegation = identity.create_delegation(
                    session,
                    code=code,
                    name=f"Party {code}",
                    kind=DelegationKind.government,
                    announced=announced,
                )
                head = identity.create_user(
                    session,
                    email=f"head@{code.lower()}.example",
                    name=f"Head {code}",
                    delegation=delegation,
                    is_head=True,
                )
                heads[code] = identity.create_token(session, head, "t")[1]
                users[code] = head
                delegations[code] = delegation
            document = drafting.create_document(
                session,
                officer,
                DocumentCreate(
                    title="Summit communiqué",
                    kind=DocumentKind.communique,
                    parties=[d.id or 0 for d in delegations.values()],
                ),
            )
            section, _ = drafting.create_section(
                session,
                officer,
                document,
                SectionCreate(text="We agree.", kind=SectionKind.paragraph),
                append=True,
            )
            for code in delegations:
                approvals.set_position(
                    session,
                    viewer_for(session, users[code]),
                    section.id or 0,
                    PositionSet(version=1, decision=Decision.approve),
                )
            lifecycle.adopt(session, officer, document)
            project = commitments.create_project(
                session,
                ProjectCreate(
                    title="Bridges",
                    partner_delegation_ids=[d.id or 0 for d in delegations.values()],
                    document_id=document.id,
                ),
            )
            pledge = commitments.create_commitment(
                session,
                officer,
                CommitmentCreate(
                    project_id=project.public_id,
                    pledgers=[
                        ShareIn(delegation_id=d.id or 0, amount=Decimal("1000.00"))
                        for d in delegations.values()
                    ],
                    currency="EUR",
                    kind=CommitmentKind.grant,
                    period_start=2027,
                    period_end=2027,
                    publish_name=True,
                ),
            )
            commitments.update_commitment(
                session, pledge, CommitmentUpdate(status=CommitmentStatus.confirmed)
            )
            return {
                "document": document.id,
                "officer": officer_token,
                "u_head": heads["UUU"],
                "delegations": [d.id for d in delegations.values()],
                "u": delegations["UUU"].id,
            }
    finally:
        engine.dispose()


def _counts(database_url: str, u: int) -> dict[str, object]:
    engine = make_engine(database_url)
    try:
        with transaction(engine, write=False) as session:

            def events(action: str) -> int:
                query = select(func.count()).select_from(AuditEvent)
                return int(session.exec(query.where(AuditEvent.action == action)).one())

            publication = session.exec(select(Publication)).one()
            return {
                "published": publication.status == PublicationStatus.published,
                "publish_events": events("publication.publish"),
                "announce_events": events("delegation.update"),
                "u_announced": session.get(Delegation, u).announced,  # type: ignore[union-attr]
                "pledges": [str(c.status) for c in session.exec(select(Commitment))],
            }
    finally:
        engine.dispose()


@pytest.mark.db
def test_two_processes_publish_at_the_embargo_time_exactly_once(tmp_path: Path) -> None:
    env = {"CONCORD_PUBLICATION_POLL_SECONDS": "0.2"}
    with fresh_database_url(tmp_path) as database_url:
        migrate(database_url)
        seeded = _seed(database_url)
        with (
            serve(database_url, env=env) as first,
            serve(database_url, env=env) as second,
        ):
            officer = {"Authorization": f"Bearer {seeded['officer']}"}
            path = f"{first}{API}/documents/{seeded['document']}/publication"

            def schedule(embargo: datetime) -> httpx.Response:
                body = {
                    "embargo_at": embargo.isoformat(),
                    "time_zone": "Asia/Amman",
                    "delegation_ids": seeded["delegations"],
                }
                return httpx.put(path, json=body, headers=officer)

            # Scheduled an hour ahead and confirmed at leisure (a slow machine must not let the
            # embargo pass before the confirmation), then brought forward: the consent stays.
            scheduled = schedule(datetime.now(UTC) + timedelta(hours=1))
            assert scheduled.status_code == 200, scheduled.text
            public_id = scheduled.json()["id"]
            confirmed = httpx.post(
                f"{second}{API}/documents/{seeded['document']}/publication/confirm",
                json={},
                headers={"Authorization": f"Bearer {seeded['u_head']}"},
            )
            assert confirmed.status_code == 200, confirmed.text
            assert httpx.get(f"{first}/published/{public_id}").status_code == 404
            embargo = datetime.now(UTC) + timedelta(seconds=2)
            assert schedule(embargo).status_code == 200
            # Nobody looks: the publishers alone must publish it.
            give_up = time.monotonic() + 30
            while not _counts(database_url, seeded["u"])["published"]:  # type: ignore[arg-type]
                assert time.monotonic() < give_up, "not published"
                time.sleep(0.2)
            assert datetime.now(UTC) >= embargo
            time.sleep(1.5)  # several more polls by both processes
            for url in (first, second):
                page = httpx.get(f"{url}/published/{public_id}")
                assert page.status_code == 200
                assert "Party UUU" in page.text
                assert "EUR 2,000.00" in page.text
        found = _counts(database_url, seeded["u"])  # type: ignore[arg-type]
        assert found["publish_events"] == 1
        assert found["announce_events"] == 1
        assert found["u_announced"] is True
        assert found["pledges"] == ["announced"]
