"""A bracketed article: a span over several paragraphs keeps them all unagreed and blocks
adoption, whatever the parties said of each paragraph."""

from __future__ import annotations

from sqlmodel import Session

from tests import factories
from tests.consensus.support import Negotiation


def bracket_an_article(session: Session, n: Negotiation) -> None:
    """Paragraphs: `[We welcome…`, `Civil society leads.`, `All agree.]`, `Outside.`"""
    edit = n.clients["chair"].post(
        f"/api/v1/sections/{n.sections[0].id}/versions",
        json={"text": "[We welcome the consortium.", "base_version": 1},
    )
    assert edit.status_code == 201, edit.text
    chair = n.people["chair"]
    n.sections.append(factories.make_section(session, n.document, chair, "All agree.]"))
    n.sections.append(factories.make_section(session, n.document, chair, "Outside the article."))
    for section in n.sections:
        session.refresh(section)
    for role in ("head_a", "head_b"):
        for index, section in enumerate(n.sections):
            response = n.put(role, index, version=section.head, decision="approve")
            assert response.status_code == 200, response.text


def test_paragraph_inside_a_bracketed_article_is_not_counted_agreed(
    session: Session, negotiation: Negotiation
) -> None:
    bracket_an_article(session, negotiation)
    page = negotiation.clients["head_a"].get(negotiation.url("")[:-1])
    assert page.status_code == 200, page.text
    body = page.json()
    assert body["approvals"]["paragraphs"] == 4
    assert body["approvals"]["agreed"] == 1  # only the paragraph outside the span
    assert body["brackets"]["crossing"] == 1
    assert body["brackets"]["spans"] == 1
    # Every word of the three paragraphs is bracketed; the fourth is not.
    assert body["brackets"]["bracketed_words"] == body["brackets"]["total_words"] - 3
    first, middle, last, outside = (s.id for s in negotiation.sections)
    roles = {
        s["id"]: [(m["role"], m["first_section_id"]) for m in s["spans"]] for s in body["sections"]
    }
    assert roles == {
        first: [("opens", first)],
        middle: [("inside", first)],
        last: [("closes", first)],
        outside: [],
    }
    # Each paragraph on its own is unbalanced or clean; the document closes the span.
    assert body["brackets"]["unmatched"] == []
    matrix = negotiation.clients["head_a"].get(negotiation.url("approvals")).json()
    assert matrix["summary"]["agreed"] == 1


def test_adoption_is_blocked_naming_the_spans_first_paragraph(
    session: Session, negotiation: Negotiation
) -> None:
    bracket_an_article(session, negotiation)
    response = negotiation.clients["secretariat"].post(negotiation.url("adopt"), json={})
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "adoption_blocked"
    first, middle, last, _ = (s.id for s in negotiation.sections)
    found = error["details"]["brackets"]
    assert found["sections"] == [first, middle, last]
    assert found["crossing"] == [{"first_section_id": first, "last_section_id": last}]
    assert error["details"]["missing_approvals"] == []


def test_a_bracket_the_document_never_closes_is_named_where_it_opens(
    session: Session, negotiation: Negotiation
) -> None:
    edit = negotiation.clients["chair"].post(
        f"/api/v1/sections/{negotiation.sections[1].id}/versions",
        json={"text": "Civil society [leads.", "base_version": 1},
    )
    assert edit.status_code == 201, edit.text
    body = negotiation.clients["head_a"].get(negotiation.url("")[:-1]).json()
    assert body["brackets"]["unmatched"] == [
        {"section_id": negotiation.sections[1].id, "offset": 14, "bracket": "["}
    ]
    response = negotiation.clients["secretariat"].post(negotiation.url("adopt"), json={})
    unmatched = response.json()["error"]["details"]["brackets"]["unmatched"]
    assert unmatched == [{"section_id": negotiation.sections[1].id, "offset": 14, "bracket": "["}]
