"""Revisions: Rev.N snapshots and the comparison of any two (or one and head)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.identity.models import User
from tests import factories


def ids(api: TestClient, document_id: int | None) -> list[int]:
    return [s["id"] for s in api.get(f"/api/v1/documents/{document_id}").json()["sections"]]


def revise(api: TestClient, document_id: int | None) -> dict[str, Any]:
    response = api.post(f"/api/v1/documents/{document_id}/revisions", json={})
    assert response.status_code == 201, response.text
    return dict(response.json())


def compare(
    api: TestClient, document_id: int | None, old: str, new: str = "head"
) -> dict[str, Any]:
    response = api.get(f"/api/v1/documents/{document_id}/diff", params={"from": old, "to": new})
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_revisions_are_numbered_and_hold_the_current_versions(
    api: TestClient, session: Session, user: User
) -> None:
    document = factories.make_document(session, author=user, sections=2)
    first = revise(api, document.id)
    a, b = ids(api, document.id)
    api.post(f"/api/v1/sections/{a}/versions", json={"text": "Changed.", "base_version": 1})
    second = revise(api, document.id)
    assert (first["label"], second["label"]) == ("Rev.1", "Rev.2")
    assert [(e["section_id"], e["version"], e["number"]) for e in first["sections"]] == [
        (a, 1, 1),
        (b, 1, 2),
    ]
    assert second["sections"][0]["version"] == 2
    listed = api.get(f"/api/v1/documents/{document.id}/revisions").json()
    assert [r["label"] for r in listed] == ["Rev.1", "Rev.2"]


def test_compare_reports_added_removed_moved_and_changed(
    api: TestClient, session: Session, user: User
) -> None:
    document = factories.make_document(session, author=user, sections=4)
    a, b, c, d = ids(api, document.id)
    revise(api, document.id)
    api.post(
        f"/api/v1/sections/{a}/versions",
        json={"text": "Paragraph 1 of the agreed text.", "base_version": 1},
    )
    api.delete(f"/api/v1/sections/{b}")
    api.patch(f"/api/v1/sections/{d}", json={"after": None})
    new = api.post(
        f"/api/v1/documents/{document.id}/sections", json={"text": "Added.", "after": c}
    ).json()
    revise(api, document.id)

    diff = compare(api, document.id, "Rev.1", "Rev.2")
    assert (diff["added"], diff["removed"], diff["changed"], diff["moved"]) == (1, 1, 1, 1)
    by_id = {s["section_id"]: s for s in diff["sections"]}
    assert by_id[a]["status"] == "changed"
    assert [op for op in by_id[a]["diff"] if op[0] != 0] == [[-1, "[draft]"], [1, "agreed"]]
    assert by_id[b]["status"] == "removed" and by_id[b]["to_version"] is None
    assert by_id[d]["moved"] is True and by_id[d]["status"] == "unchanged"
    assert (by_id[d]["from_number"], by_id[d]["to_number"]) == (4, 1)
    assert by_id[new["id"]]["status"] == "added"
    # Removed sections stay where they stood, after their surviving predecessor.
    order = [s["section_id"] for s in diff["sections"]]
    assert order.index(b) == order.index(a) + 1
    assert (by_id[d]["from_position"], by_id[d]["to_position"]) == (3, 0)
    assert (by_id[b]["from_position"], by_id[b]["to_position"]) == (1, None)
    assert (by_id[new["id"]]["from_position"], by_id[new["id"]]["to_position"]) == (None, 3)


def test_compare_reports_the_fewest_moves_with_both_places(
    api: TestClient, session: Session, user: User
) -> None:
    """Seven paragraphs put in the order 1 3 5 2 4 6 0: three moves put the older order back
    (a diff of the order by longest matching runs, difflib's, reported six)."""
    document = factories.make_document(session, author=user, sections=7)
    before = ids(api, document.id)
    revise(api, document.id)
    wanted = [before[i] for i in (1, 3, 5, 2, 4, 6, 0)]
    previous = None
    for sid in wanted:
        moved = api.patch(f"/api/v1/sections/{sid}", json={"after": previous})
        assert moved.status_code == 200, moved.text
        previous = sid
    assert ids(api, document.id) == wanted
    revise(api, document.id)

    diff = compare(api, document.id, "Rev.1", "Rev.2")
    assert diff["moved"] == 3
    sections = diff["sections"]
    assert [s["section_id"] for s in sections] == wanted
    for section in sections:
        sid = section["section_id"]
        assert (section["from_position"], section["to_position"]) == (
            before.index(sid),
            wanted.index(sid),
        )
        assert section["status"] == "unchanged"
    # The sections left in place keep their older order; put back, the moved ones give it all.
    staying = [s["from_position"] for s in sections if not s["moved"]]
    assert staying == sorted(staying) and len(staying) == 4


def test_compare_with_head_and_plain_numbers(api: TestClient, session: Session, user: User) -> None:
    document = factories.make_document(session, author=user, sections=1)
    (a,) = ids(api, document.id)
    revise(api, document.id)
    api.post(
        f"/api/v1/sections/{a}/versions",
        json={"text": "Paragraph 1 of the [final] text.", "base_version": 1},
    )
    diff = compare(api, document.id, "1")
    assert diff["to_revision"] == "head"
    assert diff["changed"] == 1


def test_unknown_or_malformed_revision_is_404(
    api: TestClient, session: Session, user: User
) -> None:
    document = factories.make_document(session, author=user, sections=1)
    for ref in ["Rev.3", "banana", "Rev.-1", "٣"]:
        response = api.get(f"/api/v1/documents/{document.id}/diff", params={"from": ref})
        assert response.status_code == 404, ref
        assert response.json()["error"]["code"] == "revision_not_found"
