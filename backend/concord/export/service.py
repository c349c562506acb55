"""Gather an `ExportDocument` for one viewer, in a constant number of statements.

What the export holds is decided here, once, for every format: which revision, what it is
compared with, each paragraph's status, which statements become footnotes, and how people are
named. Everything is filtered for the viewer before a writer sees it (content.py): a
delegation the viewer may not know of is never named, its statements are left out, its column
is not in the matrix, and its positions do not count towards a paragraph's status (as in the
approval summary: a hidden party's positions must not show through).

Revisions: `revision` is `Rev.N` or `head` (the default). `head` is reported as the latest
revision when the text has not changed since it was made (a circulated or adopted text is its
Rev.N). A redline compares with `compare_to`, by default the revision before the exported one:
for `head`, the latest revision (what changed since the last circulation); for Rev.N, Rev.N-1.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlmodel import Session, col, select

from concord.audit.models import AuditEvent
from concord.consensus.models import Adoption, Approval, Decision
from concord.consensus.standing import AGREEING
from concord.core import languages
from concord.core.clock import now
from concord.core.config import get_settings
from concord.drafting import holders, revisions, views
from concord.drafting.models import Document, Revision, SectionKind, Version
from concord.drafting.revisions import HEAD, Entry, Snapshot
from concord.drafting.schemas import SectionChange
from concord.drafting.service import paragraph_numbers
from concord.export.annex import build_annex
from concord.export.content import (
    ExportDocument,
    ExportSection,
    ParagraphStatus,
    Position,
    Statement,
    Step,
    Variant,
)
from concord.export.errors import InvalidComparison, InvalidLanguages, NoEarlierRevision
from concord.identity.access import Viewer
from concord.identity.models import Delegation, DelegationKind
from concord.identity.schemas import UNDISCLOSED
from concord.translation import service as translation

CURRENT_TEXT = "Current text"


@dataclass(frozen=True)
class ExportRequest:
    variant: Variant = "clean"
    revision: str = HEAD
    compare_to: str | None = None  # redline only; ignored by the other variants
    statements: bool = True  # False leaves reservation footnotes out
    language: str | None = None  # one of the document's other languages (not for a redline)
    beside: str | None = None  # bilingual: the language of a second column (not for a redline)


@dataclass(frozen=True)
class _Target:
    """A text to export: a revision's snapshot, or the head (revision None)."""

    snapshot: Snapshot
    revision: Revision | None

    @property
    def number(self) -> int:
        # The head comes after every revision.
        return self.revision.number if self.revision else 2**31

    @property
    def label(self) -> str:
        return self.revision.label if self.revision else CURRENT_TEXT


def _is_head(ref: str) -> bool:
    return ref.strip().lower() == HEAD


def _latest_revision(session: Session, document: Document) -> Revision | None:
    return session.exec(
        select(Revision)
        .where(Revision.document_id == document.id)
        .order_by(col(Revision.number).desc())
        .limit(1)
    ).first()


def _same(a: Snapshot, b: Snapshot) -> bool:
    return [(e.section_id, e.version) for e in a.entries] == [
        (e.section_id, e.version) for e in b.entries
    ]


def resolve(session: Session, document: Document, ref: str) -> _Target:
    """`Rev.N` (404 `revision_not_found` if there is none), or `head`: the latest revision when
    the text has not moved since (so a circulated or adopted text carries its label)."""
    if not _is_head(ref):
        revision = revisions.find_revision(session, document, ref)
        return _Target(revisions.snapshot(session, document, revision.label), revision)
    head = revisions.snapshot(session, document, HEAD)
    latest = _latest_revision(session, document)
    if latest is not None:
        at_latest = revisions.snapshot(session, document, latest.label)
        if _same(head, at_latest):
            return _Target(at_latest, latest)
    return _Target(head, None)


def _earlier(session: Session, document: Document, target: _Target) -> _Target:
    """The default `compare_to`: the revision before the exported text."""
    if target.revision is None:
        latest = _latest_revision(session, document)
        if latest is not None:
            return _Target(revisions.snapshot(session, document, latest.label), latest)
    elif target.revision.number > 1:
        return resolve(session, document, f"Rev.{target.revision.number - 1}")
    raise NoEarlierRevision(
        f"{target.label} has no earlier revision to compare with.",
        details={"revision": target.label},
    )


