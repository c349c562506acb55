"""Comments on a translation: delegations check the Arabic text and say so on it, anchored to its
words; the negotiating text's discussion, counts and stream stay its own."""

from __future__ import annotations

from typing import Any

from tests.factories import error_of
from tests.translation.conftest import AR, Statement


def _comments(statement: Statement, role: str, language: str | None = None) -> list[Any]:
    query = f"?language={language}" if language else ""
    response = statement.clients[role].get(
        f"/api/v1/sections/{statement.sections[0]}/comments{query}"
    )
    assert response.status_code == 200, response.text
    body: list[Any] = response.json()
    return body


def _comment(statement: Statement, role: str, body: dict[str, Any]) -> Any:
    return statement.clients[role].post(
        f"/api/v1/sections/{statement.sections[0]}/comments", json=body
    )


def _translated(statement: Statement) -> None:
    first = statement.translate("translator", 0, AR[0], source=1, base=None)
    assert first.status_code == 201, first.text


def test_a_comment_on_the_translation_is_anchored_in_it_and_kept_apart(
    statement: Statement,
) -> None:
    _translated(statement)
    made = _comment(
        statement,
        "head_b",
        {
            "body": "الائتلاف: say «التحالف».",
            "version": 1,
            "language": "ar",
            "anchor": {"quote": "بالائتلاف"},
        },
    )
    assert made.status_code == 201, made.text
    comment = made.json()
    assert comment["language"] == "ar"
    assert comment["anchor"]["quote"] == "بالائتلاف"
    assert AR[0][comment["anchor"]["start"] : comment["anchor"]["end"]] == "بالائتلاف"
    # On the translation's page, not on the negotiating text's.
    assert [c["id"] for c in _comments(statement, "head_a", "ar")] == [comment["id"]]
    assert _comments(statement, "head_a") == []
    document = statement.clients["head_a"].get(f"/api/v1/documents/{statement.document_id}")
    counts = [s.get("comment_count", 0) for s in document.json()["sections"]]
    assert counts[0] == 0
    # Asking for the negotiating language is asking for the negotiating text's comments.
    assert _comments(statement, "head_a", "en") == []

    # A reply joins the thread on the translation.
    reply = _comment(statement, "head_a", {"body": "Agreed.", "parent_id": comment["id"]})
    assert reply.status_code == 201, reply.text
    assert reply.json()["language"] == "ar"


def test_the_anchor_follows_a_new_translation(statement: Statement) -> None:
    _translated(statement)
    made = _comment(
        statement,
        "head_b",
        {"body": "Check this word.", "version": 1, "language": "ar", "anchor": {"quote": "يقود"}},
    )
    # Not on the first paragraph's text: refused, nothing made.
    assert made.status_code == 422
    assert error_of(made)["code"] == "anchor_not_found"
    made = _comment(
        statement,
        "head_b",
        {"body": "Check this word.", "version": 1, "language": "ar", "anchor": {"quote": "نرحب"}},
    )
    assert made.status_code == 201, made.text
    again = statement.translate("translator", 0, "إننا " + AR[0], source=1, base=1)
    assert again.status_code == 201, again.text
    [moved] = _comments(statement, "head_a", "ar")
    assert moved["anchor"]["version"] == 2
    text = "إننا " + AR[0]
    assert text[moved["anchor"]["start"] : moved["anchor"]["end"]] == "نرحب"


def test_comments_on_a_translation_refuse_what_is_not_there(statement: Statement) -> None:
    before = _comments(statement, "head_a", "ar")
    # No Arabic version yet.
    missing = _comment(statement, "head_a", {"body": "Where?", "version": 1, "language": "ar"})
    assert missing.status_code == 422
    assert error_of(missing)["code"] == "unknown_version"
    assert missing.json()["error"]["details"]["current"] == 0
    # A language the document is not published in.
    french = _comment(statement, "head_a", {"body": "Où ?", "version": 1, "language": "fr"})
    assert french.status_code == 404
    assert error_of(french)["code"] == "language_not_in_document"
    listed = statement.clients["head_a"].get(
        f"/api/v1/sections/{statement.sections[0]}/comments?language=fr"
    )
    assert listed.status_code == 404
    bad = statement.clients["head_a"].get(
        f"/api/v1/sections/{statement.sections[0]}/comments?language=ARABIC"
    )
    assert bad.status_code == 422
    _translated(statement)
    source = _comment(statement, "head_a", {"body": "On the English.", "version": 1})
    assert source.status_code == 201
    # A reply that names another text than its thread's.
    crossed = _comment(
        statement,
        "head_b",
        {"body": "بالعربية", "parent_id": source.json()["id"], "language": "ar"},
    )
    assert crossed.status_code == 422
    assert error_of(crossed)["code"] == "language_mismatch"
    assert _comments(statement, "head_a", "ar") == before == []
    assert len(_comments(statement, "head_a")) == 1


def test_an_outsider_reads_no_comment_on_a_translation(statement: Statement) -> None:
    _translated(statement)
    made = _comment(statement, "head_a", {"body": "Fine.", "version": 1, "language": "ar"})
    assert made.status_code == 201
    outsider = statement.clients["outsider"].get(
        f"/api/v1/sections/{statement.sections[0]}/comments?language=ar"
    )
    assert outsider.status_code == 404
    internal = _comment(
        statement,
        "head_a",
        {"body": "Between us.", "version": 1, "language": "ar", "visibility": "delegation"},
    )
    assert internal.status_code == 201
    seen_by_b = [c["body"] for c in _comments(statement, "head_b", "ar")]
    assert seen_by_b == ["Fine."]
