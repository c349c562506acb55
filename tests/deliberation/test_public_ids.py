"""Public ids of comments and amendments reveal no count (issue 10).

The API names comments `cmt_…` and amendments `amd_…` with 22 random URL-safe characters:
not numbers, not in order, and an id one may not see answers exactly as an id nobody has."""

from __future__ import annotations

import re
import secrets

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from concord.core import public_ids
from concord.core.public_ids import Kind
from concord.deliberation.models import Amendment, Comment
from concord.drafting.models import Section
from tests.access_world import NOT_ENTITLED, World, build
from tests.deliberation.world import deliberation_of
from tests.factories import error_of

COMMENT = re.compile(r"^cmt_[A-Za-z0-9_-]{22}$")
AMENDMENT = re.compile(r"^amd_[A-Za-z0-9_-]{22}$")


def comments_url(section: Section) -> str:
    return f"/api/v1/sections/{section.id}/comments"


def comment_on(api: TestClient, section: Section, body: str) -> dict[str, object]:
    response = api.post(comments_url(section), json={"body": body, "version": 1})
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_comment_ids_are_opaque_and_not_sequential(
    api: TestClient, session: Session, section: Section
) -> None:
    made = [comment_on(api, section, f"Remark {n}.") for n in range(12)]
    ids = [str(c["id"]) for c in made]
    assert all(COMMENT.match(i) for i in ids), ids
    assert len(set(ids)) == len(ids)
    # Random, so not in the order they were written (one chance in 12! to be sorted).
    assert ids != sorted(ids)
    rows = session.exec(select(Comment.id, Comment.public_id)).all()
    internal = {str(row_id) for row_id, _ in rows}
    for public in ids:
        assert not any(public.endswith(f"_{n}") or public[4:] == n for n in internal)
    listed = api.get(comments_url(section)).json()
    assert [c["id"] for c in listed] == ids  # oldest first, named by public id


def test_replies_name_their_thread_by_public_id(api: TestClient, section: Section) -> None:
    root = comment_on(api, section, "Root.")
    reply = api.post(comments_url(section), json={"body": "Reply.", "parent_id": root["id"]})
    assert reply.status_code == 201, reply.text
    assert reply.json()["parent_id"] == root["id"]
    refused = api.post(f"/api/v1/comments/{reply.json()['id']}/resolve", json={})
    assert refused.json()["error"]["code"] == "reply_not_resolvable"
    assert refused.json()["error"]["details"] == {"thread": root["id"]}


def test_amendment_ids_and_collisions_are_public_ids(api: TestClient, section: Section) -> None:
    url = f"/api/v1/sections/{section.id}/amendments"
    texts = [
        "States should promote peaceful dialogue between communities. Civil society leads the way.",
        "States must promote peaceful dialogue between communities. Civil society leads the way.",
    ]
    made = [
        api.post(url, json={"text": t, "base_version": 1, "rationale": "Better."}).json()
        for t in texts
    ]
    first, second = (m["id"] for m in made)
    assert AMENDMENT.match(first) and AMENDMENT.match(second) and first != second
    listed = {a["id"]: a for a in api.get(url).json()}
    assert listed[first]["collisions"] == [second]
    assert listed[second]["collisions"] == [first]


@pytest.mark.parametrize(
    "bad",
    [
        "4",
        "13",
        "-1",
        "cmt_",
        "cmt_" + "A" * 21,
        "cmt_" + "A" * 23,
        "cmt_" + "A" * 21 + "!",
        "cmt_" + "A" * 21 + "%C3%A9",
        "CMT_" + "A" * 22,
        "amd_" + "A" * 22,  # an amendment's id where a comment's belongs
        "x" * 5000,
    ],
)
def test_malformed_comment_ids_are_refused_with_a_code(
    api: TestClient, section: Section, bad: str
) -> None:
    comment_on(api, section, "Something to find.")
    for method, path in (("PATCH", ""), ("POST", "/resolve")):
        response = api.request(method, f"/api/v1/comments/{bad}{path}", json={"body": "x"})
        assert response.status_code == 422, (bad, response.text)
        error = response.json()["error"]
        assert error["code"] == "malformed_id"
        assert error["details"]["field"] == "comment_id"


