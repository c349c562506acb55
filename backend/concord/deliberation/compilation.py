"""Compile: the open amendments on a paragraph become one bracketed text, the alternatives side
by side (`Parties [shall][should][may] act`), each held by the delegations that proposed it: the
"compilation text" of UN practice. The amendments are marked `compiled`; the chair then resolves
the alternatives as any others (drafting/alternatives.py).

The alternatives cover the words where the texts differ: the longest run of tokens every text
shares is kept outside the brackets at each end. When that cut would not read back as one
group of alternatives (a choice with an unbalanced bracket, a `(` after the group making it a
link), the cut widens to whitespace, then to the whole paragraph; a text that still cannot be
compiled is refused and nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core.clock import now
from concord.core.text import check_text
from concord.deliberation import visibility as rules
from concord.deliberation.amendments import effect
from concord.deliberation.errors import NotCompilable, NothingToCompile
from concord.deliberation.models import Amendment, AmendmentStatus
from concord.drafting import alternatives, holders, policy
from concord.drafting import service as drafting
from concord.drafting.diff import tokenize
from concord.drafting.errors import DocumentFrozen
from concord.drafting.models import Document, DocumentStatus, Section, Version
from concord.identity.access import Viewer


@dataclass(frozen=True)
class Compiled:
    """The compiled text, where its group of alternatives starts, and the choices' texts
    (the current text's words first, then each distinct proposal in order)."""

    text: str
    start: int
    choices: tuple[str, ...]


def _common_prefix(texts: Sequence[list[str]]) -> int:
    n = 0
    shortest = min(len(t) for t in texts)
    while n < shortest and all(t[n] == texts[0][n] for t in texts):
        n += 1
    return n


def _cuts(texts: Sequence[str]) -> list[tuple[int, int]]:
    """(prefix length, suffix length) in characters to try, narrowest first."""
    tokens = [tokenize(t) for t in texts]
    head = _common_prefix(tokens)
    tails = [list(reversed(t[head:])) for t in tokens]
    tail = _common_prefix(tails)
    prefix = len("".join(tokens[0][:head]))
    suffix = len("".join(tokens[0][len(tokens[0]) - tail :])) if tail else 0
    cuts = [(prefix, suffix)]
    # Widened to whitespace: whole words and their punctuation inside the brackets.
    first = texts[0]
    wide_prefix = first.rfind(" ", 0, prefix) + 1 if prefix else 0
    space = first.find(" ", len(first) - suffix) if suffix else -1
    wide_suffix = len(first) - space if space != -1 else 0
    cuts.append((wide_prefix, wide_suffix))
    cuts.append((0, 0))
    return list(dict.fromkeys(cuts))


def compile_texts(current: str, proposals: Sequence[str]) -> Compiled | None:
    """One bracketed text holding `current` and every distinct proposal as alternatives, or
    None when no cut reads back as one group (drafting/alternatives decides what a group is)."""
    texts = list(dict.fromkeys([current, *proposals]))
    if len(texts) < 2:
        return None
    for prefix, suffix in _cuts(texts):
        middles = tuple(t[prefix : len(t) - suffix] for t in texts)
        head, tail = current[:prefix], current[len(current) - suffix :]
        text = head + "".join(f"[{m}]" for m in middles) + tail
        for group in alternatives.alternatives(text):
            if group.start == len(head) and tuple(group.choices(text)) == middles:
                return Compiled(text, group.start, middles)
    return None


def _open_amendments(
    session: Session, viewer: Viewer, section: Section, wanted: Sequence[str] | None
) -> list[Amendment]:
    query = select(Amendment).where(
        Amendment.section_id == section.id,
        Amendment.status == AmendmentStatus.open,
        rules.visible_amendments(viewer),
    )
    if wanted is not None:
        query = query.where(col(Amendment.public_id).in_(list(wanted)))
    found = list(session.exec(query.order_by(col(Amendment.id)).with_for_update()).all())
    if wanted is not None and len(found) != len(set(wanted)):
        raise NothingToCompile(
            "Some of these amendments are not open on this paragraph.",
            details={"amendments": sorted(set(wanted) - {a.public_id for a in found})},
        )
    if not found:
        raise NothingToCompile("The paragraph has no open amendment to compile.")
    return found


def compile_amendments(
    session: Session,
    viewer: Viewer,
    section: Section,
    document: Document,
    base_version: int,
    reason: str,
    wanted: Sequence[str] | None = None,
) -> tuple[Version, bool, list[Amendment], int | None]:
    """The chair or the secretariat compiles the open amendments it may see (or those named)
    into alternatives on the text of `base_version`, saved as a new version through the ordinary
    save path (merged three-way when the head moved, 409 `edit_conflict` when it cannot be);
    the amendments become `compiled`, each alternative is held by its proposers' delegations,
    and the decision is audited with the reason. Holds the amendments' row locks."""
    policy.require_pen(viewer, document)
    if document.status != DocumentStatus.drafting:
        raise DocumentFrozen(
            f"The document is {document.status}; amendments are compiled only while drafting.",
            details={"status": document.status},
        )
    note = check_text(reason, field="reason")
    session.refresh(section)  # its head, as the database has it now
    found = _open_amendments(session, viewer, section, wanted)
    base = drafting.get_version(session, section, base_version)
    texts = rules.section_texts(session, section, (a.base_version for a in found))
    proposals: list[str] = []
    for amendment in found:
        own_base = (
            base.text
            if amendment.base_version == base.number
            else texts.head.text
            if amendment.base_version == texts.head.number
            else texts.older[amendment.base_version]
        )
        proposals.append(effect(own_base, base.text, amendment.text)[0])
    compiled = compile_texts(base.text, proposals)
    if compiled is None:
        raise NotCompilable(
            "These amendments cannot be set side by side as bracketed alternatives: "
            "the paragraph's brackets do not balance around them.",
            details={"base_version": base_version},
        )
    head_before = drafting.get_version(session, section, section.head).text
    version, created = drafting.save_version(
        session, viewer, section.id or 0, compiled.text, base_version
    )
    group = _attribute(session, viewer, section, version, compiled, found, proposals)
    for amendment in found:
        amendment.status = AmendmentStatus.compiled
        amendment.decided_by = viewer.id
        amendment.decided_at = now()
        amendment.reason = note
        amendment.result_version = version.number
        session.add(amendment)
    session.flush()
    audit.log(
        session,
        Action.AMENDMENTS_COMPILE,
        "section",
        section.id,
        {
            "base_version": base_version,
            "version": version.number,
            "created": created,
            "merged": version.merged if created else False,
            "amendments": [a.public_id for a in found],
            "alternatives": len(compiled.choices),
            "changed": head_before != version.text,
            "reason": note,
        },
    )
    return version, created, found, group


def _attribute(
    session: Session,
    viewer: Viewer,
    section: Section,
    version: Version,
    compiled: Compiled,
    found: Sequence[Amendment],
    proposals: Sequence[str],
) -> int | None:
    """Each alternative of the saved text is held by the delegations that proposed it.
    Returns the group's number in the saved text."""
    number, group = next(
        (
            (n, g)
            for n, g in enumerate(alternatives.alternatives(version.text))
            if tuple(g.choices(version.text)) == compiled.choices
        ),
        (None, None),
    )
    if group is None:  # merged into a head that reworded the place: nothing to attribute
        return None
    keys = holders.keys(version.text)
    for pair, middle in zip(group.spans, compiled.choices, strict=True):
        ids = {
            a.delegation_id
            for a, proposal in zip(found, proposals, strict=True)
            if a.delegation_id is not None and _middle_of(compiled, proposal) == middle
        }
        if ids:
            holders.set_holders(
                session, viewer, section.id or 0, version.number, keys[pair], ids, "compile"
            )
    return number


def _middle_of(compiled: Compiled, proposal: str) -> str:
    prefix = compiled.start
    suffix = len(compiled.text) - (compiled.start + sum(len(c) + 2 for c in compiled.choices))
    return proposal[prefix : len(proposal) - suffix]
