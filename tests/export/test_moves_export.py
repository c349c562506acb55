"""A paragraph moved between two revisions, exported: the Word redline moves it (from its
older place to its newer, named after who moved it), the HTML and Markdown redlines show it at
both places; the clean copies hold it once."""

from __future__ import annotations

import io
import zipfile

from fastapi import FastAPI
from fastapi.testclient import TestClient
from lxml import etree
from sqlmodel import Session

from concord.identity import service as identity
from concord.identity.models import WorkingGroupRole
from concord.identity.schemas import UNDISCLOSED
from tests import access_world, factories
from tests.access_world import MARKER
from tests.export.docx_helpers import NS, w


def _moved_document(app: FastAPI, session: Session) -> tuple[TestClient, int, list[int]]:
    """Three paragraphs in Rev.1; the first moved last and reworded, then Rev.2."""
    chair = factories.make_user(session, name="Chair Mover")
    document = factories.make_document(session, author=chair, sections=3)
    api = factories.client_as(app, session, chair)
    ids = [s["id"] for s in api.get(f"/api/v1/documents/{document.id}").json()["sections"]]
    assert api.post(f"/api/v1/documents/{document.id}/revisions", json={}).status_code == 201
    moved = api.patch(f"/api/v1/sections/{ids[0]}", json={"after": ids[2]})
    assert moved.status_code == 200, moved.text
    saved = api.post(
        f"/api/v1/sections/{ids[0]}/versions",
        json={"text": "Paragraph 1 of the agreed text.", "base_version": 1},
    )
    assert saved.status_code == 201, saved.text
    assert api.post(f"/api/v1/documents/{document.id}/revisions", json={}).status_code == 201
    return api, document.id or 0, ids


def _export(api: TestClient, document_id: int, extension: str, variant: str) -> bytes:
    response = api.get(
        f"/api/v1/documents/{document_id}/export.{extension}", params={"variant": variant}
    )
    assert response.status_code == 200, response.text
    return response.content


def test_the_word_redline_moves_the_paragraph_in_the_movers_name(
    app: FastAPI, session: Session
) -> None:
    api, document_id, _ = _moved_document(app, session)
    data = _export(api, document_id, "docx", "redline")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    away = root.xpath(".//w:p[w:pPr/w:rPr/w:moveFrom]", namespaces=NS)
    into = root.xpath(".//w:p[w:pPr/w:rPr/w:moveTo]", namespaces=NS)
    assert len(away) == len(into) == 1
    paragraphs = root.findall(".//w:body/w:p", NS)
    # Moved away from before the other two, moved in after them.
    assert paragraphs.index(away[0]) < paragraphs.index(into[0])
    texts = ["".join(p.itertext()) for p in paragraphs]
    between = texts[paragraphs.index(away[0]) + 1 : paragraphs.index(into[0])]
    assert [t for t in between if "Paragraph" in t] == [
        "2.1.Paragraph 2 of the [draft] text.",
        "3.2.Paragraph 3 of the [draft] text.",
    ]
    assert {e.get(w("author")) for e in root.iter(w("moveFrom"), w("moveTo"))} == {"Chair Mover"}
    names = {e.get(w("name")) for e in root.iter(w("moveFromRangeStart"), w("moveToRangeStart"))}
    assert len(names) == 1
    assert [d.get(w("author")) for d in into[0].findall("w:moveTo/w:del", NS)] == ["Chair Mover"]


def test_the_html_and_markdown_redlines_show_the_move_and_the_clean_copy_holds_it_once(
    app: FastAPI, session: Session
) -> None:
    api, document_id, _ = _moved_document(app, session)
    html = _export(api, document_id, "html", "redline").decode()
    assert "Moved to para. 3 by Chair Mover" in html
    assert "Moved from para. 1 by Chair Mover" in html
    page = html[html.index("<main>") :]
    assert page.index("moved-from") < page.index("Paragraph 2") < page.index("moved-to")
    markdown = _export(api, document_id, "md", "redline").decode()
    assert "{>>Moved to para. 3 by Chair Mover<<}" in markdown
    assert "{>>Moved from para. 1 by Chair Mover<<}" in markdown
    clean = _export(api, document_id, "md", "clean").decode()
    assert clean.count("Paragraph 1 of the") == 1 and "Moved" not in clean


