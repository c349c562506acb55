"""A delegation's Word copy comes back as its amendments: the copy is Concord's export, edited
in LibreOffice (an independent writer of tracked changes) by a UNO script."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from concord.deliberation.models import Amendment, Comment
from concord.drafting.models import DocumentParty
from concord.identity.models import User
from tests import factories
from tests.office import run_uno

EDITOR = Path(__file__).with_name("lo_edit.py")
DRAFT = b"""# Operative part

1. We urge all States to act without delay.

2. A second paragraph that a delegation wants gone.

3. A third paragraph, [in brackets][or not], stays.

4. The last paragraph of the text.
"""


def edit(office: str, data: bytes, steps: list[dict[str, Any]], tmp: Path) -> bytes:
    source, target, script = tmp / "copy.docx", tmp / "edited.docx", tmp / "edits.json"
    source.write_bytes(data)
    script.write_text(json.dumps(steps), encoding="utf-8")
    run_uno(EDITOR, str(source), str(target), office, str(script))
    return target.read_bytes()


@pytest.fixture
def setting(app: FastAPI, session: Session) -> tuple[TestClient, TestClient, int, User]:
    officer = factories.client_as(app, session, factories.make_secretariat(session))
    made = officer.post(
        "/api/v1/documents/import", files={"file": ("draft.md", DRAFT, "text/markdown")}
    ).json()
    delegation = factories.make_delegation(session)
    session.add(DocumentParty(document_id=made["document_id"], delegation_id=delegation.id or 0))
    session.flush()
    head = factories.make_user(session, delegation=delegation, head=True)
    return officer, factories.client_as(app, session, head), made["document_id"], head


def test_tracked_changes_made_in_libreoffice_come_back_as_the_delegations_amendments(
    office: str,
    setting: tuple[TestClient, TestClient, int, User],
    session: Session,
    tmp_path: Path,
) -> None:
    officer, head, document_id, person = setting
    copy = head.get(f"/api/v1/documents/{document_id}/export.docx").content
    edited = edit(
        office,
        copy,
        [
            {"replace": "all States", "with": "all Parties"},
            {"delete_paragraph": "A second paragraph that"},
            {"insert_after": "stays.", "text": "A new paragraph from the delegation."},
            {"comment": "in brackets", "text": "We prefer no brackets.", "author": "Delegate"},
        ],
        tmp_path,
    )
    response = head.post(
        f"/api/v1/documents/{document_id}/returns",
        files={"file": ("edited.docx", edited, "application/octet-stream")},
    )
    assert response.status_code == 201, response.text
    result = response.json()
    assert result["unplaced"] == []
    sections = officer.get(f"/api/v1/documents/{document_id}").json()["sections"]
    ids = [s["id"] for s in sections]
    made = {
        a.section_id: a
        for a in session.exec(select(Amendment).where(col(Amendment.section_id).in_(ids))).all()
    }
    assert {a["section_id"] for a in result["amendments"]} == set(made)
    assert made[ids[1]].text == "We urge all Parties to act without delay."
    assert made[ids[2]].text == ""  # the deleted paragraph: a proposal to delete it
    assert made[ids[3]].text == (
        "A third paragraph, [in brackets][or not], stays.\n\nA new paragraph from the delegation."
    )
    assert ids[4] not in made and ids[0] not in made
    assert {a.base_version for a in made.values()} == {1}
    assert {a.delegation_id for a in made.values()} == {person.delegation_id}
    assert all(a["tracked"] for a in result["amendments"])
    comment = session.exec(select(Comment).where(Comment.section_id == ids[3])).one()
    assert (comment.quote, comment.body, comment.author_id) == (
        "in brackets",
        "We prefer no brackets.",
        person.id,
    )


def test_a_paragraph_edited_without_tracking_is_found_by_comparing(
    office: str,
    setting: tuple[TestClient, TestClient, int, User],
    session: Session,
    tmp_path: Path,
) -> None:
    _officer, head, document_id, _person = setting
    copy = head.get(f"/api/v1/documents/{document_id}/export.docx").content
    edited = edit(
        office,
        copy,
        [{"untracked": True}, {"replace": "The last paragraph", "with": "The final paragraph"}],
        tmp_path,
    )
    result = head.post(
        f"/api/v1/documents/{document_id}/returns",
        files={"file": ("edited.docx", edited, "application/octet-stream")},
    ).json()
    assert [(a["tracked"], a["base_version"]) for a in result["amendments"]] == [(False, 1)]
    amendment = session.get(Amendment, result["amendments"][0]["amendment_id"])
    assert amendment is not None and amendment.text == "The final paragraph of the text."


def test_a_copy_of_another_document_is_refused(
    setting: tuple[TestClient, TestClient, int, User], session: Session
) -> None:
    officer, head, document_id, _person = setting
    other = officer.post(
        "/api/v1/documents/import", files={"file": ("other.md", b"Other text.", "text/markdown")}
    ).json()["document_id"]
    copy = officer.get(f"/api/v1/documents/{other}/export.docx").content
    response = head.post(
        f"/api/v1/documents/{document_id}/returns",
        files={"file": ("copy.docx", copy, "application/octet-stream")},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "not_a_copy_of_this_document"
    assert session.exec(select(Amendment)).all() == []