def comparison(
    session: Session, document: Document, target: _Target, compare_to: str | None
) -> _Target:
    """What a redline compares with: 404 for an unknown revision, 422 for a later one."""
    if compare_to is None:
        return _earlier(session, document, target)
    if _is_head(compare_to):
        found = _Target(revisions.snapshot(session, document, HEAD), None)
        if target.revision is not None:
            # A text that moved on since `target` is later; an unchanged one is `target` itself.
            found = target if _same(found.snapshot, target.snapshot) else found
    else:
        found = resolve(session, document, compare_to)
    if found.number > target.number:
        raise InvalidComparison(
            f"compare_to ({found.label}) is later than the exported text ({target.label}).",
            details={"field": "compare_to", "compare_to": found.label, "revision": target.label},
        )
    return found


# --- loading --------------------------------------------------------------------------------


def _versions(session: Session, section_ids: Iterable[int]) -> dict[tuple[int, int], Version]:
    """Every version of these sections: one statement (a redline needs the steps between)."""
    ids = sorted(set(section_ids))
    if not ids:
        return {}
    rows = session.exec(select(Version).where(col(Version.section_id).in_(ids))).all()
    return {(v.section_id, v.number): v for v in rows}


def _approvals(session: Session, section_ids: Iterable[int]) -> list[Approval]:
    ids = sorted(set(section_ids))
    if not ids:
        return []
    return list(
        session.exec(
            select(Approval)
            .where(col(Approval.section_id).in_(ids), col(Approval.withdrawn_at).is_(None))
            .order_by(col(Approval.version), col(Approval.id))
        ).all()
    )


def _adopted_hash(session: Session, document: Document, target: _Target) -> str | None:
    if target.revision is None:
        return None
    adoption = session.exec(
        select(Adoption).where(
            Adoption.document_id == document.id,
            Adoption.revision_id == target.revision.id,
            col(Adoption.reopened_at).is_(None),
        )
    ).first()
    return adoption.manifest_hash if adoption else None


def _retirements(session: Session, section_ids: Sequence[int]) -> dict[int, AuditEvent]:
    """Who took each removed section out: the audit log is the only place that says so."""
    if not section_ids:
        return {}
    rows = session.exec(
        select(AuditEvent).where(
            AuditEvent.action == "section.retire",
            AuditEvent.object_type == "section",
            col(AuditEvent.object_id).in_([str(i) for i in section_ids]),
        )
    ).all()
    return {int(e.object_id or 0): e for e in rows}


class _Names:
    """People and delegations as this viewer may name them."""

    def __init__(self, people: views.People) -> None:
        self.people = people
        self.viewer: Viewer = people.viewer

    def author(self, user_id: int | None, delegation_id: int | None) -> str:
        """The delegation that wrote (or the person, if none); undisclosed when either the
        delegation of the time or the person's own is hidden from the viewer. The secretariat
        writes as the organisation, the name its own renumberings and removals carry, so a
        redline never shows one author under two names."""
        user = self.people.users.get(user_id) if user_id is not None else None
        if not self.viewer.sees_delegation(delegation_id) or (
            user is not None and not self.viewer.sees_delegation(user.delegation_id)
        ):
            return UNDISCLOSED
        delegation = self.people.delegations.get(delegation_id) if delegation_id else None
        if delegation is not None and delegation.kind == DelegationKind.secretariat:
            return get_settings().organisation
        if delegation is not None:
            return delegation.name
        if user is not None and user.is_secretariat:
            return get_settings().organisation
        return user.name if user is not None else UNDISCLOSED

    def delegation(self, delegation_id: int) -> str | None:
        if not self.viewer.sees_delegation(delegation_id):
            return None
        found = self.people.delegations.get(delegation_id)
        return found.name if found is not None else None


# --- statuses, positions and statements -------------------------------------------------------


@dataclass(frozen=True)
class _Positions:
    """Live positions by (section, delegation), oldest version first."""

    by_key: dict[tuple[int, int], list[Approval]]

    @classmethod
    def of(cls, approvals: Iterable[Approval]) -> _Positions:
        by_key: dict[tuple[int, int], list[Approval]] = {}
        for approval in approvals:
            by_key.setdefault((approval.section_id, approval.delegation_id), []).append(approval)
        return cls(by_key)

    def latest(self, version: Version, delegation_id: int) -> Approval | None:
        """The party's latest position on this version or an earlier one of the section."""
        found = [
            a
            for a in self.by_key.get((version.section_id, delegation_id), [])
            if a.version <= version.number
        ]
        return found[-1] if found else None

    def current(self, version: Version, delegation_id: int) -> Approval | None:
        found = self.latest(version, delegation_id)
        if found and found.version == version.number and found.content_hash == version.content_hash:
            return found
        return None