def test_the_diff_and_the_redline_agree_on_what_moved(app: FastAPI, session: Session) -> None:
    api, document_id, ids = _moved_document(app, session)
    diff = api.get(f"/api/v1/documents/{document_id}/diff", params={"from": "Rev.1", "to": "Rev.2"})
    moved = [s for s in diff.json()["sections"] if s["moved"]]
    assert [(s["section_id"], s["from_position"], s["to_position"]) for s in moved] == [
        (ids[0], 0, 2)
    ]


def test_what_changed_on_the_document_page_names_the_moved_paragraphs(
    app: FastAPI, session: Session
) -> None:
    api, document_id, ids = _moved_document(app, session)
    url = f"/api/v1/documents/{document_id}/changes"
    body = api.get(url, params={"since": "Rev.1"}).json()
    assert [
        (s["section_id"], s["status"], s["moved"], s["from_number"]) for s in body["sections"]
    ] == [(ids[0], "changed", True, 1)]
    # Moved again, its words untouched: reported as moved, its text without a mark.
    moved = api.patch(f"/api/v1/sections/{ids[0]}", json={"after": None})
    assert moved.status_code == 200, moved.text
    body = api.get(url, params={"since": "Rev.2"}).json()
    assert [
        (s["section_id"], s["status"], s["moved"], s["from_number"]) for s in body["sections"]
    ] == [(ids[0], "moved", True, 3)]
    assert (
        "<ins" not in body["sections"][0]["html"] and "Paragraph 1" in body["sections"][0]["html"]
    )
    assert body["count"] == 1


def test_a_move_by_an_unannounced_delegation_names_no_one(app: FastAPI, session: Session) -> None:
    """Leak scan of the move's attribution: a drafter of the unannounced delegation moves a
    paragraph; no redline (Word, HTML, Markdown) and no "what changed" of anyone not entitled
    names it, while the secretariat's Word redline does (the attribution is really there)."""
    world = access_world.build(session)
    mover = factories.make_user(session, delegation=world.unannounced, name=f"Mover {MARKER}")
    identity.set_working_group_member(session, world.group, mover, WorkingGroupRole.member)
    # Through the API: the audit log names who acts in a request.
    moved = factories.client_as(app, session, mover).patch(
        f"/api/v1/sections/{world.other_section.id}", json={"after": None}
    )
    assert moved.status_code == 200, moved.text
    base = f"/api/v1/documents/{world.document.id}"
    for role in access_world.NOT_ENTITLED:
        client = world.client(app, role)
        for extension in ("docx", "md", "html"):
            response = client.get(f"{base}/export.{extension}", params={"variant": "redline"})
            assert response.status_code < 500
            if response.status_code == 200 and extension == "docx":
                parts = zipfile.ZipFile(io.BytesIO(response.content))
                assert all(MARKER.encode() not in parts.read(n) for n in parts.namelist()), role
            else:
                assert MARKER not in response.text, (role, extension)
        changes = client.get(f"{base}/changes", params={"since": "Rev.1"})
        assert changes.status_code < 500 and MARKER not in changes.text, role
    for role, author in (("secretariat", f"Kingdom of {MARKER}"), ("chair", UNDISCLOSED)):
        response = world.client(app, role).get(f"{base}/export.docx", params={"variant": "redline"})
        with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
            root = etree.fromstring(archive.read("word/document.xml"))
        assert {e.get(w("author")) for e in root.iter(w("moveFrom"))} == {author}
