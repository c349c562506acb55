"""Comments: anchoring, threads, visibility, editing, resolving, and refusals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlmodel import Session, func, select

from concord.deliberation import visibility
from concord.deliberation.models import Comment, CommentEdit
from concord.drafting.models import Document, DocumentStatus, Section
from concord.identity.access import viewer_for
from concord.identity.models import User
from tests import factories
from tests.access_world import MARKER, READERS, build
from tests.deliberation.support import TEXT, new_version, set_status
from tests.deliberation.world import deliberation_of

Client = Callable[[User], TestClient]
QUOTE = "peaceful dialogue"


def url(section: Section) -> str:
    return f"/api/v1/sections/{section.id}/comments"


def post(client: TestClient, section: Section, **fields: Any) -> Any:
    body = {"body": "A remark.", "version": 1, "anchor": {"quote": QUOTE}} | fields
    return client.post(url(section), json=body)


def count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(Comment)).one())


def test_comment_is_anchored_to_its_quote(api: TestClient, section: Section, user: User) -> None:
    response = post(api, section)
    assert response.status_code == 201, response.text
    comment = response.json()
    assert comment["anchor"] == {
        "quote": QUOTE,
        "start": TEXT.index(QUOTE),
        "end": TEXT.index(QUOTE) + len(QUOTE),
        "version": 1,
        "status": "exact",
    }
    assert comment["author"] == {"id": user.id, "name": user.name}
    assert comment["delegation"]["id"] == user.delegation_id
    assert comment["visibility"] == "all"
    assert [c["id"] for c in api.get(url(section)).json()] == [comment["id"]]


def test_comment_on_the_whole_section(api: TestClient, section: Section) -> None:
    response = api.post(url(section), json={"body": "General remark.", "version": 1})
    assert response.status_code == 201
    assert response.json()["anchor"] | {} == {
        "quote": "",
        "start": 0,
        "end": len(TEXT),
        "version": 1,
        "status": "exact",
    }


def test_anchor_follows_the_text_into_later_versions(
    api: TestClient, session: Session, section: Section, user: User
) -> None:
    kept = post(api, section, anchor={"quote": "States shall"}).json()["id"]
    edited = post(api, section, anchor={"quote": "promote peaceful dialogue"}).json()["id"]
    gone = post(api, section, anchor={"quote": "Civil society leads the way."}).json()["id"]
    text = "Today, States shall promote peaceful and open dialogue between communities."
    new_version(session, user, section, text)
    anchors = {c["id"]: c["anchor"] for c in api.get(url(section)).json()}
    assert anchors[kept]["status"] == "exact"
    assert anchors[kept]["start"] == text.index("States shall")
    assert anchors[edited]["status"] == "fuzzy"
    start, end = anchors[edited]["start"], anchors[edited]["end"]
    assert text[start:end] == "promote peaceful and open dialogue"
    assert anchors[gone]["status"] == "orphaned"
    assert anchors[gone]["quote"] == "Civil society leads the way."
    assert {a["version"] for a in anchors.values()} == {2}


def test_anchor_kept_exact_when_text_is_inserted_before_it(
    api: TestClient, session: Session, section: Section, user: User
) -> None:
    comment = post(api, section).json()["id"]
    new_version(session, user, section, "Above all, " + TEXT)
    anchor = next(c["anchor"] for c in api.get(url(section)).json() if c["id"] == comment)
    assert anchor["status"] == "exact"
    assert anchor["start"] == len("Above all, ") + TEXT.index(QUOTE)


def test_quote_not_in_the_version_is_refused(
    api: TestClient, session: Session, section: Section
) -> None:
    response = post(api, section, anchor={"quote": "lasting peace"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "anchor_not_found"
    assert response.json()["error"]["details"]["field"] == "anchor.quote"
    assert count(session) == 0


def test_quote_of_a_later_version_is_refused_on_an_earlier_one(
    api: TestClient, session: Session, section: Section, user: User
) -> None:
    new_version(session, user, section, TEXT + " New words.")
    response = post(api, section, version=1, anchor={"quote": "New words"})
    assert response.json()["error"]["code"] == "anchor_not_found"
    assert post(api, section, version=2, anchor={"quote": "New words"}).status_code == 201


def test_ambiguous_quote_needs_context(api: TestClient, session: Session, section: Section) -> None:
    response = post(api, section, anchor={"quote": "s"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "anchor_ambiguous"
    assert count(session) == 0
    chosen = post(api, section, anchor={"quote": "the", "prefix": "leads "})
    assert chosen.status_code == 201
    assert chosen.json()["anchor"]["start"] == TEXT.index("the way")


def test_unknown_version_is_refused(api: TestClient, session: Session, section: Section) -> None:
    response = post(api, section, version=9)
    assert (response.status_code, response.json()["error"]["code"]) == (422, "unknown_version")
    missing = api.post(url(section), json={"body": "No version."})
    assert (missing.status_code, missing.json()["error"]["code"]) == (422, "version_required")
    assert count(session) == 0


def test_bad_bodies_are_refused(api: TestClient, session: Session, section: Section) -> None:
    assert post(api, section, body="   ").json()["error"]["code"] == "empty_text"
    assert post(api, section, body="").json()["error"]["code"] == "validation_error"
    assert post(api, section, body="a\u202eb").json()["error"]["code"] == "invalid_text"
    assert post(api, section, visibility="secret").status_code == 422
    assert count(session) == 0


def test_comment_on_an_unreadable_section_is_not_found(
    client_for: Client, session: Session, section: Section
) -> None:
    stranger = factories.make_user(session, delegation=factories.make_delegation(session))
    response = post(client_for(stranger), section)
    assert response.status_code == 404
    assert client_for(stranger).get(url(section)).status_code == 404


def test_reply_joins_the_thread_and_takes_its_visibility(
    api: TestClient, client_for: Client, colleague: User, section: Section
) -> None:
    root = post(api, section, visibility="delegation").json()["id"]
    reply = client_for(colleague).post(url(section), json={"body": "Agreed.", "parent_id": root})
    assert reply.status_code == 201, reply.text
    assert reply.json()["parent_id"] == root
    assert reply.json()["visibility"] == "delegation"
    nested = api.post(
        url(section), json={"body": "Reply to reply.", "parent_id": reply.json()["id"]}
    )
    assert nested.json()["parent_id"] == root  # threads are flat: replies join the root


def test_reply_cannot_change_the_thread_visibility(
    api: TestClient, session: Session, section: Section
) -> None:
    root = post(api, section).json()["id"]
    before = count(session)
    response = api.post(
        url(section), json={"body": "Psst.", "parent_id": root, "visibility": "delegation"}
    )
    assert (response.status_code, response.json()["error"]["code"]) == (422, "visibility_mismatch")
    assert count(session) == before


def test_reply_must_be_on_the_same_section(
    api: TestClient, session: Session, document: Document, section: Section, user: User
) -> None:
    root = post(api, section).json()["id"]
    elsewhere = factories.make_section(session, document, user, "Another paragraph.")
    response = api.post(url(elsewhere), json={"body": "Here?", "parent_id": root})
    assert (response.status_code, response.json()["error"]["code"]) == (
        422,
        "parent_on_other_section",
    )
    unknown = api.post(url(section), json={"body": "To whom?", "parent_id": "cmt_" + "A" * 22})
    assert unknown.json()["error"]["code"] == "unknown_parent"
    malformed = api.post(url(section), json={"body": "To whom?", "parent_id": 999_999})
    assert (malformed.status_code, malformed.json()["error"]["details"]["field"]) == (
        422,
        "parent_id",
    )


def test_internal_comment_is_seen_only_by_the_authors_delegation(
    api: TestClient,
    client_for: Client,
    session: Session,
    secretariat_api: TestClient,
    colleague: User,
    other_party: User,
    section: Section,
    document: Document,
) -> None:
    internal = post(api, section, visibility="delegation", body="Our red line.").json()["id"]
    public = post(api, section).json()["id"]
    member = factories.make_user(session)
    factories.make_section(session, document, member, "Added by a drafter.")  # joins the group
    assert [c["id"] for c in client_for(colleague).get(url(section)).json()] == [internal, public]
    for outsider in (client_for(other_party), secretariat_api, client_for(member)):
        seen = outsider.get(url(section))
        assert [c["id"] for c in seen.json()] == [public]
        assert "red line" not in seen.text
        assert outsider.patch(f"/api/v1/comments/{internal}", json={"body": "x"}).status_code == 404
        reply = outsider.post(url(section), json={"body": "Hm.", "parent_id": internal})
        assert reply.json()["error"]["code"] == "unknown_parent"


def test_person_without_a_delegation_cannot_write_internal_comments(
    client_for: Client, session: Session, document: Document, section: Section
) -> None:
    drafter = factories.make_user(session)
    factories.make_section(session, document, drafter, "Added by a drafter.")
    response = post(client_for(drafter), section, visibility="delegation")
    assert (response.status_code, response.json()["error"]["code"]) == (422, "no_delegation")
    assert count(session) == 0
    assert post(client_for(drafter), section).status_code == 201


def test_observer_reads_but_cannot_comment(
    client_for: Client, observer: User, session: Session, document: Document, section: Section
) -> None:
    set_status(session, document, DocumentStatus.circulated)
    client = client_for(observer)
    assert client.get(url(section)).status_code == 200
    response = post(client, section)
    assert (response.status_code, response.json()["error"]["code"]) == (403, "observer_read_only")
    assert count(session) == 0


def test_comments_go_on_after_circulation_but_not_after_adoption(
    api: TestClient, session: Session, document: Document, section: Section
) -> None:
    comment = post(api, section).json()["id"]
    for status in (DocumentStatus.circulated, DocumentStatus.silence):
        set_status(session, document, status)
        assert post(api, section).status_code == 201
    for status in (DocumentStatus.adopted, DocumentStatus.withdrawn):
        set_status(session, document, status)
        before = count(session)
        response = post(api, section)
        assert (response.status_code, response.json()["error"]["code"]) == (409, "document_frozen")
        edit = api.patch(f"/api/v1/comments/{comment}", json={"body": "Later."})
        assert edit.json()["error"]["code"] == "document_frozen"
        assert count(session) == before


def test_author_edits_and_the_earlier_text_is_kept(
    api: TestClient, session: Session, section: Section
) -> None:
    comment = post(api, section, body="First thought.").json()["id"]
    response = api.patch(f"/api/v1/comments/{comment}", json={"body": "Second thought."})
    assert response.status_code == 200
    assert response.json()["body"] == "Second thought."
    assert response.json()["edited_at"] is not None
    assert [e["body"] for e in response.json()["edits"]] == ["First thought."]
    api.patch(f"/api/v1/comments/{comment}", json={"body": "Third thought."})
    listed = api.get(url(section)).json()[0]
    assert [e["body"] for e in listed["edits"]] == ["First thought.", "Second thought."]


def test_only_the_author_edits(
    api: TestClient, client_for: Client, colleague: User, session: Session, section: Section
) -> None:
    comment = post(api, section, body="Mine.").json()["id"]
    response = client_for(colleague).patch(f"/api/v1/comments/{comment}", json={"body": "Ours."})
    assert (response.status_code, response.json()["error"]["code"]) == (403, "not_the_author")
    assert session.exec(select(CommentEdit)).all() == []
    assert api.get(url(section)).json()[0]["body"] == "Mine."


def test_resolve_and_reopen_a_thread(
    client_for: Client, colleague: User, api: TestClient, section: Section
) -> None:
    comment = post(client_for(colleague), section).json()["id"]
    resolved = api.post(f"/api/v1/comments/{comment}/resolve", json={})  # the chair
    assert resolved.status_code == 200
    assert resolved.json()["resolved"] is True
    assert resolved.json()["resolved_by"]["name"]
    reopened = client_for(colleague).post(
        f"/api/v1/comments/{comment}/resolve", json={"resolved": False}
    )
    assert reopened.json()["resolved"] is False
    assert reopened.json()["resolved_by"] is None


def test_others_cannot_resolve_and_replies_are_not_resolvable(
    api: TestClient, client_for: Client, colleague: User, session: Session, section: Section
) -> None:
    root = post(api, section).json()["id"]
    denied = client_for(colleague).post(f"/api/v1/comments/{root}/resolve", json={})
    assert (denied.status_code, denied.json()["error"]["code"]) == (403, "cannot_resolve")
    reply = api.post(url(section), json={"body": "Re.", "parent_id": root}).json()["id"]
    refused = api.post(f"/api/v1/comments/{reply}/resolve", json={})
    assert (refused.status_code, refused.json()["error"]["code"]) == (409, "reply_not_resolvable")
    assert all(c["resolved_at"] is None for c in api.get(url(section)).json())


def test_counts_are_open_visible_threads_in_one_statement(
    api: TestClient,
    client_for: Client,
    other_party: User,
    session: Session,
    document: Document,
    section: Section,
    user: User,
) -> None:
    second = factories.make_section(session, document, user, "Second paragraph.")
    post(api, section)
    root = post(api, section).json()["id"]
    api.post(url(section), json={"body": "Re.", "parent_id": root})
    post(api, section, visibility="delegation")
    resolved = post(api, section).json()["id"]
    api.post(f"/api/v1/comments/{resolved}/resolve", json={})
    assert section.id is not None and second.id is not None
    ids = [section.id, second.id]
    viewer = viewer_for(session, user)
    with statements(session) as seen:
        mine = visibility.comment_counts(session, viewer, ids)
    assert len(seen) == 1
    assert mine == {section.id: 3}
    theirs = visibility.comment_counts(session, viewer_for(session, other_party), ids)
    assert theirs == {section.id: 2}


@contextmanager
def statements(session: Session) -> Iterator[list[str]]:
    seen: list[str] = []
    engine = session.get_bind()

    def record(*args: Any) -> None:
        seen.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_unannounced_delegations_comments_are_absent_for_others(
    app: FastAPI, session: Session
) -> None:
    world = build(session)
    found = deliberation_of(world)
    section = world.section
    assert section.id is not None
    for role in ("chair", "member", "head_a", "delegate_a"):
        response = world.client(app, role).get(url(section))
        ids = {c["id"] for c in response.json()}
        assert MARKER not in response.text
        assert found.hidden not in ids and found.hidden_reply not in ids
        assert found.public in ids and found.reply in ids
    outsider = viewer_for(session, world.people["chair"])
    assert visibility.comment_counts(session, outsider, [section.id]) == {section.id: 1}
    insider = world.client(app, "unannounced").get(url(section)).json()
    assert found.hidden in {c["id"] for c in insider}
    secretariat = world.client(app, "secretariat").get(url(section)).json()
    assert {found.hidden, found.hidden_reply} <= {c["id"] for c in secretariat}
    assert found.internal not in {c["id"] for c in secretariat}
    hidden = world.client(app, "chair").patch(
        f"/api/v1/comments/{found.hidden}", json={"body": "x"}
    )
    assert hidden.status_code == 404 and MARKER not in hidden.text


def test_internal_comment_of_delegation_a_in_the_world(app: FastAPI, session: Session) -> None:
    world = build(session)
    found = deliberation_of(world)
    seen = {
        role: {c["id"] for c in world.client(app, role).get(url(world.section)).json()}
        for role in ("head_a", "delegate_a", "chair", "secretariat", "unannounced")
    }
    assert found.internal in seen["head_a"] and found.internal in seen["delegate_a"]
    assert all(found.internal not in seen[r] for r in ("chair", "secretariat", "unannounced"))


def test_a_documents_comments_are_its_live_sections_in_reading_order(
    app: FastAPI, session: Session
) -> None:
    """Every margin of the document page in one request: for each reader, what each live
    section's own route gives, section after section (not in the order they were written), the
    comments on translations and on retired sections left out."""
    world = build(session)
    found = deliberation_of(world)
    chair = world.client(app, "chair")
    later = post(chair, world.other_section, version=1, anchor={"quote": "leads"}).json()["id"]
    moved = chair.patch(f"/api/v1/sections/{world.other_section.id}", json={"after": None})
    assert moved.status_code == 200, moved.text
    whole = f"/api/v1/documents/{world.document.id}/comments"
    for role in READERS:
        client = world.client(app, role)
        each = [c for s in (world.other_section, world.section) for c in client.get(url(s)).json()]
        response = client.get(whole)
        assert response.status_code == 200, (role, response.text)
        assert response.json() == each, role
    ids = [c["id"] for c in chair.get(whole).json()]
    assert ids.index(later) < ids.index(found.public) < ids.index(found.reply)
    assert found.hidden not in ids and MARKER not in chair.get(whole).text
    assert {c["language"] for c in world.client(app, "unannounced").get(whole).json()} == {None}
    assert chair.delete(f"/api/v1/sections/{world.other_section.id}").status_code == 204
    assert later not in {c["id"] for c in chair.get(whole).json()}
    assert chair.get(url(world.other_section)).status_code == 200
