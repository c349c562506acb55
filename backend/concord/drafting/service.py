"""Documents, sections and versions: the business rules of drafting.

Every function here runs inside the caller's transaction and only flushes. Writers that race
(new versions of one section, reordering one document) serialise on a row lock taken here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import and_, func
from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.core.clock import now
from concord.core.config import get_settings
from concord.core.errors import Forbidden
from concord.core.text import check_text, content_hash
from concord.drafting import brackets, policy
from concord.drafting.errors import (
    DocumentFrozen,
    DocumentNotFound,
    InvalidLevel,
    InvalidPosition,
    SectionNotFound,
    SectionRetired,
    UnknownBaseVersion,
    VersionNotFound,
)
from concord.drafting.merge import merge3
from concord.drafting.models import (
    Document,
    DocumentKind,
    DocumentParty,
    DocumentStatus,
    Section,
    SectionKind,
    Version,
)
from concord.drafting.render import render_html
from concord.drafting.schemas import (
    Brackets,
    DocumentCreate,
    DocumentPublic,
    DocumentSummary,
    DocumentUpdate,
    SectionCreate,
    SectionPublic,
    SectionUpdate,
    VersionPublic,
    VersionSaved,
)
from concord.identity import service as identity
from concord.identity.access import Viewer
from concord.identity.errors import UnknownDelegation, UnknownWorkingGroup
from concord.identity.models import Delegation, User, WorkingGroup
from concord.identity.schemas import DelegationPublic, PersonPublic

# --- reading ------------------------------------------------------------------------------------


def get_document(session: Session, document_id: int, *, lock: bool = False) -> Document:
    query = select(Document).where(Document.id == document_id)
    if lock:
        query = query.with_for_update()
    document = session.exec(query).first()
    if document is None:
        raise DocumentNotFound("No such document.")
    return document


def get_section(session: Session, section_id: int, *, lock: bool = False) -> Section:
    query = select(Section).where(Section.id == section_id)
    if lock:
        query = query.with_for_update()
    section = session.exec(query).first()
    if section is None:
        raise SectionNotFound("No such section.")
    return section


def readable_section(
    session: Session, viewer: Viewer, section: Section, document: Document | None = None
) -> Section:
    """A section of a document the viewer may not read does not exist for them."""
    document = document or get_document(session, section.document_id)
    if not policy.may_read(session, viewer, document):
        raise SectionNotFound("No such section.")
    return section


def get_version(session: Session, section: Section, number: int) -> Version:
    version = session.exec(
        select(Version).where(Version.section_id == section.id, Version.number == number)
    ).first()
    if version is None:
        raise VersionNotFound(f"Section {section.id} has no version {number}.")
    return version


def list_versions(session: Session, section: Section) -> Sequence[Version]:
    return session.exec(
        select(Version).where(Version.section_id == section.id).order_by(col(Version.number))
    ).all()


def live_sections(session: Session, document_id: int) -> list[tuple[Section, Version]]:
    """The document's live sections in order, each with its current version: one statement."""
    rows = session.exec(
        select(Section, Version)
        .join(
            Version,
            and_(col(Version.section_id) == col(Section.id), col(Version.number) == Section.head),
        )
        .where(Section.document_id == document_id, col(Section.retired_at).is_(None))
        .order_by(col(Section.position))
    ).all()
    return [(s, v) for s, v in rows]


def paragraph_numbers(kinds: Iterable[str]) -> list[int | None]:
    """Communiqué numbering: paragraphs count 1, 2, 3… in order; headings are unnumbered."""
    numbers: list[int | None] = []
    count = 0
    for kind in kinds:
        if kind == SectionKind.paragraph:
            count += 1
            numbers.append(count)
        else:
            numbers.append(None)
    return numbers


# --- presenting ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _html(text: str) -> str:
    # Versions are immutable, so their rendering is too: cache by text.
    return render_html(text)


@lru_cache(maxsize=4096)
def _bracket_report(text: str) -> brackets.BracketReport:
    return brackets.scan(text)


def bracket_summary(texts: Iterable[str]) -> Brackets:
    spans = words = total = 0
    unbalanced: list[int] = []
    for text in texts:
        report = _bracket_report(text)
        spans += len(report.spans)
        words += report.bracketed_words
        total += report.total_words
        unbalanced.extend(report.unbalanced)
    return Brackets(
        spans=spans,
        bracketed_words=words,
        total_words=total,
        share=round(words / total, 4) if total else 0.0,
        unbalanced=unbalanced,
    )