@pytest.mark.parametrize("bad", ["1", "amd_" + "A" * 21, "cmt_" + "A" * 22, "amd_" + "+" * 22])
def test_malformed_amendment_ids_are_refused_with_a_code(api: TestClient, bad: str) -> None:
    for action in ("accept", "reject", "withdraw"):
        response = api.post(f"/api/v1/amendments/{bad}/{action}", json={"reason": "x"})
        assert response.status_code == 422, (bad, response.text)
        assert response.json()["error"]["code"] == "malformed_id"
        assert response.json()["error"]["details"]["field"] == "amendment_id"


def test_the_parser_checks_prefix_alphabet_and_length() -> None:
    fresh = public_ids.new(Kind.comment)
    assert public_ids.parse(Kind.comment, fresh, field="x") == fresh
    assert public_ids.is_valid(Kind.amendment, public_ids.new(Kind.amendment))
    for bad in (fresh[:-1], fresh + "A", "amd" + fresh[3:], fresh[:-1] + "=", fresh[:-1] + "/"):
        assert not public_ids.is_valid(Kind.comment, bad)
        with pytest.raises(public_ids.MalformedId):
            public_ids.parse(Kind.comment, bad, field="x")


def _missing(kind: Kind) -> str:
    return f"{kind.value}_{secrets.token_urlsafe(16)}"


@pytest.fixture
def world(session: Session) -> World:
    return build(session)


def _probes(world: World) -> list[tuple[str, str, dict[str, str]]]:
    """Writes naming one id, with the ids a probe would try in their place."""
    return [
        ("PATCH", "/api/v1/comments/{}", {"body": "x"}),
        ("POST", "/api/v1/comments/{}/resolve", {}),
    ]


@pytest.mark.parametrize("role", ["delegate_b", "chair", "member", "observer"])
def test_another_delegations_internal_comment_answers_like_a_missing_one(
    role: str, app: FastAPI, world: World
) -> None:
    """Delegation A's internal comment, probed by anyone outside delegation A: the same 404 as
    an id nobody has, so probing ids tells nothing of what exists."""
    found = deliberation_of(world)
    client = world.client(app, role)
    for method, template, body in _probes(world):
        hidden = client.request(method, template.format(found.internal), json=body)
        missing = client.request(method, template.format(_missing(Kind.comment)), json=body)
        assert hidden.status_code == missing.status_code == 404, hidden.text
        assert error_of(hidden) == error_of(missing)
        assert hidden.json().keys() == missing.json().keys() == {"error"}
        assert hidden.json()["error"]["code"] == "comment_not_found"


@pytest.mark.parametrize("role", NOT_ENTITLED)
def test_hidden_delegations_comments_and_amendments_answer_like_missing_ones(
    role: str, app: FastAPI, session: Session, world: World
) -> None:
    found = deliberation_of(world)
    client = world.client(app, role)
    for hidden_id in (found.hidden, found.hidden_internal, found.hidden_reply):
        for method, template, body in _probes(world):
            hidden = client.request(method, template.format(hidden_id), json=body)
            missing = client.request(method, template.format(_missing(Kind.comment)), json=body)
            assert hidden.status_code == missing.status_code
            assert error_of(hidden) == error_of(missing)
    for action in ("accept", "reject", "withdraw"):
        template = f"/api/v1/amendments/{{}}/{action}"
        hidden = client.post(template.format(found.hidden_amendment), json={"reason": "x"})
        missing = client.post(template.format(_missing(Kind.amendment)), json={"reason": "x"})
        assert (hidden.status_code, error_of(hidden)) == (missing.status_code, error_of(missing))
        assert hidden.status_code in (401, 404)
    # Replying to a hidden thread: the same refusal as replying to no comment at all.
    section = f"/api/v1/sections/{world.section.id}/comments"
    hidden = client.post(section, json={"body": "Hello?", "parent_id": found.hidden})
    missing = client.post(section, json={"body": "Hello?", "parent_id": _missing(Kind.comment)})
    assert (hidden.status_code, error_of(hidden)) == (missing.status_code, error_of(missing))
    stored = session.exec(select(Amendment).where(Amendment.public_id == found.hidden_amendment))
    assert stored.one().status == "open"


def test_every_public_id_in_the_database_has_its_shape(session: Session, world: World) -> None:
    comments = session.exec(select(Comment.public_id)).all()
    amendments = session.exec(select(Amendment.public_id)).all()
    assert comments and amendments
    assert all(COMMENT.match(c) for c in comments)
    assert all(AMENDMENT.match(a) for a in amendments)
    assert len(set(comments)) == len(comments)
