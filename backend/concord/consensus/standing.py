"""Where each party stands: the latest live position per section, the matrix and the summary.

A position counts only while it names the section's current version with that version's content
hash (docs/invariants.md, invariant 3). Read-only: nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from concord.consensus.models import Approval, Decision
from concord.consensus.schemas import (
    ApprovalMatrix,
    ApprovalSummary,
    CellPublic,
    SectionApprovals,
)
from concord.drafting import service as drafting
from concord.drafting import spans, views
from concord.drafting.models import Document, Section, SectionKind, Version
from concord.identity.access import Viewer
from concord.identity.schemas import DelegationPublic

# Positions that let a paragraph go through. Abstaining is a decision not to stand in the way;
# ad referendum waits for the capital's confirmation and does not count until confirmed.
AGREEING = frozenset({Decision.approve, Decision.reservation, Decision.abstain})


# --- standing positions, the matrix and the summary ---------------------------------------------


@dataclass(frozen=True)
class Standing:
    """For each live section, the latest live position of each party: current or stale."""

    rows: list[tuple[Section, Version]]
    latest: dict[tuple[int, int], Approval]

    def current(self, section: Section, version: Version, delegation_id: int) -> Approval | None:
        assert section.id is not None
        found = self.latest.get((section.id, delegation_id))
        if (
            found is not None
            and found.version == section.head
            and found.content_hash == version.content_hash
        ):
            return found
        return None


def standing(
    session: Session, document_id: int, rows: list[tuple[Section, Version]] | None = None
) -> Standing:
    """Two statements, whatever the length of the document (one when the caller has the live
    sections already)."""
    if rows is None:
        rows = drafting.live_sections(session, document_id)
    approvals = session.exec(
        select(Approval)
        .join(Section, col(Section.id) == col(Approval.section_id))
        .where(
            Section.document_id == document_id,
            col(Section.retired_at).is_(None),
            col(Approval.withdrawn_at).is_(None),
        )
        .order_by(col(Approval.version))
    ).all()
    # Ordered by version: the last one seen per (section, party) is the latest.
    return Standing(rows, {(a.section_id, a.delegation_id): a for a in approvals})


def summaries(
    session: Session,
    rows: dict[int, list[tuple[Section, Version]]],
    party_ids: dict[int, list[int]],
) -> dict[int, ApprovalSummary]:
    """The approval summary of several documents (a list page) in one statement: `rows` are each
    document's live sections, `party_ids` the parties the viewer may see on each."""
    found = session.exec(
        select(Approval)
        .join(Section, col(Section.id) == col(Approval.section_id))
        .where(
            col(Section.document_id).in_(list(rows)),
            col(Section.retired_at).is_(None),
            col(Approval.withdrawn_at).is_(None),
        )
        .order_by(col(Approval.version))
    ).all()
    document_of = {s.id: s.document_id for sections in rows.values() for s, _ in sections}
    latest: dict[int, dict[tuple[int, int], Approval]] = {d: {} for d in rows}
    for approval in found:
        document_id = document_of.get(approval.section_id)
        if document_id is not None:
            latest[document_id][(approval.section_id, approval.delegation_id)] = approval
    return {
        d: _summary(Standing(sections, latest[d]), party_ids.get(d, []))
        for d, sections in rows.items()
    }


def _summary(
    state: Standing, party_ids: Sequence[int], found: spans.DocumentSpans | None = None
) -> ApprovalSummary:
    """A paragraph inside a span that crosses paragraphs (a bracketed article) is not agreed,
    whatever the parties said of it: its text is still in brackets."""
    found = found if found is not None else views.document_spans(state.rows)
    enclosed = {i for span in found.crossing for i in range(span.start[0], span.end[0] + 1)}
    agreed = objected = waiting = paragraphs = 0
    for index, (section, version) in enumerate(state.rows):
        if section.kind != SectionKind.paragraph:
            continue
        paragraphs += 1
        decisions = [state.current(section, version, d) for d in party_ids]
        if any(a is not None and a.decision == Decision.object for a in decisions):
            objected += 1
        elif index in enclosed:
            continue
        elif all(a is not None and a.decision in AGREEING for a in decisions):
            agreed += 1
        elif all(
            a is not None and a.decision in AGREEING | {Decision.ad_referendum} for a in decisions
        ):
            waiting += 1
    return ApprovalSummary(
        paragraphs=paragraphs,
        agreed=agreed,
        objected=objected,
        pending=paragraphs - agreed - objected,
        ad_referendum=waiting,
        brackets=views.bracket_summary(state.rows, found),
    )


def _visible_parties(session: Session, viewer: Viewer, document_id: int) -> list[int]:
    return [
        d.id
        for d in views.parties(session, document_id)
        if d.id is not None and viewer.sees_delegation(d.id)
    ]


def approval_summary(
    session: Session,
    viewer: Viewer,
    document: Document,
    *,
    rows: list[tuple[Section, Version]] | None = None,
    party_ids: Sequence[int] | None = None,
    found: spans.DocumentSpans | None = None,
) -> ApprovalSummary:
    """Agreed, objected and pending paragraphs over the parties the viewer may see (a hidden
    party's positions must not show through the counts), and the brackets left. A caller that
    has loaded the live sections or the visible parties already passes them in."""
    assert document.id is not None
    if party_ids is None:
        party_ids = _visible_parties(session, viewer, document.id)
    return _summary(standing(session, document.id, rows), party_ids, found)


def _cell(
    approval: Approval | None, current: bool, delegation_id: int, people: views.People
) -> CellPublic:
    if approval is None:
        return CellPublic(
            delegation_id=delegation_id,
            decision=None,
            version=None,
            state="none",
            statement="",
            set_by=None,
            set_at=None,
        )
    return CellPublic(
        delegation_id=delegation_id,
        decision=approval.decision,
        version=approval.version,
        state="current" if current else "stale",
        statement=approval.statement,
        set_by=people.person(approval.set_by),
        set_at=approval.set_at,
    )


def approval_matrix(session: Session, viewer: Viewer, document: Document) -> ApprovalMatrix:
    """Sections × visible parties in a constant number of statements."""
    assert document.id is not None
    state = standing(session, document.id)
    parties = [d for d in views.parties(session, document.id) if viewer.sees_delegation(d.id)]
    party_ids = [d.id for d in parties if d.id is not None]
    shown: Iterable[Approval] = (a for (_, d), a in state.latest.items() if d in set(party_ids))
    people = views.People.load(session, viewer, (a.set_by for a in shown))
    numbers = drafting.paragraph_numbers(s.kind for s, _ in state.rows)
    sections = []
    for (section, version), number in zip(state.rows, numbers, strict=True):
        assert section.id is not None
        cells = []
        for delegation_id in party_ids:
            latest = state.latest.get((section.id, delegation_id))
            current = state.current(section, version, delegation_id) is not None
            cells.append(_cell(latest, current, delegation_id, people))
        sections.append(
            SectionApprovals(
                section_id=section.id,
                kind=section.kind,
                number=number,
                version=section.head,
                content_hash=version.content_hash,
                positions=cells,
            )
        )
    return ApprovalMatrix(
        document_id=document.id,
        status=document.status,
        parties=[DelegationPublic.model_validate(d) for d in parties],
        sections=sections,
        summary=_summary(state, party_ids),
    )
