"""The public page of a published text: without signing in, cacheable, nothing unpublished."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlmodel import Session

from concord.publication import public
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
