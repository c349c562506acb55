"""PDF export: the Word file printed by LibreOffice, read back with poppler (pdftotext, pdfinfo).

Why LibreOffice and not WeasyPrint from the HTML export is in export/pdf.py: measured on this
communiqué, both shape Arabic and Hebrew, but only the printed Word file has page footnotes,
Word's numbering and the header and footer with page numbers, and the HTML page has none of
them; WeasyPrint is faster (0.37 s against 2-3 s a file), which bounded concurrency makes safe.
"""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.export import pdf
from tests import factories
from tests.export.pdf_helpers import BIDI_CONTROLS, pdf_info, pdf_text
from tests.export.pdf_helpers import as_read as _as_read
from tests.export.support import ARABIC, HEBREW, ExportWorld


def client(app: FastAPI, session: Session, world: ExportWorld, who: str) -> TestClient:
    return factories.client_as(app, session, world.people[who])


def url(world: ExportWorld) -> str:
    return f"/api/v1/documents/{world.document.id}/export.pdf"


def _in_order(text: str, pieces: list[str]) -> bool:
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return True


@pytest.fixture
def pdfs(app: FastAPI, session: Session, world: ExportWorld) -> dict[str, bytes]:
    api = client(app, session, world, "secretariat")
    out = {}
    for variant in ("clean", "bracketed", "redline"):
        response = api.get(url(world), params={"variant": variant})
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/pdf"
        assert response.headers["cache-control"] == "no-store"
        assert response.headers["content-disposition"].endswith(".pdf")
        assert response.content.startswith(b"%PDF-")
        out[variant] = response.content
    return out


def _words(text: str) -> list[str]:
    return [w.strip(".[]") for w in text.split()]


def test_each_variant_in_order_arabic_intact_tagged_with_title_and_language(
    pdfs: dict[str, bytes],
) -> None:
    """One test, as each conversion takes seconds."""
    for variant, data in pdfs.items():
        text = " ".join(pdf_text(data).translate(BIDI_CONTROLS).split())
        read = _words(text)
        # Every Arabic and Hebrew word whole, none broken into letters or reversed.
        for word in _words(ARABIC) + _words(HEBREW):
            assert _as_read(word) in read, (variant, word, text)
        assert "السالم" in read  # "السلام" with its lam-alef ligature
        arabic, hebrew = _as_read(_words(ARABIC)[0]), _words(HEBREW)[0]
        if variant == "redline":
            body = ["1. We", "warmly", "welcome the", arabic, hebrew, "A paragraph that goes."]
        else:
            body = ["1.", "We warmly welcome the", arabic, hebrew, "4.", "A new paragraph."]
        pieces = ["Summit Communiqué", "Preamble", *body, "Founded in 2020.", "Page 1 of"]
        assert _in_order(text, pieces), (variant, text)
    # Tagged, with its title and language (the document's, and each Arabic or Hebrew span's).
    for variant, data in pdfs.items():
        info = pdf_info(data)
        assert info["Tagged"] == "yes", variant
        assert info["Title"] == "Summit Communiqué", variant
        assert 1 <= int(info["Pages"]) <= 4, (variant, info["Pages"])
        assert b"/Lang(en-GB)" in data  # the document's language
        assert b"/Lang(ar" in data and b"/Lang(he" in data
    text = " ".join(pdf_text(pdfs["bracketed"]).split())
    assert _in_order(text, ["Annex", "Republic of Alpha", "para. 1"])


def test_beyond_the_slots_it_is_503_with_retry_after(
    app: FastAPI, session: Session, world: ExportWorld
) -> None:
    api = client(app, session, world, "chair")
    with pdf.slot(), pdf.slot():  # both of the default two are converting
        busy = api.get(url(world))
    assert busy.status_code == 503
    assert busy.json()["error"]["code"] == "pdf_busy"
    assert int(busy.headers["retry-after"]) > 0
    assert api.get(url(world)).status_code == 200  # the slots are free again


def test_bad_parameters_are_refused_before_any_conversion(
    app: FastAPI, session: Session, world: ExportWorld
) -> None:
    api = client(app, session, world, "chair")
    assert api.get(url(world), params={"variant": "banana"}).status_code == 422
    response = api.get(url(world), params={"revision": "Rev.9"})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "revision_not_found"


def test_without_libreoffice_it_is_503_pdf_unavailable(
    app: FastAPI, session: Session, world: ExportWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = client(app, session, world, "chair")
    monkeypatch.setenv("PATH", "/nonexistent")
    response = api.get(url(world))
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "pdf_unavailable"