def _status(positions: _Positions, version: Version, parties: Sequence[int]) -> ParagraphStatus:
    """The approval summary's rule, for one paragraph, over the parties the viewer sees."""
    current = [positions.current(version, d) for d in parties]
    if any(a is not None and a.decision == Decision.object for a in current):
        return ParagraphStatus.objected
    if all(a is not None and a.decision in AGREEING for a in current):
        return ParagraphStatus.agreed
    return ParagraphStatus.pending


def _statements(
    positions: _Positions, version: Version, parties: Sequence[int], names: _Names, variant: Variant
) -> tuple[Statement, ...]:
    """Reservations and interpretative statements (any position that carries a text) on this
    exact version; objections' reasons only in the negotiating copy (bracketed)."""
    found: list[Statement] = []
    for delegation_id in parties:
        approval = positions.current(version, delegation_id)
        if approval is None or not approval.statement.strip():
            continue
        if approval.decision == Decision.object and variant != "bracketed":
            continue
        name = names.delegation(delegation_id)
        if name is not None:
            found.append(Statement(name, str(approval.decision), approval.statement))
    return tuple(found)


# --- building ---------------------------------------------------------------------------------


def build_export(
    session: Session,
    viewer: Viewer,
    document: Document,
    request: ExportRequest,
    *,
    public: bool = False,
) -> ExportDocument:
    """The export of `document` as `viewer` may see it. The caller has checked read access.
    `public`: for the published text's page, whose commitments annex is the public's (announced
    commitments of announced pledgers, named only where they may be); `viewer` is then one
    that knows of no unannounced delegation."""
    assert document.id is not None
    _check_languages(session, document, request)
    target = resolve(session, document, request.revision)
    old = (
        comparison(session, document, target, request.compare_to)
        if request.variant == "redline"
        else None
    )
    parties = [d for d in views.parties(session, document.id) if viewer.sees_delegation(d.id)]
    if old is None:
        builder = _SectionBuilder.load(session, viewer, request, target, old, parties, {})
        sections = tuple(builder.section(e.section_id) for e in target.snapshot.entries)
    else:
        changes = revisions.compare(session, document, old.snapshot, target.snapshot)
        by_id = {c.section_id: c for c in changes.sections}
        moved = {c.section_id for c in changes.sections if c.moved}
        woven = revisions.places(
            [e.section_id for e in old.snapshot.entries],
            [e.section_id for e in target.snapshot.entries],
            moved,
        )
        moves = _moves(session, moved, old, target)
        builder = _SectionBuilder.load(session, viewer, request, target, old, parties, moves)
        sections = tuple(builder.section(sid, by_id[sid], older) for sid, older in woven)
    sections, language_fields = _translated(session, document, request, builder, sections)
    return ExportDocument(
        **language_fields,
        document_id=document.id,
        title=document.title,
        kind=str(document.kind),
        status=str(document.status),
        organisation=get_settings().organisation,
        revision_label=target.label,
        date=target.revision.created_at if target.revision else now(),
        place=document.place,
        variant=request.variant,
        sections=sections,
        parties=tuple(d.name for d in parties) if request.variant == "bracketed" else (),
        party_codes=tuple(d.code for d in parties) if request.variant == "bracketed" else (),
        compare_label=old.label if old else None,
        adopted_hash=_adopted_hash(session, document, target),
        commitments=build_annex(
            session,
            None if public else viewer,
            document,
            request.variant,
            request.language or document.language,
        ),
    )


def _check_languages(session: Session, document: Document, request: ExportRequest) -> None:
    chosen = [code for code in (request.language, request.beside) if code is not None]
    for code in chosen:
        if code != document.language:
            translation.document_language(session, document, code)
    if request.beside is not None and request.beside == (request.language or document.language):
        raise InvalidLanguages(
            "The two columns of a bilingual export need two languages.",
            code="same_language",
            details={"field": "beside"},
        )
    if chosen and request.variant == "redline":
        raise InvalidLanguages(
            "A redline compares texts of the negotiating language: export it without "
            "`language` or `beside`.",
            code="redline_in_translation",
            details={"field": "language" if request.language else "beside"},
        )


