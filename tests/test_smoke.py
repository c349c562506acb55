from __future__ import annotations

from fastapi.testclient import TestClient


def test_document_round_trip(api: TestClient) -> None:
    created = api.post("/api/v1/documents", json={"title": "Summit statement", "kind": "statement"})
    assert created.status_code == 201, created.text
    doc_id = created.json()["id"]
    section = api.post(f"/api/v1/documents/{doc_id}/sections", json={"text": "We [shall] act."})
    assert section.status_code == 201, section.text
    got = api.get(f"/api/v1/documents/{doc_id}").json()
    assert got["sections"][0]["current"]["text"] == "We [shall] act."
    assert got["sections"][0]["number"] == 1
    assert got["brackets"]["spans"] == 1
