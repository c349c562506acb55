"""The public page of a published text: without signing in, cacheable, nothing unpublished."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlmodel import Session

from concord.drafting.models import Document
from concord.publication import public, service
from concord.publication.models import Publication
from tests.access_world import MARKER, World
from tests.publication.world import HIDDEN_DIGITS, build_with_publication, publication_of


@pytest.fixture
def world(session: Session) -> World:
    public.forget()
    return build_with_publication(session)


def test_the_published_text_is_public_with_its_participants_and_annex(
    app: FastAPI, world: World
) -> None:
    found = publication_of(world)
    page = world.client(app, "anonymous").get(f"/published/{found.published_id}")
    assert page.status_code == 200, page.text
    body = page.text
    assert "Leaders&#x27; communiqué" in body or "Leaders' communiqué" in body
    assert "We, the leaders, welcome the joint projects annexed." in body
    assert "Delegation A" in body
    assert "USD 2,500,000.00" in body
    assert "Schools for Peace" in body
    assert MARKER not in body
    assert HIDDEN_DIGITS not in body.replace(",", "")
    assert page.headers["cache-control"].startswith("public")
    again = world.client(app, "anonymous").get(
        f"/published/{found.published_id}", headers={"If-None-Match": page.headers["etag"]}
    )
    assert again.status_code == 304
    assert again.content == b""


def test_each_language_has_its_page_and_files(app: FastAPI, world: World) -> None:
    found = publication_of(world)
    client = world.client(app, "anonymous")
    arabic = client.get(f"/published/{found.published_id}/ar")
    assert arabic.status_code == 200
    assert '<html lang="ar" dir="rtl">' in arabic.text
    assert "نحن، القادة، نرحب بالمشاريع المشتركة المرفقة." in arabic.text
    assert "مرفق: الالتزامات" in arabic.text
    word = client.get(f"/published/{found.published_id}/text-ar.docx")
    assert word.status_code == 200
    assert word.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in word.headers["content-disposition"]
    assert client.get(f"/published/{found.published_id}/fr").status_code == 404
    assert client.get(f"/published/{found.published_id}/text.exe").status_code == 404
    assert client.get("/published/not-an-id").status_code == 404


def test_the_manifest_served_hashes_to_the_manifest_hash(app: FastAPI, world: World) -> None:
    import hashlib
    import json
    import unicodedata

    found = publication_of(world)
    client = world.client(app, "anonymous")
    page = client.get(f"/published/{found.published_id}").text
    manifest = client.get(f"/published/{found.published_id}/manifest.json").content
    digest = hashlib.sha256(manifest).hexdigest()
    assert f'id="manifest-hash">{digest}<' in page
    sections = client.get(f"/published/{found.published_id}/sections.json").json()
    for entry, section in zip(json.loads(manifest), sections, strict=True):
        text = unicodedata.normalize("NFC", section["text"]).encode()
        assert entry["content_hash"] == hashlib.sha256(text).hexdigest()


def test_the_index_and_feed_list_the_published_text(app: FastAPI, world: World) -> None:
    found = publication_of(world)
    client = world.client(app, "anonymous")
    index = client.get("/published")
    assert f'href="/published/{found.published_id}"' in index.text
    feed = client.get("/published/feed.xml")
    assert feed.headers["content-type"].startswith("application/atom+xml")
    assert f"/published/{found.published_id}</id>" in feed.text
    listed = client.get("/api/v1/published").json()
    assert [e["id"] for e in listed] == [found.published_id]
    assert listed[0]["languages"] == ["en", "ar"]


def test_a_kept_page_is_answered_and_revalidated_without_a_query(
    app: FastAPI, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 304 did all a warm 200 did (the publication read, the page's SHA-256) but send the
    body: a kept page now carries its ETag, and is answered before any query."""
    found = publication_of(world)
    looked_up: list[str] = []
    real = service.published_one

    def spy(session: Session, public_id: str) -> tuple[Publication, Document]:
        looked_up.append(public_id)
        return real(session, public_id)

    monkeypatch.setattr(service, "published_one", spy)
    client = world.client(app, "anonymous")
    first = client.get(f"/published/{found.published_id}")
    assert first.status_code == 200
    assert looked_up == [found.published_id]
    again = client.get(f"/published/{found.published_id}")
    tag = first.headers["etag"]
    revalidated = client.get(f"/published/{found.published_id}", headers={"If-None-Match": tag})
    assert (again.status_code, again.content, again.headers["etag"]) == (200, first.content, tag)
    assert revalidated.status_code == 304
    assert looked_up == [found.published_id]  # neither read the database
    # Another language is another page: looked up once, then kept too.
    assert client.get(f"/published/{found.published_id}/ar").status_code == 200
    assert client.get(f"/published/{found.published_id}/xx").status_code == 404
    assert looked_up == [found.published_id] * 3
    # Nothing unpublished is ever kept: the scheduled text stays a 404, looked up each time.
    for _ in range(2):
        assert client.get(f"/published/{found.scheduled_id}").status_code == 404
    assert looked_up[3:] == [found.scheduled_id] * 2