def _translated(
    session: Session,
    document: Document,
    request: ExportRequest,
    builder: _SectionBuilder,
    sections: tuple[ExportSection, ...],
) -> tuple[tuple[ExportSection, ...], dict[str, Any]]:
    """The sections in `request.language` (each version's translation, the negotiating text where
    there is none), with `beside` in a second column, and what the title block says of them."""
    source = languages.language(document.language).name
    versions = [builder.versions[(s.section_id, s.version)] for s in sections]
    notes: list[str] = []

    def texts(code: str) -> list[str]:
        if code == document.language:
            return [v.text for v in versions]
        found = translation.renditions(session, versions, code)
        statuses = [found[v.section_id].status for v in versions]
        notes.append(_language_note(languages.language(code).name, source, statuses))
        return [found[v.section_id].text or v.text for v in versions]

    main = request.language or document.language
    fields: dict[str, Any] = {}
    if main != document.language:
        sections = tuple(
            replace(s, text=text) for s, text in zip(sections, texts(main), strict=True)
        )
    if request.beside is not None:
        sections = tuple(
            replace(s, beside_text=text)
            for s, text in zip(sections, texts(request.beside), strict=True)
        )
        names = (languages.language(main).name, languages.language(request.beside).name)
        fields["columns"] = names
    if notes:
        fields["language_note"] = " ".join(notes)
    return sections, fields


def _language_note(language: str, source: str, statuses: list[translation.Status]) -> str:
    gaps = []
    missing, stale = statuses.count("missing"), statuses.count("out_of_date")
    if missing:
        gaps.append(
            f"{missing} section{'' if missing == 1 else 's'} not yet translated, shown in {source}"
        )
    if stale:
        gaps.append(f"{stale} translation{'' if stale == 1 else 's'} made from an earlier text")
    note = f"{language} translation of the {source} text"
    return note + (f"; {'; '.join(gaps)}." if gaps else ".")


def _numbered(snapshot: Snapshot) -> dict[int, int | None]:
    numbers = paragraph_numbers(e.kind for e in snapshot.entries)
    return dict(zip((e.section_id for e in snapshot.entries), numbers, strict=True))


@dataclass(frozen=True)
class _SectionBuilder:
    """Everything an export's sections are made of, read once (a constant number of
    statements): the exported text's entries and, for a redline, the earlier text's; their
    versions, the parties' positions, the names the viewer may see, the retirements."""

    request: ExportRequest
    entries: dict[int, Entry]
    old_entries: dict[int, Entry]
    numbers: dict[int, int | None]
    old_numbers: dict[int, int | None]
    versions: dict[tuple[int, int], Version]
    positions: _Positions
    party_ids: list[int]
    names: _Names
    retired: dict[int, AuditEvent]
    moves: dict[int, AuditEvent]
    held: dict[int, list[holders.Held]]

    @classmethod
    def load(
        cls,
        session: Session,
        viewer: Viewer,
        request: ExportRequest,
        target: _Target,
        old: _Target | None,
        parties: Sequence[Delegation],
        moves: dict[int, AuditEvent],
    ) -> _SectionBuilder:
        entries = {e.section_id: e for e in target.snapshot.entries}
        old_entries = {e.section_id: e for e in old.snapshot.entries} if old else {}
        versions = _versions(session, [*entries, *(s for s in old_entries if s not in entries)])
        party_ids = [d.id for d in parties if d.id is not None]
        retired = _retirements(session, [s for s in old_entries if s not in entries])
        held = (
            holders.held_in(
                session, [(s, versions[(s, e.version)].text) for s, e in entries.items()]
            )
            if request.variant == "bracketed"
            else {}
        )
        people = views.People.load(
            session,
            viewer,
            [v.author_id for v in versions.values()]
            + [e.actor_id for e in [*retired.values(), *moves.values()] if e.actor_id],
            [
                *(v.delegation_id for v in versions.values()),
                *party_ids,
                *(d for items in held.values() for h in items for d in h.delegation_ids),
            ],
        )
        return cls(
            request=request,
            entries=entries,
            old_entries=old_entries,
            numbers=_numbered(target.snapshot),
            old_numbers=_numbered(old.snapshot) if old else {},
            versions=versions,
            positions=_Positions.of(_approvals(session, entries)),
            party_ids=party_ids,
            names=_Names(people),
            retired=retired,
            moves=moves,
            held=held,
        )

    def move(self, section_id: int) -> Step:
        """Who moved a section: the last move the log records; one it does not know (a
        restored archive) is the organisation's."""
        event = self.moves.get(section_id)
        if event is None or event.actor_id is None:
            at = event.at if event is not None else now()
            return Step(text="", author=get_settings().organisation, created_at=at)
        author = self.names.author(event.actor_id, _delegation_of(self.names, event.actor_id))
        return Step(text="", author=author, created_at=event.at)

    def _holders(self, section_id: int, text: str) -> tuple[tuple[int, str], ...]:
        """The brackets' holders this viewer may know of, each placed by its closing bracket
        (a bracket held only by delegations the viewer may not know of gets no note at all)."""
        out = []
        for held in self.held.get(section_id, ()):
            names = [
                name
                for name in (self.names.delegation(d) for d in held.delegation_ids)
                if name is not None
            ]
            if names:
                out.append((text.count("]", 0, held.end), ", ".join(names)))
        return tuple(sorted(out))

    def section(
        self,
        section_id: int,
        change: SectionChange | None = None,
        older: bool = False,
    ) -> ExportSection:
        """One section as exported; with `change`, its redline against the earlier text (a
        moved one: at its newer place, or at its `older` one, moved away from there)."""
        entry = self.entries.get(section_id) or self.old_entries[section_id]
        version = self.versions[(section_id, entry.version)]
        is_paragraph = entry.kind == SectionKind.paragraph
        bracketed = self.request.variant == "bracketed"
        statements: tuple[Statement, ...] = ()
        if self.request.statements and section_id in self.entries:
            statements = _statements(
                self.positions, version, self.party_ids, self.names, self.request.variant
            )
        base = ExportSection(
            section_id=section_id,
            kind="paragraph" if is_paragraph else "heading",
            level=entry.level if not is_paragraph else None,
            number=self.numbers.get(section_id),
            text=version.text,
            version=entry.version,
            status=(
                _status(self.positions, version, self.party_ids)
                if bracketed and is_paragraph
                else None
            ),
            statements=statements,
            positions=(
                tuple(_position(self.positions, version, d) for d in self.party_ids)
                if bracketed
                else ()
            ),
            holders=self._holders(section_id, version.text) if bracketed else (),
        )
        if change is None:
            return base
        base = _replace(base, old_number=self.old_numbers.get(section_id))
        move = self.move(section_id) if change.moved else None
        if change.moved and older:
            old = self.old_entries[section_id]
            text = self.versions[(section_id, old.version)].text
            return _replace(
                base,
                text=text,
                version=old.version,
                old_text=text,
                status=None,
                statements=(),
                positions=(),
                moved="from",
                move=move,
            )
        found = _redline(base, change, self.versions, self.names, self.retired)
        return _replace(found, moved="to", move=move) if change.moved else found


