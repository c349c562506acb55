"""Documents, sections and versions: the business rules of drafting.

Every function here runs inside the caller's transaction and only flushes. Writers that race
(new versions of one section, reordering one document) serialise on a row lock taken here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta

from sqlalchemy import Executable, and_, bindparam, insert, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core import languages
from concord.core.clock import now
from concord.core.config import get_settings
from concord.core.errors import Forbidden
from concord.core.text import check_text, content_hash
from concord.drafting import policy
from concord.drafting.canonical import canonical
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
from concord.drafting.merge import EditConflict, merge3
from concord.drafting.models import (
    Document,
    DocumentKind,
    DocumentParty,
    DocumentStatus,
    Section,
    SectionKind,
    Version,
)
from concord.drafting.schemas import (
    DocumentCreate,
    DocumentUpdate,
    SectionCreate,
    SectionUpdate,
)
from concord.identity import service as identity
from concord.identity.access import Viewer
from concord.identity.errors import UnknownDelegation, UnknownWorkingGroup
from concord.identity.models import WorkingGroup

# --- reading ------------------------------------------------------------------------------------


def get_document(session: Session, document_id: int, *, lock: bool = False) -> Document:
    """The document's row; with `lock`, locked and re-read (another transaction may just have
    changed it, and the row already in the session would be stale)."""
    query = select(Document).where(Document.id == document_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
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


def section_text(text: str) -> str:
    """The checked text in its canonical Markdown spelling (canonical.py), within the size limit.

    The size is checked before parsing too, so that an oversized text is refused unread.
    """
    limit = get_settings().max_section_bytes
    return check_text(
        canonical(check_text(text, field="text", max_bytes=limit)), field="text", max_bytes=limit
    )


def _check_level(kind: SectionKind, level: int | None) -> int | None:
    if kind == SectionKind.heading:
        return level or 1
    if level is not None:
        raise InvalidLevel("Only headings have a level.", details={"field": "level"})
    return None


def create_document(
    session: Session, viewer: Viewer, data: DocumentCreate, *, chair_may: bool = False
) -> Document:
    """A new document (the secretariat; with `chair_may`, also the chair of its working group,
    as when a chair imports a draft)."""
    if not (viewer.secretariat or (chair_may and viewer.chairs(data.working_group_id))):
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
        place=check_text(data.place or "", field="place") or None,
        language=languages.language(data.language).code,
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
        Action.DOCUMENT_CREATE,
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
    if data.place is not None:
        document.place = check_text(data.place, field="place") or None
    document.updated_at = now()
    session.add(document)
    session.flush()
    audit.log(
        session, Action.DOCUMENT_UPDATE, "document", document.id, data.model_dump(mode="json")
    )
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
    text = section_text(data.text)
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
        Action.SECTION_CREATE,
        "section",
        section.id,
        {"document_id": document.id, "kind": section.kind, "content_hash": version.content_hash},
    )
    return section, version


def append_sections(
    session: Session, viewer: Viewer, document: Document, items: Sequence[SectionCreate]
) -> list[int]:
    """Sections added at the end, each with its version 1; their ids, in order. Rows are
    inserted in bulk (an imported draft has hundreds), each with its audit event."""
    assert document.id is not None
    policy.require_edit(viewer, document)
    _require_drafting(document)
    if not items:
        return []
    start = len(_ordered_live(session, document.id))
    texts = [section_text(item.text) for item in items]
    levels = [_check_level(item.kind, item.level) for item in items]
    created = now()
    session.flush()
    ids = list(
        session.execute(
            insert(Section).returning(col(Section.id), sort_by_parameter_order=True),
            [
                {
                    "document_id": document.id,
                    "kind": item.kind,
                    "level": level,
                    "position": start + offset,
                    "head": 1,
                    "created_by": viewer.id,
                    "created_at": created,
                }
                for offset, (item, level) in enumerate(zip(items, levels, strict=True))
            ],
        ).scalars()
    )
    hashes = [content_hash(text) for text in texts]
    session.execute(
        insert(Version),
        [
            {
                "section_id": section_id,
                "number": 1,
                "text": text,
                "content_hash": digest,
                "author_id": viewer.id,
                "delegation_id": viewer.user.delegation_id,
                "merged": False,
                "created_at": created,
            }
            for section_id, text, digest in zip(ids, texts, hashes, strict=True)
        ],
    )
    _touch(session, document)
    audit.log_many(
        session,
        Action.SECTION_CREATE,
        "section",
        [
            (section_id, {"document_id": document.id, "kind": item.kind, "content_hash": digest})
            for section_id, item, digest in zip(ids, items, hashes, strict=True)
        ],
    )
    return [int(i) for i in ids]


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
        Action.SECTION_UPDATE,
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
    audit.log(session, Action.SECTION_RETIRE, "section", section.id, {"document_id": document.id})


def _require_live(section: Section) -> None:
    if section.retired_at is not None:
        raise SectionRetired("The section has been retired.")


# A save touches its document's `updated_at` at most this often: every writer of the document
# would otherwise queue on the document's row, from that UPDATE until its commit.
TOUCH_EVERY = timedelta(minutes=1)


def _lock_for_save_statement() -> Executable:
    head_hash = (
        select(Version.content_hash)
        .where(Version.section_id == Section.id, Version.number == Section.head)
        .scalar_subquery()
    )
    return (
        select(Section, Document, head_hash)
        .join(Document, col(Document.id) == col(Section.document_id))
        .where(col(Section.id) == bindparam("section_id"))
        .with_for_update(of=Section)
        .suffix_with("FOR KEY SHARE OF document", dialect="postgresql")
        .execution_options(populate_existing=True)
    )


# The save's statements are built once: building one and computing its cache key costs more
# Python than sending it.
_LOCK_FOR_SAVE = _lock_for_save_statement()
_INSERT_VERSION = insert(Version)
_MOVE_HEAD = (
    update(Section)
    .where(col(Section.id) == bindparam("section_id"))
    .values(head=bindparam("number"))
)


def _lock_for_save(session: Session, section_id: int) -> tuple[Section, Document, str | None]:
    """The section (FOR UPDATE), its document (FOR KEY SHARE) and the content hash of the
    section's current version, in one statement.

    The hash is None when a writer of this section committed while we waited for its lock:
    the statement's snapshot predates that writer's version.
    """
    row = session.execute(_LOCK_FOR_SAVE, {"section_id": section_id}).first()
    if row is None:
        raise SectionNotFound("No such section.")
    section, document, head_hash = row
    return section, document, head_hash


def _touch_coarsely(session: Session, document: Document) -> None:
    at = now()
    if document.updated_at > at - TOUCH_EVERY:
        return
    touched = session.connection().execute(
        update(Document)
        .where(col(Document.id) == document.id, col(Document.updated_at) <= at - TOUCH_EVERY)
        .values(updated_at=at)
    )
    if touched.rowcount:
        set_committed_value(document, "updated_at", at)


def save_version(
    session: Session, viewer: Viewer, section_id: int, text: str, base_version: int
) -> tuple[Version, bool]:
    """Append a version to a section, merging three-way when `base_version` is not the head.

    Takes the section's row lock so that writers of one section run one at a time (the unique
    (section_id, number) constraint backs it), and a key-share lock on its document: it keeps
    the document's status from changing underneath (status changes take FOR UPDATE) while
    writers of other sections proceed. Returns the version and whether it was created (False:
    the text is already current). The returned new version is not in the session: it was
    written with a plain INSERT, the hot path's statements being few and cheap (section lock,
    INSERT, head UPDATE, then the audit append).
    """
    proposed = section_text(text)
    section, document, head_hash = _lock_for_save(session, section_id)
    readable_section(session, viewer, section, document)
    policy.require_edit(viewer, document)
    _require_drafting(document)
    _require_live(section)
    if base_version > section.head:
        raise UnknownBaseVersion(
            f"Section {section_id} has no version {base_version} (current is {section.head}).",
            details={"field": "base_version", "current": section.head},
        )
    merged = False
    if base_version != section.head:
        base = get_version(session, section, base_version)
        head = get_version(session, section, section.head)
        head_hash = head.content_hash
        try:
            result = merge3(base.text, head.text, proposed)
        except EditConflict as conflict:
            # The editor resolves against "theirs": tell it which version that is.
            conflict.details.update(base_version=base_version, current_version=section.head)
            raise
        merged = result != proposed
        proposed = canonical(result)
    elif head_hash is None:
        head_hash = get_version(session, section, section.head).content_hash
    new_hash = content_hash(proposed)
    if new_hash == head_hash:
        return get_version(session, section, section.head), False
    version = Version(
        section_id=section_id,
        number=section.head + 1,
        text=proposed,
        content_hash=new_hash,
        author_id=viewer.id,
        delegation_id=viewer.user.delegation_id,
        base_version=base_version,
        merged=merged,
        created_at=now(),
    )
    connection = session.connection()
    connection.execute(
        _INSERT_VERSION,
        {
            "section_id": section_id,
            "number": version.number,
            "text": version.text,
            "content_hash": version.content_hash,
            "author_id": version.author_id,
            "delegation_id": version.delegation_id,
            "base_version": base_version,
            "merged": merged,
            "created_at": version.created_at,
        },
    )
    connection.execute(_MOVE_HEAD, {"section_id": section_id, "number": version.number})
    set_committed_value(section, "head", version.number)
    _touch_coarsely(session, document)
    audit.log(
        session,
        Action.VERSION_CREATE,
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
