"""Leak scan of the exports: every format and variant, downloaded by every role not entitled
to the unannounced delegation; a Word file is unzipped and every part read (properties too)."""

from __future__ import annotations

import io
import itertools
import zipfile

import pytest
from fastapi import FastAPI
from sqlmodel import Session

from tests.access_world import MARKER, NOT_ENTITLED, World, build
from tests.export.pdf_helpers import pdf_texts

VARIANTS = ["clean", "bracketed", "redline"]
OPTIONS = [
    {"statements": "true"},
    {"statements": "false"},
    {"revision": "Rev.1"},
    {"revision": "head"},
]


@pytest.fixture
def world(session: Session) -> World:
    return build(session)


def texts(extension: str, body: bytes) -> dict[str, str]:
    if extension == "pdf":
        return pdf_texts(body)
    if extension != "docx":
        return {"body": body.decode("utf-8")}
    archive = zipfile.ZipFile(io.BytesIO(body))
    return {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}


@pytest.mark.parametrize("role", NOT_ENTITLED)
def test_no_export_part_names_the_unannounced_delegation(
    role: str, app: FastAPI, world: World
) -> None:
    client = world.client(app, role)
    seen = 0
    leaks = []
    for extension, variant, options in itertools.product(("docx", "md", "html"), VARIANTS, OPTIONS):
        if variant == "redline" and options.get("revision") == "Rev.1":
            continue  # nothing before Rev.1 (409)
        response = client.get(
            f"/api/v1/documents/{world.document.id}/export.{extension}",
            params={"variant": variant, **options},
        )
        assert response.status_code < 500
        assert MARKER.lower() not in response.headers.get("content-disposition", "").lower()
        if response.status_code != 200:
            assert MARKER.lower() not in response.text.lower()
            continue
        seen += 1
        for part, text in texts(extension, response.content).items():
            if MARKER.lower() in text.lower():
                leaks.append((extension, variant, options, part))
    assert leaks == []
    readers = {"member", "chair", "delegate_a", "head_a", "observer_chair"}
    assert seen == (33 if role in readers else 0)


@pytest.mark.parametrize("role", ["secretariat", "unannounced"])
def test_entitled_roles_find_the_delegation_in_the_export(
    role: str, app: FastAPI, world: World
) -> None:
    client = world.client(app, role)
    for extension in ("docx", "pdf", "md", "html"):
        response = client.get(
            f"/api/v1/documents/{world.document.id}/export.{extension}",
            params={"variant": "bracketed"},
        )
        assert response.status_code == 200
        found = any(MARKER in t for t in texts(extension, response.content).values())
        assert found, extension


@pytest.mark.parametrize("role", NOT_ENTITLED)
def test_no_pdf_names_the_unannounced_delegation(role: str, app: FastAPI, world: World) -> None:
    """The PDF is the Word file printed: each variant once (LibreOffice takes seconds a file;
    the options are covered through the Word file above), text, metadata and raw bytes read."""
    client = world.client(app, role)
    seen = 0
    for variant in VARIANTS:
        response = client.get(
            f"/api/v1/documents/{world.document.id}/export.pdf", params={"variant": variant}
        )
        assert response.status_code < 500
        assert MARKER.lower() not in response.headers.get("content-disposition", "").lower()
        if response.status_code != 200:
            assert MARKER.lower() not in response.text.lower()
            continue
        seen += 1
        for part, text in pdf_texts(response.content).items():
            assert MARKER.lower() not in text.lower(), (variant, part)
    readers = {"member", "chair", "delegate_a", "head_a", "observer_chair"}
    assert seen == (3 if role in readers else 0)
