"""The approval matrix and its summary: what each party holds, as the viewer may see it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI
from sqlalchemy import event
from sqlmodel import Session

from concord.consensus import standing
from concord.identity.access import viewer_for
from tests import factories
from tests.consensus.support import Negotiation


@contextmanager
def statements(session: Session) -> Iterator[list[str]]:
    seen: list[str] = []
    engine = session.get_bind()

    def count(*args: Any) -> None:
        seen.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_matrix_shows_each_partys_decision_version_and_state(
    session: Session, negotiation: Negotiation
) -> None:
    negotiation.put("head_a", 0, version=1, decision="reservation", statement="Footnote.")
    negotiation.put("head_b", 1, version=1, decision="object", statement="No.")
    matrix = negotiation.clients["chair"].get(negotiation.url("approvals")).json()
    # In the order of their codes, as everywhere parties are listed (not of their ids: the
    # factories' codes D9 and D10 sort the other way round).
    by_code = sorted([negotiation.a, negotiation.b], key=lambda d: d.code)
    assert [p["id"] for p in matrix["parties"]] == [d.id for d in by_code]
    cells = {
        (s["section_id"], p["delegation_id"]): (p["decision"], p["version"], p["state"])
        for s in matrix["sections"]
        for p in s["positions"]
    }
    first, second = (s.id for s in negotiation.sections)
    a, b = negotiation.a.id, negotiation.b.id
    assert cells == {
        (first, a): ("reservation", 1, "current"),
        (first, b): (None, None, "none"),
        (second, a): (None, None, "none"),
        (second, b): ("object", 1, "current"),
    }
    summary = matrix["summary"]
    assert (summary["paragraphs"], summary["agreed"], summary["objected"], summary["pending"]) == (
        2,
        0,
        1,
        1,
    )


def test_summary_counts_agreed_waiting_and_bracketed_text(
    session: Session, negotiation: Negotiation
) -> None:
    for role in ("head_a", "head_b"):
        negotiation.put(role, 0, version=1, decision="approve")
    negotiation.put("head_a", 1, version=1, decision="abstain")
    negotiation.put("head_b", 1, version=1, decision="ad_referendum")
    chair = viewer_for(session, negotiation.people["chair"])
    summary = standing.approval_summary(session, chair, negotiation.document)
    assert (summary.agreed, summary.pending, summary.ad_referendum, summary.objected) == (
        1,
        1,
        1,
        0,
    )
    assert summary.brackets.spans == 0
    assert summary.brackets.share == 0.0


def test_an_unannounced_partys_positions_stay_hidden(
    app: FastAPI, session: Session, negotiation: Negotiation
) -> None:
    hidden = factories.make_delegation(session, announced=False, name="Hidden Realm")
    from concord.drafting.models import DocumentParty

    session.add(
        DocumentParty(document_id=negotiation.document.id or 0, delegation_id=hidden.id or 0)
    )
    envoy = factories.make_user(session, delegation=hidden, head=True)
    session.flush()
    client = factories.client_as(app, session, envoy)
    section = negotiation.sections[0]
    response = client.put(
        negotiation.mine(),
        json={"version": 1, "decision": "object", "statement": "Hidden Realm objects."},
    )
    assert response.status_code == 200
    for role in ("head_a", "head_b"):
        negotiation.put(role, 0, version=1, decision="approve")
    seen = negotiation.clients["head_a"].get(negotiation.url("approvals"))
    assert "Hidden Realm" not in seen.text
    assert hidden.id not in [p["id"] for p in seen.json()["parties"]]
    assert seen.json()["summary"]["objected"] == 0
    insider = client.get(negotiation.url("approvals")).json()
    assert insider["summary"]["objected"] == 1
    assert section.id is not None


def test_matrix_takes_a_constant_number_of_statements(
    session: Session, negotiation: Negotiation
) -> None:
    viewer = viewer_for(session, negotiation.people["secretariat"])

    def measure(n: Negotiation) -> int:
        for index, section in enumerate(n.sections):
            n.put("head_a", index, version=section.head, decision="approve")
        session.expire_all()
        with statements(session) as seen:
            matrix = standing.approval_matrix(session, viewer, n.document)
        assert len(matrix.sections) == len(n.sections)
        return len(seen)

    small = measure(negotiation)
    for _ in range(10):
        section = factories.make_section(
            session, negotiation.document, negotiation.people["chair"], "Another paragraph."
        )
        negotiation.sections.append(section)
    assert measure(negotiation) == small
