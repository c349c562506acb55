"""The in-app notifications and preferences, through the API (one request's transaction each)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from concord.audit import service as audit
from concord.deliberation import comments
from concord.deliberation.models import CommentVisibility
from concord.deliberation.schemas import CommentCreate
from concord.drafting.models import Document
from concord.identity.access import viewer_for
from concord.identity.models import User
from concord.notify import unsubscribe
from concord.notify.models import MailState, Notification, NotificationKind
from tests import factories


def _party_world(session: Session) -> tuple[User, User, User, Document]:
    chair = factories.make_user(session, name="Chair Person")
    fra = factories.make_delegation(session, code="FRA")
    head = factories.make_user(session, delegation=fra, head=True)
    deputy = factories.make_user(session, delegation=fra)
    document = factories.make_document(session, author=chair, sections=0, parties=[fra])
    factories.make_section(session, document, chair, "All agree.")
    return chair, head, deputy, document


def test_a_circulated_revision_shows_in_my_list_and_can_be_marked_read(
    app: FastAPI, session: Session
) -> None:
    chair, head, _deputy, document = _party_world(session)
    chair_api = factories.client_as(app, session, chair)
    assert chair_api.post(f"/api/v1/documents/{document.id}/circulate", json={}).status_code == 200
    api = factories.client_as(app, session, head)
    page = api.get("/api/v1/notifications").json()
    assert page["unread"] == 1
    [item] = page["items"]
    assert item["kind"] == "revision_circulated"
    assert item["subject"] == f"Rev.1 circulated: {document.title}"
    assert item["link"].endswith(f"/documents/{document.id}")
    marked = api.post("/api/v1/notifications/read", json={"ids": [item["id"]]}).json()
    assert marked == {"marked": 1, "unread": 0}
    assert api.get("/api/v1/notifications").json()["items"][0]["read_at"] is not None
    # The chair acted: their own list is empty.
    assert chair_api.get("/api/v1/notifications").json()["items"] == []


def test_nobody_reads_or_marks_anyone_elses_notifications(app: FastAPI, session: Session) -> None:
    chair, head, deputy, document = _party_world(session)
    chair_api = factories.client_as(app, session, chair)
    chair_api.post(f"/api/v1/documents/{document.id}/circulate", json={})
    theirs = session.exec(select(Notification).where(Notification.user_id == head.id)).one()
    outsider = factories.client_as(app, session, factories.make_user(session))
    assert outsider.get("/api/v1/notifications").json()["items"] == []
    assert outsider.post("/api/v1/notifications/read", json={"ids": [theirs.id]}).json() == {
        "marked": 0,
        "unread": 0,
    }
    session.refresh(theirs)
    assert theirs.read_at is None
    assert deputy.id != head.id


def test_preferences_refuse_an_unknown_time_zone(api: TestClient) -> None:
    response = api.patch("/api/v1/notifications/preferences", json={"timezone": "Mars/Olympus"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unknown_timezone"


def test_preferences_choose_what_is_mailed(app: FastAPI, session: Session) -> None:
    chair, head, _deputy, document = _party_world(session)
    api = factories.client_as(app, session, head)
    chosen = api.patch(
        "/api/v1/notifications/preferences",
        json={"timezone": "Asia/Tokyo", "modes": {"revision_circulated": "off"}},
    ).json()
    assert chosen["timezone"] == "Asia/Tokyo"
    assert chosen["modes"]["revision_circulated"] == "off"
    assert chosen["modes"]["comment_reply"] == "digest"  # the default
    factories.client_as(app, session, chair).post(
        f"/api/v1/documents/{document.id}/circulate", json={}
    )
    row = session.exec(select(Notification).where(Notification.user_id == head.id)).one()
    assert row.mail_state == MailState.none  # in the app only


def test_the_language_is_remembered_and_an_unknown_one_refused(
    app: FastAPI, session: Session
) -> None:
    person = factories.make_user(session)
    api = factories.client_as(app, session, person)
    assert api.get("/api/v1/notifications/preferences").json()["language"] is None  # never chosen
    assert (
        api.patch("/api/v1/notifications/preferences", json={"language": "ar"}).json()["language"]
        == "ar"
    )
    assert (
        api.patch("/api/v1/notifications/preferences", json={"timezone": "Asia/Beirut"}).json()[
            "language"
        ]
        == "ar"
    )
    refused = api.patch("/api/v1/notifications/preferences", json={"language": "xx"})
    assert refused.status_code == 422
    assert api.get("/api/v1/notifications/preferences").json()["language"] == "ar"


def test_the_signed_unsubscribe_link_stops_that_kind_for_that_person(
    client: TestClient, session: Session
) -> None:
    person = factories.make_user(session)
    token = unsubscribe.token(person.id or 0, "silence_started")
    page = client.get("/api/v1/notifications/unsubscribe", params={"token": token})
    assert page.status_code == 200 and "silence started" in page.text
    done = client.post("/api/v1/notifications/unsubscribe", params={"token": token})
    assert done.json() == {"kind": "silence_started", "mode": "off"}
    api_client = factories.client_as(client.app, session, person)  # type: ignore[arg-type]
    modes = api_client.get("/api/v1/notifications/preferences").json()["modes"]
    assert modes["silence_started"] == "off" and modes["adopted"] == "immediately"


def test_a_forged_unsubscribe_link_is_refused(client: TestClient, session: Session) -> None:
    person = factories.make_user(session)
    token = unsubscribe.token(person.id or 0, "silence_started")
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = client.post("/api/v1/notifications/unsubscribe", params={"token": forged})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "unsubscribe_link_invalid"


def test_a_reply_reaches_the_author_of_the_comment(session: Session, app: FastAPI) -> None:
    chair, head, deputy, document = _party_world(session)
    section = factories.sections_of(session, document)[0]
    audit.act_as(session, head.id)
    root = comments.create_comment(
        session, viewer_for(session, head), section, CommentCreate(body="Why?", version=1)
    )
    audit.act_as(session, chair.id)
    comments.create_comment(
        session,
        viewer_for(session, chair),
        section,
        CommentCreate(body="Because.", parent_id=root.public_id),
    )
    [row] = session.exec(select(Notification).where(Notification.user_id == head.id)).all()
    assert row.kind == NotificationKind.comment_reply
    assert row.mail_state == MailState.digest  # comments go in the digest by default
    api = factories.client_as(app, session, head)
    [item] = api.get("/api/v1/notifications").json()["items"]
    assert item["details"]["comment_id"] != root.public_id
    assert item["details"]["excerpt"] == "Because."
    assert deputy.id is not None


def test_an_internal_reply_stays_within_the_delegation(session: Session) -> None:
    chair, head, deputy, document = _party_world(session)
    section = factories.sections_of(session, document)[0]
    # France's internal thread: the deputy's reply (internal too) is told to the head only.
    root = comments.create_comment(
        session,
        viewer_for(session, head),
        section,
        CommentCreate(
            body="Internal: hold firm.", version=1, visibility=CommentVisibility.delegation
        ),
    )
    comments.create_comment(
        session,
        viewer_for(session, deputy),
        section,
        CommentCreate(body="Agreed.", parent_id=root.public_id),
    )
    told = session.exec(select(Notification.user_id)).all()
    assert told == [head.id]
    assert chair.id not in told
