"""Whether a text may be adopted, and the manifest that adoption freezes.

The manifest lists (section, version, content hash) in order; its hash goes into the audit log and
the exported Word file, so that anyone can check which exact text was adopted.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlmodel import Session, col, func, select

from concord.audit.service import canonical_json
from concord.consensus import standing as positions
from concord.consensus.models import Adoption, Decision
from concord.drafting import policy, views
from concord.drafting import service as drafting
from concord.drafting.models import Document, Revision, RevisionEntry, SectionKind, Version
from concord.identity.access import Viewer
from concord.translation import service as translation


def blockers(
    session: Session, viewer: Viewer, document: Document, *, require_approvals: bool = True
) -> dict[str, Any] | None:
    """What stands between the current text and adoption (None: nothing): brackets, standing
    objections, (paragraphs only) parties yet to agree, and translations a language required for
    adoption still lacks or has out of date. Every party counts; the details name
    only parties the viewer may see (only the secretariat asks, and it sees them all)."""
    assert document.id is not None
    state = positions.standing(session, document.id)
    parties = sorted(policy.party_ids(session, document))
    found = views.document_spans(state.rows)
    bracketed = [s.id for (s, _), touched in zip(state.rows, found.touched, strict=True) if touched]
    objections: list[dict[str, int]] = []
    missing: list[dict[str, Any]] = []
    for section, version in state.rows:
        assert section.id is not None
        for delegation_id in parties:
            current = state.current(section, version, delegation_id)
            decision = current.decision if current else None
            if decision == Decision.object:
                objections.append({"section_id": section.id, "delegation_id": delegation_id})
            elif (
                require_approvals
                and section.kind == SectionKind.paragraph
                and decision not in positions.AGREEING
            ):
                # A position on an earlier text is out of date, not absent: say which it was.
                older = state.latest.get((section.id, delegation_id)) if current is None else None
                missing.append(
                    {
                        "section_id": section.id,
                        "delegation_id": delegation_id,
                        "decision": decision,
                        "stale": older is not None,
                        "stale_decision": older.decision if older is not None else None,
                    }
                )
    # Languages required for adoption whose translation of some section is missing or stale.
    translations = translation.not_current(session, document, state.rows)
    if not (bracketed or objections or missing or translations):
        return None
    result: dict[str, Any] = {}
    if translations:
        result["translations"] = translations
    if bracketed:
        summary = views.bracket_summary(state.rows, found)
        marks = views.span_marks(state.rows, found)
        result["brackets"] = {
            "sections": bracketed,
            "spans": summary.spans,
            # A bracketed article is named by its first paragraph, where the reader must look.
            "crossing": [
                {"first_section_id": m.first_section_id, "last_section_id": m.last_section_id}
                for section_marks in marks.values()
                for m in section_marks
                if m.role == "opens"
            ],
            "unmatched": [u.model_dump() for u in summary.unmatched],
        }
    result["objections"] = [o for o in objections if viewer.sees_delegation(o["delegation_id"])]
    result["missing_approvals"] = [m for m in missing if viewer.sees_delegation(m["delegation_id"])]
    return result


def has_text(session: Session, document: Document) -> bool:
    """Whether any live section has words: an empty document is not circulated or adopted."""
    assert document.id is not None
    return any(v.text.strip() for _, v in drafting.live_sections(session, document.id))


def manifest(session: Session, revision: Revision) -> list[dict[str, Any]]:
    """(section, version, content hash) of every section of the revision, in order."""
    rows = session.exec(
        select(RevisionEntry, Version)
        .join(
            Version,
            (col(Version.section_id) == col(RevisionEntry.section_id))
            & (col(Version.number) == col(RevisionEntry.version)),
        )
        .where(RevisionEntry.revision_id == revision.id)
        .order_by(col(RevisionEntry.position))
    ).all()
    return [
        {"section_id": e.section_id, "version": e.version, "content_hash": v.content_hash}
        for e, v in rows
    ]


def manifest_text(entries: list[dict[str, Any]]) -> str:
    """The manifest as stored with the adoption: canonical JSON."""
    return canonical_json(entries)


def manifest_hash(text: str) -> str:
    """SHA-256 of the stored manifest text: what the audit log and the Word file carry."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def matches_head(session: Session, document: Document, revision: Revision) -> bool:
    assert document.id is not None
    head = [(s.id, s.head) for s, _ in drafting.live_sections(session, document.id)]
    return head == [(m["section_id"], m["version"]) for m in manifest(session, revision)]


def adopted_already(session: Session, revision: Revision) -> bool:
    count = session.exec(
        select(func.count()).select_from(Adoption).where(Adoption.revision_id == revision.id)
    ).one()
    return bool(count)
