"""Amendments: proposing, the options on the table (diffs, staleness, collisions), deciding."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, func, select

from concord.audit.models import AuditEvent
from concord.deliberation.models import Amendment, AmendmentStatus
from concord.drafting.models import Document, DocumentStatus, Section, Version
from concord.identity.models import DelegationKind, User
from tests import factories
from tests.access_world import MARKER, build
from tests.deliberation.support import TEXT, amendment_row, new_version, set_status
from tests.deliberation.world import deliberation_of

Client = Callable[[User], TestClient]


def url(section: Section) -> str:
    return f"/api/v1/sections/{section.id}/amendments"


def propose(client: TestClient, section: Section, text: str, base: int = 1, **extra: Any) -> Any:
    body = {"text": text, "base_version": base, "rationale": "Better."} | extra
    return client.post(url(section), json=body)


def decide(client: TestClient, amendment: str, action: str, reason: str | None = None) -> Any:
    body = {} if reason is None else {"reason": reason}
    return client.post(f"/api/v1/amendments/{amendment}/{action}", json=body)


def versions(session: Session, section: Section) -> list[str]:
    return list(
        session.exec(
            select(Version.text)
            .where(Version.section_id == section.id)
            .order_by(col(Version.number))
        ).all()
    )


def amendments(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(Amendment)).one())


SHOULD = TEXT.replace("shall", "should")
MUST = TEXT.replace("shall", "must")
OPEN = TEXT.replace("peaceful", "open")


def test_proposal_is_attributed_and_listed_with_its_diff(
    client_for: Client, colleague: User, api: TestClient, section: Section
) -> None:
    response = propose(client_for(colleague), section, SHOULD)
    assert response.status_code == 201, response.text
    proposal = response.json()
    assert proposal["delegation"]["id"] == colleague.delegation_id
    assert proposal["proposer"] == {"id": colleague.id, "name": colleague.name}
    assert proposal["status"] == "open"
    assert proposal["stale"] is False
    assert proposal["mergeable"] is True
    assert [op for op in proposal["diff"] if op[0] != 0] == [[-1, "shall"], [1, "should"]]
    assert [a["id"] for a in api.get(url(section)).json()] == [proposal["id"]]


def test_civil_society_proposal_is_attributed_to_its_delegation_or_none(
    client_for: Client, session: Session, document: Document, section: Section
) -> None:
    cso = factories.make_delegation(session, kind=DelegationKind.civil_society)
    member = factories.make_user(session, delegation=cso)
    loner = factories.make_user(session)
    for person in (member, loner):
        factories.make_section(session, document, person, "A drafter's paragraph.")
    assert propose(client_for(member), section, SHOULD).json()["delegation"]["id"] == cso.id
    assert propose(client_for(loner), section, MUST).json()["delegation"] is None


@pytest.mark.parametrize("rationale", [None, "", "   "])
def test_the_rationale_is_optional(
    api: TestClient, section: Section, rationale: str | None
) -> None:
    request: dict[str, Any] = {"text": SHOULD, "base_version": 1}
    if rationale is not None:
        request["rationale"] = rationale
    response = api.post(url(section), json=request)
    assert response.status_code == 201, response.text
    assert response.json()["rationale"] == ""


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"base_version": 5}, 422, "unknown_base_version"),
        ({"text": TEXT}, 422, "amendment_unchanged"),
        ({"text": "a\u202eb"}, 422, "invalid_text"),
        ({"rationale": "a\u202eb"}, 422, "invalid_text"),
        ({"base_version": 0}, 422, "validation_error"),
        ({"text": "x" * 200_001}, 413, "text_too_large"),
    ],
)
def test_bad_proposals_are_refused_and_change_nothing(
    api: TestClient,
    session: Session,
    section: Section,
    body: dict[str, Any],
    status: int,
    code: str,
) -> None:
    request = {"text": SHOULD, "base_version": 1, "rationale": "Better."} | body
    response = api.post(url(section), json=request)
    assert (response.status_code, response.json()["error"]["code"]) == (status, code)
    assert amendments(session) == 0


def test_observer_cannot_propose(
    client_for: Client, observer: User, session: Session, document: Document, section: Section
) -> None:
    set_status(session, document, DocumentStatus.circulated)
    response = propose(client_for(observer), section, SHOULD)
    assert (response.status_code, response.json()["error"]["code"]) == (403, "observer_read_only")
    assert client_for(observer).get(url(section)).status_code == 200
    assert amendments(session) == 0


def test_proposals_refused_once_adopted(
    api: TestClient, session: Session, document: Document, section: Section
) -> None:
    set_status(session, document, DocumentStatus.adopted)
    response = propose(api, section, SHOULD)
    assert (response.status_code, response.json()["error"]["code"]) == (409, "document_frozen")
    assert amendments(session) == 0


def test_accept_makes_a_new_version_by_the_accepter(
    api: TestClient, client_for: Client, colleague: User, session: Session, section: Section
) -> None:
    proposal = propose(client_for(colleague), section, SHOULD).json()["id"]
    response = decide(api, proposal, "accept", "Agreed in the room.")
    assert response.status_code == 200, response.text
    accepted = response.json()
    assert accepted["status"] == "accepted"
    assert accepted["result_version"] == 2
    assert accepted["reason"] == "Agreed in the room."
    assert accepted["decided_by"]["id"] is not None
    head = session.exec(
        select(Version).where(Version.section_id == section.id, Version.number == 2)
    ).one()
    assert head.text == SHOULD
    assert head.author_id == accepted["decided_by"]["id"] != colleague.id
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "amendment.accept")).one()
    assert event.object_id == str(amendment_row(session, proposal).id)
    assert json.loads(event.payload)["result_version"] == 2
    assert api.get(url(section)).json() == []
    closed = api.get(url(section), params={"status": "accepted"}).json()
    assert [a["id"] for a in closed] == [proposal]


def test_accept_on_a_moved_base_merges_three_way(
    api: TestClient, session: Session, section: Section, user: User
) -> None:
    proposal = propose(api, section, SHOULD, base=1).json()["id"]
    new_version(session, user, section, OPEN)
    listed = api.get(url(section)).json()[0]
    assert listed["stale"] is True and listed["mergeable"] is True
    response = decide(api, proposal, "accept")
    assert response.status_code == 200, response.text
    merged = TEXT.replace("shall", "should").replace("peaceful", "open")
    assert versions(session, section) == [TEXT, OPEN, merged]
    assert session.exec(select(Version).where(Version.text == merged)).one().merged is True


def test_accept_that_conflicts_is_refused_and_changes_nothing(
    api: TestClient, session: Session, section: Section, user: User
) -> None:
    proposal = propose(api, section, SHOULD, base=1).json()["id"]
    new_version(session, user, section, MUST)
    assert api.get(url(section)).json()[0]["mergeable"] is False
    events = changes_logged(session)
    response = decide(api, proposal, "accept")
    assert (response.status_code, response.json()["error"]["code"]) == (409, "edit_conflict")
    assert response.json()["error"]["details"]["proposed"] == SHOULD
    assert versions(session, section) == [TEXT, MUST]
    stored = amendment_row(session, proposal)
    session.refresh(stored)
    assert stored.status == AmendmentStatus.open and stored.decided_at is None
    assert changes_logged(session) == events


def changes_logged(session: Session) -> int:
    """Audit events other than the record of refused requests."""
    query = select(func.count()).select_from(AuditEvent)
    return int(session.exec(query.where(AuditEvent.action != "request.refused")).one())


def test_only_the_chair_or_secretariat_decides(
    client_for: Client,
    colleague: User,
    secretariat_api: TestClient,
    api: TestClient,
    session: Session,
    section: Section,
) -> None:
    first = propose(api, section, SHOULD).json()["id"]
    denied = decide(client_for(colleague), first, "accept")
    assert (denied.status_code, denied.json()["error"]["code"]) == (403, "not_the_chair")
    assert decide(client_for(colleague), first, "reject", "No.").status_code == 403
    assert versions(session, section) == [TEXT]
    assert decide(secretariat_api, first, "reject", "No consensus.").status_code == 200


def test_accept_only_while_drafting(
    api: TestClient, session: Session, document: Document, section: Section
) -> None:
    proposal = propose(api, section, SHOULD).json()["id"]
    set_status(session, document, DocumentStatus.circulated)
    response = decide(api, proposal, "accept")
    assert (response.status_code, response.json()["error"]["code"]) == (409, "document_frozen")
    assert versions(session, section) == [TEXT]
    assert decide(api, proposal, "reject", "Too late for this text.").status_code == 200


def test_a_decided_amendment_is_closed(api: TestClient, section: Section) -> None:
    proposal = propose(api, section, SHOULD).json()["id"]
    assert decide(api, proposal, "reject", "No consensus.").status_code == 200
    for action in ("accept", "reject", "withdraw"):
        response = decide(api, proposal, action, "Again.")
        assert (response.status_code, response.json()["error"]["code"]) == (
            409,
            "amendment_closed",
        )


def test_reject_needs_a_reason(api: TestClient, session: Session, section: Section) -> None:
    proposal = propose(api, section, SHOULD).json()["id"]
    for reason in (None, "", "  "):
        response = decide(api, proposal, "reject", reason)
        assert (response.status_code, response.json()["error"]["code"]) == (
            422,
            "reason_required",
        )
    assert amendment_row(session, proposal).status == AmendmentStatus.open
    assert api.get(url(section)).json()[0]["status"] == "open"
    rejected = decide(api, proposal, "reject", "Goes too far.").json()
    assert (rejected["status"], rejected["reason"]) == ("rejected", "Goes too far.")


def test_only_the_proposer_withdraws(
    api: TestClient, client_for: Client, colleague: User, section: Section
) -> None:
    proposal = propose(client_for(colleague), section, SHOULD).json()["id"]
    denied = decide(api, proposal, "withdraw")
    assert (denied.status_code, denied.json()["error"]["code"]) == (403, "not_the_proposer")
    withdrawn = decide(client_for(colleague), proposal, "withdraw", "Overtaken.").json()
    assert (withdrawn["status"], withdrawn["reason"]) == ("withdrawn", "Overtaken.")


def test_overlapping_options_are_flagged_as_collisions(
    api: TestClient, client_for: Client, colleague: User, section: Section
) -> None:
    should = propose(api, section, SHOULD).json()["id"]
    must = propose(client_for(colleague), section, MUST).json()["id"]
    elsewhere = propose(api, section, OPEN).json()["id"]
    listed = {a["id"]: a["collisions"] for a in api.get(url(section)).json()}
    assert listed == {should: [must], must: [should], elsewhere: []}


def test_stale_option_is_compared_by_its_own_changes_not_by_what_moved_since(
    api: TestClient, session: Session, section: Section, user: User
) -> None:
    """An option on version 1 does not revert what version 2 changed: it collides only with
    options touching its own words."""
    peaceful = propose(api, section, OPEN, base=1).json()["id"]
    new_version(session, user, section, SHOULD)
    must = propose(api, section, MUST, base=2).json()["id"]
    listed = {a["id"]: a for a in api.get(url(section)).json()}
    assert listed[peaceful]["stale"] is True
    assert listed[must]["stale"] is False
    assert listed[peaceful]["collisions"] == [] and listed[must]["collisions"] == []
    # The raw diff still shows the option's text against the current one.
    assert [1, "shall"] in listed[peaceful]["diff"]


def test_pure_insertions_at_one_place_collide(api: TestClient, section: Section) -> None:
    a = propose(api, section, TEXT.replace("States shall", "States, together, shall")).json()
    b = propose(api, section, TEXT.replace("States shall", "States, alone, shall")).json()
    listed = {x["id"]: x["collisions"] for x in api.get(url(section)).json()}
    assert listed == {a["id"]: [b["id"]], b["id"]: [a["id"]]}


def test_status_filter(api: TestClient, section: Section) -> None:
    kept = propose(api, section, SHOULD).json()["id"]
    gone = propose(api, section, MUST).json()["id"]
    decide(api, gone, "withdraw")
    assert [a["id"] for a in api.get(url(section)).json()] == [kept]
    assert [a["id"] for a in api.get(url(section), params={"status": "withdrawn"}).json()] == [gone]
    assert len(api.get(url(section), params={"status": "all"}).json()) == 2
    assert api.get(url(section), params={"status": "bogus"}).status_code == 422


def silence_breaks(session: Session, document: Document) -> list[dict[str, Any]]:
    query = select(AuditEvent).where(
        AuditEvent.action == "silence.break", AuditEvent.object_id == str(document.id)
    )
    return [json.loads(e.payload) for e in session.exec(query.order_by(col(AuditEvent.seq)))]


def test_proposal_in_silence_breaks_it_naming_the_amendment(
    api: TestClient, user: User, session: Session, document: Document, section: Section
) -> None:
    """Only a proposal made during silence breaks it, for the proposer's delegation, with the
    amendment as the reason (consensus's lifecycle does the breaking)."""
    set_status(session, document, DocumentStatus.circulated)
    assert propose(api, section, MUST).status_code == 201
    assert silence_breaks(session, document) == []
    set_status(session, document, DocumentStatus.silence)
    proposal = propose(api, section, SHOULD).json()["id"]
    assert silence_breaks(session, document) == [
        {
            "procedure_id": None,
            "delegation_id": user.delegation_id,
            "reason_chars": len(f"amendment {proposal}"),
        }
    ]


def test_proposal_by_a_party_in_silence_returns_the_document_to_circulated(
    api: TestClient, session: Session, document: Document, section: Section
) -> None:
    set_status(session, document, DocumentStatus.silence)
    response = propose(api, section, SHOULD)
    assert response.status_code == 201, response.text
    session.refresh(document)
    assert document.status == DocumentStatus.circulated


def test_unannounced_delegations_amendments_are_absent_for_others(
    app: FastAPI, session: Session
) -> None:
    world = build(session)
    found = deliberation_of(world)
    path = url(world.section)
    for role in ("chair", "member", "head_a", "delegate_a"):
        response = world.client(app, role).get(path, params={"status": "all"})
        ids = {a["id"] for a in response.json()}
        assert found.amendment in ids and found.hidden_amendment not in ids
        assert MARKER not in response.text
        refused = world.client(app, role).post(
            f"/api/v1/amendments/{found.hidden_amendment}/reject", json={"reason": "x"}
        )
        assert refused.status_code == 404 and MARKER not in refused.text
    for role in ("secretariat", "unannounced"):
        ids = {a["id"] for a in world.client(app, role).get(path).json()}
        assert found.hidden_amendment in ids


def test_collisions_never_name_an_amendment_the_viewer_cannot_see(
    app: FastAPI, session: Session
) -> None:
    world = build(session)
    found = deliberation_of(world)
    path = url(world.section)
    insider = {a["id"]: a for a in world.client(app, "secretariat").get(path).json()}
    assert found.hidden_amendment in insider[found.amendment]["collisions"]
    outsider = {a["id"]: a for a in world.client(app, "chair").get(path).json()}
    assert outsider[found.amendment]["collisions"] == []


def test_stale_amendment_in_the_world_is_flagged(app: FastAPI, session: Session) -> None:
    world = build(session)
    found = deliberation_of(world)
    listed = world.client(app, "chair").get(url(world.other_section)).json()
    assert [(a["id"], a["stale"], a["mergeable"]) for a in listed] == [
        (found.stale_amendment, True, True)
    ]