def _moves(
    session: Session, section_ids: set[int], old: _Target, target: _Target
) -> dict[int, AuditEvent]:
    """Who moved each moved section and when: the last move the audit log records for it
    between the two texts (one statement; the log is the only place that says so)."""
    if not section_ids:
        return {}
    since = old.revision.created_at if old.revision else None
    until = target.revision.created_at if target.revision else None
    rows = session.exec(
        select(AuditEvent)
        .where(
            AuditEvent.action == "section.update",
            AuditEvent.object_type == "section",
            col(AuditEvent.object_id).in_([str(i) for i in sorted(section_ids)]),
        )
        .order_by(col(AuditEvent.seq))
    ).all()
    found: dict[int, AuditEvent] = {}
    for event in rows:
        if (since is not None and event.at < since) or (until is not None and event.at > until):
            continue
        if json.loads(event.payload).get("moved"):
            found[int(event.object_id or 0)] = event
    return found


def _position(positions: _Positions, version: Version, delegation_id: int) -> Position | None:
    latest = positions.latest(version, delegation_id)
    if latest is None:
        return None
    current = positions.current(version, delegation_id) is not None
    return Position(decision=str(latest.decision), current=current)


def _redline(
    base: ExportSection,
    change: SectionChange,
    versions: dict[tuple[int, int], Version],
    names: _Names,
    retired: dict[int, AuditEvent],
) -> ExportSection:
    sid = base.section_id
    old_text = versions[(sid, change.from_version)].text if change.from_version else None
    if change.status == "removed":
        event = retired.get(sid)
        last = versions[(sid, change.from_version or base.version)]
        step = Step(
            text=last.text,
            # No actor: removed from the command line, i.e. by the organisation itself.
            author=names.author(event.actor_id, _delegation_of(names, event.actor_id))
            if event and event.actor_id
            else get_settings().organisation,
            created_at=event.at if event else last.created_at,
        )
        return _replace(base, number=None, old_text=old_text, removed=step)
    first = (change.from_version or 0) + 1
    steps = tuple(
        Step(
            text=v.text, author=names.author(v.author_id, v.delegation_id), created_at=v.created_at
        )
        for n in range(first, (change.to_version or 0) + 1)
        if (v := versions.get((sid, n))) is not None
    )
    return _replace(base, old_text=old_text, steps=steps)


def _delegation_of(names: _Names, user_id: int | None) -> int | None:
    user = names.people.users.get(user_id) if user_id is not None else None
    return user.delegation_id if user is not None else None


def _replace(section: ExportSection, **changes: object) -> ExportSection:
    return replace(section, **changes)  # type: ignore[arg-type]