@dataclass(frozen=True)
class People:
    """Authors and delegations needed to present a batch of versions, loaded in two queries,
    and shown as the viewer may see them: members of an unannounced delegation stay undisclosed."""

    users: dict[int, User]
    delegations: dict[int, Delegation]
    viewer: Viewer

    @classmethod
    def load(
        cls,
        session: Session,
        viewer: Viewer,
        user_ids: Iterable[int],
        delegation_ids: Iterable[int | None] = (),
    ) -> People:
        return cls(
            users=identity.users_by_id(session, user_ids),
            delegations=identity.delegations_by_id(
                session, (d for d in delegation_ids if d is not None)
            ),
            viewer=viewer,
        )

    @classmethod
    def of_versions(cls, session: Session, viewer: Viewer, versions: Iterable[Version]) -> People:
        versions = list(versions)
        # The viewer is known already: a save answered to its author costs no query.
        known_user = {viewer.id: viewer.user}
        known_delegation = {viewer.delegation_id: viewer.delegation} if viewer.delegation else {}
        people = cls.load(
            session,
            viewer,
            (v.author_id for v in versions if v.author_id not in known_user),
            (v.delegation_id for v in versions if v.delegation_id not in known_delegation),
        )
        people.users.update(known_user)
        people.delegations.update({k: d for k, d in known_delegation.items() if k is not None})
        return people

    def person(self, user_id: int) -> PersonPublic:
        user = self.users[user_id]
        if not self.viewer.sees_delegation(user.delegation_id):
            return PersonPublic.undisclosed()
        return PersonPublic(id=user_id, name=user.name)

    def delegation(self, delegation_id: int | None) -> DelegationPublic | None:
        if delegation_id is None or not self.viewer.sees_delegation(delegation_id):
            return None
        return DelegationPublic.model_validate(self.delegations[delegation_id])


def version_public(version: Version, people: People) -> VersionPublic:
    author = people.person(version.author_id)
    return VersionPublic(
        number=version.number,
        text=version.text,
        html=_html(version.text),
        content_hash=version.content_hash,
        author=author,
        delegation=people.delegation(version.delegation_id) if author.id is not None else None,
        created_at=version.created_at,
        base_version=version.base_version,
        merged=version.merged,
    )


def section_public(
    section: Section, version: Version, people: People, number: int | None
) -> SectionPublic:
    assert section.id is not None
    return SectionPublic(
        id=section.id,
        document_id=section.document_id,
        kind=section.kind,
        level=section.level,
        position=section.position,
        number=number,
        retired=section.retired_at is not None,
        current=version_public(version, people),
        brackets=bracket_summary([version.text]),
    )


def section_view(session: Session, viewer: Viewer, section: Section) -> SectionPublic:
    version = get_version(session, section, section.head)
    number = None
    if section.kind == SectionKind.paragraph and section.position is not None:
        earlier = session.exec(
            select(func.count())
            .select_from(Section)
            .where(
                Section.document_id == section.document_id,
                Section.kind == SectionKind.paragraph,
                col(Section.retired_at).is_(None),
                col(Section.position) <= section.position,
            )
        ).one()
        number = int(earlier)
    return section_public(section, version, People.of_versions(session, viewer, [version]), number)


def document_summary(document: Document) -> DocumentSummary:
    return DocumentSummary.model_validate(document, from_attributes=True)


def parties(session: Session, document_id: int) -> list[Delegation]:
    return list(
        session.exec(
            select(Delegation)
            .join(DocumentParty, col(DocumentParty.delegation_id) == col(Delegation.id))
            .where(DocumentParty.document_id == document_id)
            .order_by(col(Delegation.code))
        ).all()
    )


def document_view(session: Session, viewer: Viewer, document: Document) -> DocumentPublic:
    """The whole document in a constant number of statements, whatever its length."""
    assert document.id is not None
    rows = live_sections(session, document.id)
    people = People.of_versions(session, viewer, (v for _, v in rows))
    numbers = paragraph_numbers(s.kind for s, _ in rows)
    sections = [section_public(s, v, people, n) for (s, v), n in zip(rows, numbers, strict=True)]
    return DocumentPublic(
        **document_summary(document).model_dump(),
        parties=[
            DelegationPublic.model_validate(d)
            for d in parties(session, document.id)
            if viewer.sees_delegation(d.id)
        ],
        sections=sections,
        brackets=bracket_summary(v.text for _, v in rows),
    )


