"""Amendments: the options on the table, with diffs, staleness and collisions."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.consensus import lifecycle
from concord.core.clock import now
from concord.core.config import get_settings
from concord.core.text import check_text, content_hash
from concord.deliberation import visibility as rules
from concord.deliberation.errors import (
    AmendmentClosed,
    AmendmentUnchanged,
    NotTheProposer,
    ReasonRequired,
)
from concord.deliberation.models import (
    Amendment,
    AmendmentStatus,
)
from concord.deliberation.schemas import (
    AmendmentCreate,
    AmendmentFilter,
    AmendmentPublic,
)
from concord.drafting import holders, policy, views
from concord.drafting import service as drafting
from concord.drafting.diff import Change, changes, tokenize, word_diff
from concord.drafting.errors import (
    DocumentFrozen,
    UnknownBaseVersion,
)
from concord.drafting.merge import EditConflict, merge3
from concord.drafting.models import Document, DocumentStatus, Section
from concord.identity.access import Viewer

CLOSED_FOR_GOOD = frozenset({DocumentStatus.adopted, DocumentStatus.withdrawn})


# --- amendments -----------------------------------------------------------------------------


def propose(session: Session, viewer: Viewer, section: Section, data: AmendmentCreate) -> Amendment:
    """A new option on the table; in silence, proposing breaks the silence."""
    document = drafting.get_document(session, section.document_id)
    rules.require_participant(viewer)
    rules.require_open(document)
    rules.require_live(section)
    text = check_text(data.text, field="text", max_bytes=get_settings().max_section_bytes)
    # Optional: a suggestion made in place often speaks for itself.
    rationale = rules.text(data.rationale, "rationale") if data.rationale.strip() else ""
    if data.base_version > section.head:
        raise UnknownBaseVersion(
            f"Section {section.id} has no version {data.base_version} (current is {section.head}).",
            details={"field": "base_version", "current": section.head},
        )
    base = drafting.get_version(session, section, data.base_version)
    if content_hash(text) == base.content_hash:
        raise AmendmentUnchanged("The text is the same as its base.", details={"field": "text"})
    amendment = Amendment(
        section_id=section.id or 0,
        base_version=data.base_version,
        text=text,
        rationale=rationale,
        proposer_id=viewer.id,
        delegation_id=viewer.delegation_id,
    )
    session.add(amendment)
    session.flush()
    if document.status == DocumentStatus.silence:
        lifecycle.break_silence(
            session, viewer, document, reason=f"amendment {amendment.public_id}"
        )
    audit.log(
        session,
        Action.AMENDMENT_PROPOSE,
        "amendment",
        amendment.id,
        {
            "section_id": amendment.section_id,
            "base_version": amendment.base_version,
            "content_hash": content_hash(text),
        },
    )
    return amendment


def _require_undecided(amendment: Amendment) -> None:
    if amendment.status != AmendmentStatus.open:
        raise AmendmentClosed(
            f"The amendment is already {amendment.status}.", details={"status": amendment.status}
        )


def _close(
    session: Session, viewer: Viewer, amendment: Amendment, status: AmendmentStatus, reason: str
) -> None:
    amendment.status = status
    amendment.decided_by = viewer.id
    amendment.decided_at = now()
    amendment.reason = reason
    session.add(amendment)
    session.flush()


def accept(
    session: Session, viewer: Viewer, amendment: Amendment, document: Document, reason: str
) -> Amendment:
    """The chair or the secretariat makes the amendment the section's new version, merged
    three-way when its base moved (409 `edit_conflict`, nothing changed, when it cannot be).
    Holds the amendment's lock; `save_version` takes the section's."""
    policy.require_pen(viewer, document)
    _require_undecided(amendment)
    if document.status != DocumentStatus.drafting:
        raise DocumentFrozen(
            f"The document is {document.status}; amendments are accepted only while drafting.",
            details={"status": document.status},
        )
    note = check_text(reason, field="reason")
    version, created = drafting.save_version(
        session, viewer, amendment.section_id, amendment.text, amendment.base_version
    )
    held = 0
    if created:
        # Brackets the amendment brings in are held by its delegation (drafting/holders.py):
        # those of the new version that the one before it did not have.
        section = drafting.get_section(session, amendment.section_id)
        before = drafting.get_version(session, section, version.number - 1).text
        held = holders.record_new(
            session, viewer, section.id or 0, before, version, amendment.delegation_id, "amendment"
        )
    amendment.result_version = version.number
    _close(session, viewer, amendment, AmendmentStatus.accepted, note)
    audit.log(
        session,
        Action.AMENDMENT_ACCEPT,
        "amendment",
        amendment.id,
        {
            "section_id": amendment.section_id,
            "result_version": version.number,
            "created": created,
            "merged": version.merged if created else False,
            "brackets_held": held,
        },
    )
    return amendment


def reject(
    session: Session, viewer: Viewer, amendment: Amendment, document: Document, reason: str
) -> Amendment:
    """The chair or the secretariat turns the amendment down, saying why."""
    policy.require_pen(viewer, document)
    _require_undecided(amendment)
    rules.require_open(document)
    note = check_text(reason, field="reason")
    if not note.strip():
        raise ReasonRequired("Say why the amendment is rejected.", details={"field": "reason"})
    _close(session, viewer, amendment, AmendmentStatus.rejected, note)
    audit.log(
        session,
        Action.AMENDMENT_REJECT,
        "amendment",
        amendment.id,
        {"section_id": amendment.section_id},
    )
    return amendment


def withdraw(
    session: Session, viewer: Viewer, amendment: Amendment, document: Document, reason: str
) -> Amendment:
    """The proposer takes the amendment off the table."""
    if amendment.proposer_id != viewer.id:
        raise NotTheProposer("Only the proposer withdraws an amendment.")
    _require_undecided(amendment)
    rules.require_open(document)
    note = check_text(reason, field="reason")
    _close(session, viewer, amendment, AmendmentStatus.withdrawn, note)
    audit.log(
        session,
        Action.AMENDMENT_WITHDRAW,
        "amendment",
        amendment.id,
        {"section_id": amendment.section_id},
    )
    return amendment


# --- amendments: presenting -----------------------------------------------------------------


def effect(base: str, current: str, proposed: str) -> tuple[str, bool]:
    """What accepting would make of the current text, and whether it merges cleanly.

    An amendment on an older base leaves alone what changed since; comparing its raw text
    with the current one would count those changes as its own (and make false collisions)."""
    try:
        return merge3(base, current, proposed), True
    except EditConflict:
        return proposed, False


def _meet(ours: Sequence[Change], theirs: Sequence[Change]) -> bool:
    """Closed token ranges meet, as in merge: an insertion at the edge of a replaced range
    clashes too, since nobody agreed on an order."""
    return any(a.start <= b.end and b.start <= a.end for a in ours for b in theirs)


def collisions(ranges: dict[int, list[Change]]) -> dict[int, list[int]]:
    """For each amendment, the others whose changes (in current-text token coordinates) meet."""
    found: dict[int, list[int]] = {key: [] for key in ranges}
    keys = sorted(ranges)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if _meet(ranges[a], ranges[b]):
                found[a].append(b)
                found[b].append(a)
    return found


def _visible_of_section(session: Session, viewer: Viewer, section: Section) -> list[Amendment]:
    return list(
        session.exec(
            select(Amendment)
            .where(Amendment.section_id == section.id, rules.visible_amendments(viewer))
            .order_by(col(Amendment.id))
        ).all()
    )


def present_amendments(
    session: Session,
    viewer: Viewer,
    section: Section,
    shown: Sequence[Amendment],
    every: Sequence[Amendment],
) -> list[AmendmentPublic]:
    """`shown` with diffs against the current text; collisions among the open ones of `every`
    (the viewer's visible amendments of the section)."""
    on_table = [a for a in every if a.status == AmendmentStatus.open]
    texts = rules.section_texts(session, section, (a.base_version for a in on_table))
    current = texts.head.text
    current_tokens = tokenize(current)
    ranges: dict[int, list[Change]] = {}
    mergeable: dict[int, bool] = {}
    for a in on_table:
        assert a.id is not None
        base = current if a.base_version == texts.head.number else texts.older[a.base_version]
        merged, mergeable[a.id] = effect(base, current, a.text)
        ranges[a.id] = changes(current_tokens, tokenize(merged))
    clashes = collisions(ranges)
    public = {a.id: a.public_id for a in on_table if a.id is not None}
    people = views.People.load(
        session,
        viewer,
        [a.proposer_id for a in shown] + [a.decided_by for a in shown if a.decided_by],
        (a.delegation_id for a in shown),
    )
    out: list[AmendmentPublic] = []
    for a in shown:
        assert a.id is not None
        out.append(
            AmendmentPublic(
                id=a.public_id,
                section_id=a.section_id,
                base_version=a.base_version,
                text=a.text,
                rationale=a.rationale,
                proposer=people.person(a.proposer_id),
                delegation=people.delegation(a.delegation_id),
                status=a.status,
                created_at=a.created_at,
                decided_by=people.person(a.decided_by) if a.decided_by else None,
                decided_at=a.decided_at,
                reason=a.reason,
                result_version=a.result_version,
                diff=word_diff(current, a.text),
                stale=a.base_version != texts.head.number,
                collisions=[public[other] for other in clashes.get(a.id, [])],
                mergeable=mergeable.get(a.id),
            )
        )
    return out


def list_amendments(
    session: Session, viewer: Viewer, section: Section, status: AmendmentFilter
) -> list[AmendmentPublic]:
    every = _visible_of_section(session, viewer, section)
    shown = [a for a in every if status == "all" or a.status == status]
    return present_amendments(session, viewer, section, shown, every)


def amendment_view(session: Session, viewer: Viewer, amendment: Amendment) -> AmendmentPublic:
    section = drafting.get_section(session, amendment.section_id)
    every = _visible_of_section(session, viewer, section)
    return present_amendments(session, viewer, section, [amendment], every)[0]
