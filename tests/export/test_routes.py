"""The export routes: media types, headers, file names, access, bad parameters."""

from __future__ import annotations

import io
import zipfile
from urllib.parse import unquote

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from tests import factories
from tests.export.support import ExportWorld

MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


def client(app: FastAPI, session: Session, world: ExportWorld, who: str) -> TestClient:
    return factories.client_as(app, session, world.people[who])


def url(world: ExportWorld, extension: str) -> str:
    return f"/api/v1/documents/{world.document.id}/export.{extension}"


@pytest.mark.parametrize("extension", ["docx", "md", "html"])
@pytest.mark.parametrize("variant", ["clean", "bracketed", "redline"])
def test_each_format_and_variant_downloads_with_safe_headers(
    app: FastAPI, session: Session, world: ExportWorld, extension: str, variant: str
) -> None:
    response = client(app, session, world, "chair").get(
        url(world, extension), params={"variant": variant}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == MEDIA[extension]
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-content-type-options"] == "nosniff"
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment; filename=")
    assert f".{extension}\"; filename*=UTF-8''" in disposition
    if extension == "docx":
        assert zipfile.ZipFile(io.BytesIO(response.content)).testzip() is None
    else:
        assert "Summit Communiqu" in response.text


@pytest.mark.parametrize(
    "title",
    ["بيان القمة المشترك", "הצהרת הפסגה", 'Quote " and / slash'],
)
def test_file_names_survive_in_utf8_with_an_ascii_fallback(
    app: FastAPI, session: Session, world: ExportWorld, title: str
) -> None:
    api = client(app, session, world, "secretariat")
    document = world.document
    document.title = title
    session.add(document)
    session.flush()
    response = api.get(url(world, "md"))
    disposition = response.headers["content-disposition"]
    fallback = disposition.split('filename="', 1)[1].split('"', 1)[0]
    assert fallback.isascii() and fallback.endswith(".md") and "/" not in fallback
    encoded = disposition.split("filename*=UTF-8''", 1)[1]
    name = unquote(encoded)
    assert name.startswith(title.replace('"', " ").replace("/", " ").split()[0])
    assert name.endswith(" - Rev.2.md")
    if not any(c.isascii() and c.isalpha() for c in title):
        assert fallback == f"document-{document.id} - Rev.2.md"


def test_readers_only(app: FastAPI, session: Session, world: ExportWorld) -> None:
    outsider = client(app, session, world, "outsider")
    response = outsider.get(url(world, "html"))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "document_not_found"
    anonymous = TestClient(app, raise_server_exceptions=False).get(url(world, "md"))
    assert anonymous.status_code == 401


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({"variant": "track"}, 422, "validation_error"),  # not a variant
        ({"revision": "Rev.42"}, 404, "revision_not_found"),  # no such revision
        ({"revision": "x" * 41}, 422, "validation_error"),  # longer than any label
        ({"variant": "redline", "compare_to": "Rev.99"}, 404, "revision_not_found"),
        (
            {"variant": "redline", "revision": "Rev.1", "compare_to": "Rev.2"},
            422,
            "compare_to_not_earlier",
        ),
        ({"variant": "redline", "revision": "Rev.1"}, 409, "no_earlier_revision"),
        ({"statements": "perhaps"}, 422, "validation_error"),
    ],
)
def test_bad_parameters_get_a_code(
    app: FastAPI,
    session: Session,
    world: ExportWorld,
    params: dict[str, str],
    status: int,
    code: str,
) -> None:
    for extension in ("md", "html", "docx"):
        response = client(app, session, world, "chair").get(url(world, extension), params=params)
        assert response.status_code == status, (extension, response.text)
        assert response.json()["error"]["code"] == code


def test_unknown_template_is_404(app: FastAPI, session: Session, world: ExportWorld) -> None:
    response = client(app, session, world, "chair").get(
        url(world, "docx"), params={"template": 999_999}
    )
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "template_not_found"


def test_place_is_part_of_the_document(app: FastAPI, session: Session, world: ExportWorld) -> None:
    api = client(app, session, world, "secretariat")
    created = api.post("/api/v1/documents", json={"title": "Communiqué", "place": " Rabat "})
    assert created.status_code == 201 and created.json()["place"] == "Rabat"
    document_id = created.json()["id"]
    cleared = api.patch(f"/api/v1/documents/{document_id}", json={"place": ""})
    assert cleared.status_code == 200 and cleared.json()["place"] is None
    markdown = api.get(url(world, "md")).text
    assert "Amman, " in markdown.splitlines()[2]