def list_documents(
    session: Session, viewer: Viewer, *, offset: int, limit: int
) -> Sequence[Document]:
    return session.exec(
        select(Document)
        .where(policy.readable_filter(viewer))
        .order_by(col(Document.id))
        .offset(offset)
        .limit(limit)
    ).all()


# --- writing ------------------------------------------------------------------------------------


def _require_drafting(document: Document) -> None:
    if document.status != DocumentStatus.drafting:
        raise DocumentFrozen(
            f"The document is {document.status}; editing is allowed only while drafting.",
            details={"status": document.status},
        )


def _section_text(text: str) -> str:
    return check_text(text, field="text", max_bytes=get_settings().max_section_bytes)


def _check_level(kind: SectionKind, level: int | None) -> int | None:
    if kind == SectionKind.heading:
        return level or 1
    if level is not None:
        raise InvalidLevel("Only headings have a level.", details={"field": "level"})
    return None


def create_document(session: Session, viewer: Viewer, data: DocumentCreate) -> Document:
    if not viewer.secretariat:
        raise Forbidden("Only the secretariat creates documents.", code="secretariat_only")
    found = identity.delegations_by_id(session, data.parties)
    missing = sorted(set(data.parties) - set(found))
    if missing:
        raise UnknownDelegation(
            "Unknown delegation in parties.", details={"field": "parties", "ids": missing}
        )
    if data.working_group_id is not None and not session.get(WorkingGroup, data.working_group_id):
        raise UnknownWorkingGroup("No such working group.", details={"field": "working_group_id"})
    document = Document(
        title=check_text(data.title, field="title"),
        kind=data.kind,
        created_by=viewer.id,
        working_group_id=data.working_group_id,
    )
    session.add(document)
    session.flush()
    assert document.id is not None
    for delegation_id in sorted(found):
        session.add(DocumentParty(document_id=document.id, delegation_id=delegation_id))
    session.flush()
    audit.log(
        session,
        "document.create",
        "document",
        document.id,
        {"kind": data.kind, "working_group_id": data.working_group_id, "parties": sorted(found)},
    )
    return document


def update_document(
    session: Session, viewer: Viewer, document: Document, data: DocumentUpdate
) -> Document:
    policy.require_pen(viewer, document)
    _require_drafting(document)
    if data.title is not None:
        document.title = check_text(data.title, field="title")
    if data.kind is not None:
        document.kind = DocumentKind(data.kind)
    document.updated_at = now()
    session.add(document)
    session.flush()
    audit.log(session, "document.update", "document", document.id, data.model_dump(mode="json"))
    return document


def _touch(session: Session, document: Document) -> None:
    document.updated_at = now()
    session.add(document)


def _ordered_live(session: Session, document_id: int) -> list[Section]:
    return list(
        session.exec(
            select(Section)
            .where(Section.document_id == document_id, col(Section.retired_at).is_(None))
            .order_by(col(Section.position))
        ).all()
    )


def _place(order: list[Section], section: Section, after: int | None) -> None:
    """Put `section` into `order` after the section with id `after` (None: first)."""
    index = 0
    if after is not None:
        ids = [s.id for s in order]
        if after not in ids:
            raise InvalidPosition(
                "`after` must name a live section of this document.", details={"field": "after"}
            )
        index = ids.index(after) + 1
    order.insert(index, section)


def _renumber(session: Session, order: list[Section]) -> None:
    for position, section in enumerate(order):
        if section.position != position:
            section.position = position
            session.add(section)


def create_section(
    session: Session, viewer: Viewer, document: Document, data: SectionCreate, *, append: bool
) -> tuple[Section, Version]:
    """Insert a section with its version 1. Holds the document's row lock while renumbering."""
    assert document.id is not None
    policy.require_edit(viewer, document)
    _require_drafting(document)
    text = _section_text(data.text)
    order = _ordered_live(session, document.id)
    section = Section(
        document_id=document.id,
        kind=data.kind,
        level=_check_level(data.kind, data.level),
        created_by=viewer.id,
        position=len(order),
    )
    if not append:
        _place(order, section, data.after)
    session.add(section)
    session.flush()
    if not append:
        _renumber(session, order)
    assert section.id is not None
    version = Version(
        section_id=section.id,
        number=1,
        text=text,
        content_hash=content_hash(text),
        author_id=viewer.id,
        delegation_id=viewer.user.delegation_id,
    )
    session.add(version)
    _touch(session, document)
    session.flush()
    audit.log(
        session,
        "section.create",
        "section",
        section.id,
        {"document_id": document.id, "kind": section.kind, "content_hash": version.content_hash},
    )
    return section, version


