"""The document page's tracked changes: what changed since a revision or since my delegation's
last approval, and the open amendments over the current text; rendered text, never Markdown,
and never a word of a delegation the viewer may not know of."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlmodel import Session

from concord.drafting import service as drafting
from concord.identity.access import viewer_for
from tests import factories
from tests.access_world import MARKER, NOT_ENTITLED, World, build
from tests.deliberation.world import deliberation_of

pytestmark = pytest.mark.db


@pytest.fixture
def world(session: Session) -> World:
    return build(session)


def changes_url(world: World) -> str:
    return f"/api/v1/documents/{world.document.id}/changes"


def suggestions_url(world: World) -> str:
    return f"/api/v1/documents/{world.document.id}/suggestions"


def test_changes_since_a_revision_are_tracked_over_rendered_text(
    app: FastAPI, world: World
) -> None:
    body = world.client(app, "chair").get(changes_url(world), params={"since": "Rev.1"}).json()
    assert body["since"] == "Rev.1"
    assert body["count"] == 2
    first, second = body["sections"]
    assert first["section_id"] == world.section.id
    assert (first["status"], first["from_version"], first["to_version"]) == ("changed", 1, 2)
    assert "<ins" in first["html"] and ">warmly" in first["html"]
    assert first["html"].startswith("<p>")
    assert "<ins" in second["html"] and "us" in second["html"]


def test_changes_since_the_current_text_are_none(
    app: FastAPI, session: Session, world: World
) -> None:
    chair = viewer_for(session, world.people["chair"])
    from concord.drafting import revisions

    revisions.create_revision(session, chair, world.document)
    body = world.client(app, "chair").get(changes_url(world), params={"since": "Rev.2"}).json()
    assert (body["count"], body["sections"]) == (0, [])


def test_markdown_is_rendered_not_shown(app: FastAPI, session: Session, world: World) -> None:
    chair = viewer_for(session, world.people["chair"])
    assert world.section.id is not None
    drafting.save_version(
        session,
        chair,
        world.section.id,
        "We **warmly** [welcome] the [consortium](https://x.org).",
        2,
    )
    html = (
        world.client(app, "chair")
        .get(changes_url(world), params={"since": "Rev.1"})
        .json()["sections"][0]["html"]
    )
    assert "**" not in html and "](" not in html
    assert "<strong>" in html and 'href="https://x.org"' in html


def test_changes_since_my_last_approval(app: FastAPI, session: Session, world: World) -> None:
    # Head A approved the first section's version 2 (tests/consensus/world.py); it moves on.
    chair = viewer_for(session, world.people["chair"])
    assert world.section.id is not None
    drafting.save_version(
        session, chair, world.section.id, "We warmly [welcome] the whole consortium.", 2
    )
    body = world.client(app, "delegate_a").get(changes_url(world), params={"since": "approval"})
    assert body.status_code == 200, body.text
    found = body.json()
    # and the other section moved on from A's ad referendum on its version 1.
    assert found["since"] == "approval" and found["count"] == 2
    moved = {(s["section_id"], s["from_version"], s["to_version"]) for s in found["sections"]}
    assert moved == {(world.section.id, 2, 3), (world.other_section.id, 1, 2)}
    section = found["sections"][0]
    assert "whole" in section["html"]


def test_since_approval_needs_a_delegation(app: FastAPI, session: Session, world: World) -> None:
    officer = factories.make_user(session, secretariat=True)  # reads everything, no delegation
    response = factories.client_as(app, session, officer).get(
        changes_url(world), params={"since": "approval"}
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "no_delegation"


def test_unknown_revision_is_404_with_a_code(app: FastAPI, world: World) -> None:
    response = world.client(app, "chair").get(changes_url(world), params={"since": "Rev.9"})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "revision_not_found"


def test_since_is_required(app: FastAPI, world: World) -> None:
    response = world.client(app, "chair").get(changes_url(world))
    assert response.status_code == 422


def test_suggestions_are_tracked_and_attributed_by_code(app: FastAPI, world: World) -> None:
    found = deliberation_of(world)
    body = world.client(app, "chair").get(suggestions_url(world)).json()
    by_id = {s["amendment"]["id"]: s for s in body}
    assert set(by_id) == {found.amendment, found.stale_amendment}
    mine = by_id[found.amendment]
    assert mine["amendment"]["delegation"]["code"] == world.delegation_a.code
    assert "<ins" in mine["html"] and "its members" in mine["html"]
    assert f'title="{world.delegation_a.code}, ' in mine["html"]
    assert mine["amendment"]["stale"] is False
    stale = by_id[found.stale_amendment]
    assert stale["amendment"]["stale"] is True
    assert stale["current_version"] == 2
    # Based on version 1, it is shown as what accepting it would do now: the later "us" stays.
    assert "firmly" in stale["html"] and "<del" not in stale["html"]


def test_decided_amendments_are_not_suggestions(
    app: FastAPI, session: Session, world: World
) -> None:
    found = deliberation_of(world)
    chair = world.client(app, "chair")
    assert (
        chair.post(
            f"/api/v1/amendments/{found.amendment}/reject", json={"reason": "No"}
        ).status_code
        == 200
    )
    ids = {s["amendment"]["id"] for s in chair.get(suggestions_url(world)).json()}
    assert found.amendment not in ids


@pytest.mark.parametrize("role", ["secretariat", "unannounced"])
def test_entitled_roles_see_the_unannounced_suggestion(
    role: str, app: FastAPI, world: World
) -> None:
    found = deliberation_of(world)
    body = world.client(app, role).get(suggestions_url(world)).json()
    hidden = next(s for s in body if s["amendment"]["id"] == found.hidden_amendment)
    assert MARKER in hidden["html"]


@pytest.mark.parametrize("role", NOT_ENTITLED)
def test_tracked_changes_never_name_the_unannounced_delegation(
    role: str, app: FastAPI, world: World
) -> None:
    client = world.client(app, role)
    answers = [
        client.get(changes_url(world), params={"since": "Rev.1"}),
        client.get(changes_url(world), params={"since": "approval"}),
        client.get(suggestions_url(world)),
    ]
    for response in answers:
        assert response.status_code < 500
        assert MARKER.lower() not in response.text.lower()


def test_changes_until_a_later_revision_leave_out_what_came_after(
    app: FastAPI, session: Session, world: World
) -> None:
    from concord.drafting import revisions

    chair = viewer_for(session, world.people["chair"])
    revisions.create_revision(session, chair, world.document)  # Rev.2: the text as it is now
    assert world.section.id is not None
    drafting.save_version(session, chair, world.section.id, "After Rev.2 only.", 2)
    client = world.client(app, "chair")
    until = client.get(changes_url(world), params={"since": "Rev.1", "until": "Rev.2"}).json()
    assert (until["since"], until["until"], until["count"]) == ("Rev.1", "Rev.2", 2)
    first = until["sections"][0]
    assert (first["from_version"], first["to_version"]) == (1, 2)
    assert "After Rev.2" not in first["html"] and 'title="Rev.2' in first["html"]
    head = client.get(changes_url(world), params={"since": "Rev.1"}).json()
    assert head["until"] == "head" and "After Rev.2" in head["sections"][0]["html"]


def test_changes_until_an_earlier_revision_are_refused(
    app: FastAPI, session: Session, world: World
) -> None:
    from concord.drafting import revisions

    revisions.create_revision(session, viewer_for(session, world.people["chair"]), world.document)
    client = world.client(app, "chair")
    back = client.get(changes_url(world), params={"since": "Rev.2", "until": "Rev.1"})
    assert back.status_code == 422
    assert back.json()["error"]["code"] == "revisions_reversed"
    missing = client.get(changes_url(world), params={"since": "Rev.1", "until": "Rev.9"})
    assert missing.status_code == 404
    mine = client.get(changes_url(world), params={"since": "approval", "until": "Rev.1"})
    assert mine.status_code == 422
    assert mine.json()["error"]["code"] == "until_needs_revision"


def test_a_section_between_two_versions_shows_formatting_not_markdown(
    app: FastAPI, session: Session, world: World
) -> None:
    chair = viewer_for(session, world.people["chair"])
    assert world.section.id is not None
    drafting.save_version(
        session,
        chair,
        world.section.id,
        "We warmly [*welcome*] the consortium.[^1]\n\n[^1]: A note.",
        2,
    )
    url = f"/api/v1/sections/{world.section.id}/changes"
    body = world.client(app, "chair").get(url, params={"from": 2, "to": 3}).json()
    assert (body["from_version"], body["to_version"]) == (2, 3)
    html = body["html"]
    assert "*" not in html and "[^1]" not in html
    # The emphasised word is kept and restyled, not deleted and inserted again.
    assert 'class="restyled"' in html and "<em>welcome</em>" in html
    assert "<del" not in html
    assert 'class="footnote-ref"' in html and "A note." in html


def test_a_section_change_to_an_unknown_version_is_404(app: FastAPI, world: World) -> None:
    url = f"/api/v1/sections/{world.section.id}/changes"
    response = world.client(app, "chair").get(url, params={"from": 1, "to": 99})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "version_not_found"
