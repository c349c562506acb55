"""Leak scan of publication: the schedule as each role reads it, and every public page and file,
for every role and anonymous. The unannounced delegation (never confirmed for the published
text) and its share of a joint pledge must not show; nothing of the scheduled text may be
public before its time; a Word file is unzipped and every part read, a PDF's text and metadata."""

from __future__ import annotations

import io
import zipfile

import pytest
from fastapi import FastAPI
from sqlmodel import Session

from concord.publication import public
from tests.access_world import MARKER, NOT_ENTITLED, ROLES, World
from tests.export.pdf_helpers import pdf_texts
from tests.publication.world import HIDDEN_DIGITS, build_with_publication, publication_of

API = "/api/v1"


@pytest.fixture
def world(session: Session) -> World:
    public.forget()
    return build_with_publication(session)


def _texts(path: str, body: bytes) -> list[str]:
    if path.endswith(".docx"):
        archive = zipfile.ZipFile(io.BytesIO(body))
        return [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
    if path.endswith(".pdf"):
        return list(pdf_texts(body).values())
    return [body.decode("utf-8")]


def _public_paths(world: World, *, pdf: bool) -> list[str]:
    found = publication_of(world)
    base = f"/published/{found.published_id}"
    paths = [
        "/published",
        "/published/feed.xml",
        f"{API}/published",
        base,
        f"{base}/ar",
        f"{base}/manifest.json",
        f"{base}/sections.json",
        f"{base}/text.docx",
        f"{base}/text-ar.docx",
    ]
    return [*paths, f"{base}/text.pdf"] if pdf else paths


@pytest.mark.parametrize("role", ROLES)
def test_no_public_page_tells_of_a_hidden_party_or_an_unpublished_text(
    role: str, app: FastAPI, world: World
) -> None:
    """The public pages are the same for everyone: signed in as the secretariat changes nothing."""
    client = world.client(app, role)
    found = publication_of(world)
    for path in _public_paths(world, pdf=role == "anonymous"):
        response = client.get(path)
        assert response.status_code == 200, (path, response.text)
        for text in _texts(path, response.content):
            flat = text.replace(",", "")
            assert MARKER.lower() not in text.lower(), path
            assert HIDDEN_DIGITS not in flat, path
            assert "Ministers" not in text, path  # the scheduled text's title
    for path in (
        f"/published/{found.scheduled_id}",
        f"/published/{found.scheduled_id}/text.docx",
        f"/published/{found.scheduled_id}/manifest.json",
    ):
        refused = client.get(path)
        assert refused.status_code == 404, path
        assert "Ministers" not in refused.text


@pytest.mark.parametrize("role", NOT_ENTITLED)
def test_the_schedule_names_only_parties_the_reader_may_know_of(
    role: str, app: FastAPI, world: World
) -> None:
    client = world.client(app, role)
    for document in (publication_of(world).scheduled, publication_of(world).published):
        response = client.get(f"{API}/documents/{document.id}/publication")
        assert MARKER not in response.text
        assert HIDDEN_DIGITS not in response.text


def test_the_secretariat_sees_who_is_still_to_confirm(app: FastAPI, world: World) -> None:
    found = publication_of(world)
    got = world.client(app, "secretariat").get(f"{API}/documents/{found.scheduled.id}/publication")
    waiting = {p["delegation"]["code"]: p["needs_confirmation"] for p in got.json()["participants"]}
    assert waiting == {"AAA": False, MARKER: True}