def update_section(
    session: Session,
    viewer: Viewer,
    document: Document,
    section: Section,
    data: SectionUpdate,
    *,
    move: bool,
) -> Section:
    """Move or re-kind a section. Holds the document's row lock."""
    policy.require_edit(viewer, document)
    _require_drafting(document)
    _require_live(section)
    kind = SectionKind(data.kind) if data.kind is not None else section.kind
    level = data.level if data.level is not None else (section.level if data.kind is None else None)
    section.kind = kind
    section.level = _check_level(kind, level)
    if move:
        order = [s for s in _ordered_live(session, document.id or 0) if s.id != section.id]
        if data.after == section.id:
            raise InvalidPosition("A section cannot follow itself.", details={"field": "after"})
        _place(order, section, data.after)
        _renumber(session, order)
    session.add(section)
    _touch(session, document)
    session.flush()
    audit.log(
        session,
        "section.update",
        "section",
        section.id,
        {
            "after": data.after if move else None,
            "moved": move,
            "kind": kind,
            "level": section.level,
        },
    )
    return section


def retire_section(session: Session, viewer: Viewer, document: Document, section: Section) -> None:
    """Take a section out of the text; its versions stay. Holds the document's row lock."""
    policy.require_edit(viewer, document)
    _require_drafting(document)
    _require_live(section)
    section.retired_at = now()
    section.position = None
    session.add(section)
    session.flush()
    _renumber(session, _ordered_live(session, document.id or 0))
    _touch(session, document)
    session.flush()
    audit.log(session, "section.retire", "section", section.id, {"document_id": document.id})


def _require_live(section: Section) -> None:
    if section.retired_at is not None:
        raise SectionRetired("The section has been retired.")


def save_version(
    session: Session, viewer: Viewer, section_id: int, text: str, base_version: int
) -> tuple[Version, bool]:
    """Append a version to a section, merging three-way when `base_version` is not the head.

    Takes the section's row lock so that writers of one section run one at a time (the unique
    (section_id, number) constraint backs it), and a key-share lock on its document: it keeps
    the document's status from changing underneath (status changes take FOR UPDATE) while
    writers of other sections, who also touch the document row, proceed without deadlock.
    Returns the version and whether it was created (False: the text is already current).
    """
    proposed = _section_text(text)
    section = get_section(session, section_id, lock=True)
    document = session.exec(
        select(Document)
        .where(Document.id == section.document_id)
        .with_for_update(read=True, key_share=True)
    ).one()
    readable_section(session, viewer, section, document)
    policy.require_edit(viewer, document)
    _require_drafting(document)
    _require_live(section)
    if base_version > section.head:
        raise UnknownBaseVersion(
            f"Section {section_id} has no version {base_version} (current is {section.head}).",
            details={"field": "base_version", "current": section.head},
        )
    head = get_version(session, section, section.head)
    merged = False
    if base_version != section.head:
        base = get_version(session, section, base_version)
        result = merge3(base.text, head.text, proposed)
        merged = result != proposed
        proposed = result
    if content_hash(proposed) == head.content_hash:
        return head, False
    version = Version(
        section_id=section_id,
        number=section.head + 1,
        text=proposed,
        content_hash=content_hash(proposed),
        author_id=viewer.id,
        delegation_id=viewer.user.delegation_id,
        base_version=base_version,
        merged=merged,
    )
    section.head = version.number
    session.add(section)
    session.add(version)
    _touch(session, document)
    session.flush()
    audit.log(
        session,
        "version.create",
        "section",
        section_id,
        {
            "number": version.number,
            "base_version": base_version,
            "merged": merged,
            "content_hash": version.content_hash,
        },
    )
    return version, True


def saved_view(session: Session, viewer: Viewer, version: Version, created: bool) -> VersionSaved:
    public = version_public(version, People.of_versions(session, viewer, [version]))
    return VersionSaved(**public.model_dump(), created=created)
