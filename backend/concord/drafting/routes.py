"""Documents, sections, versions, diffs and revisions."""

from __future__ import annotations

from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Query, Request, Response, status

from concord.core.dependencies import MAX_ID, IdPath, SessionDep, commit_now
from concord.core.errors import ERROR_RESPONSES
from concord.drafting import alternatives, holders, revisions, views
from concord.drafting import service as drafting
from concord.drafting.dependencies import (
    DocumentDep,
    LockedDocumentDep,
    SectionAndDocumentDep,
    SectionDep,
)
from concord.drafting.diff import word_diff
from concord.drafting.errors import InvalidPosition
from concord.drafting.schemas import (
    BracketDecision,
    DocumentDiff,
    HoldersUpdate,
    RevisionCreate,
    RevisionPublic,
    SectionCreate,
    SectionDiff,
    SectionPublic,
    SectionUpdate,
    VersionCreate,
    VersionPublic,
    VersionSaved,
)
from concord.identity.dependencies import (
    Credentials,
    SessionSecret,
    ViewerDep,
    current_viewer,
)

router = APIRouter(tags=["drafting"], responses=ERROR_RESPONSES)
VersionNumber = Annotated[int, Query(ge=1, le=MAX_ID)]
RevisionRef = Annotated[
    str, Query(min_length=1, max_length=40, description="`Rev.N`, `N` or `head`.")
]


@router.post("/documents/{document_id}/sections", status_code=status.HTTP_201_CREATED)
def create_section(
    session: SessionDep, viewer: ViewerDep, document: LockedDocumentDep, body: SectionCreate
) -> SectionPublic:
    """Add a heading or paragraph after a given section (or first, or at the end)."""
    append = "after" not in body.model_fields_set
    section, _ = drafting.create_section(session, viewer, document, body, append=append)
    return views.section_view(session, viewer, section)


@router.get("/sections/{section_id}")
def get_section(session: SessionDep, viewer: ViewerDep, section: SectionDep) -> SectionPublic:
    """One section with its current version."""
    return views.section_view(session, viewer, section)


@router.patch("/sections/{section_id}")
def update_section(
    session: SessionDep, viewer: ViewerDep, found: SectionAndDocumentDep, body: SectionUpdate
) -> SectionPublic:
    """Move a section (`after`) or change its kind or heading level."""
    section, document = found
    if not body.model_fields_set:
        raise InvalidPosition("Nothing to change.", code="empty_update")
    move = "after" in body.model_fields_set
    drafting.update_section(session, viewer, document, section, body, move=move)
    return views.section_view(session, viewer, section)


@router.delete("/sections/{section_id}", status_code=status.HTTP_204_NO_CONTENT)
def retire_section(
    session: SessionDep, viewer: ViewerDep, found: SectionAndDocumentDep
) -> Response:
    """Retire a section from the text; its history is kept."""
    section, document = found
    drafting.retire_section(session, viewer, document, section)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/sections/{section_id}/versions")
def list_versions(
    session: SessionDep, viewer: ViewerDep, section: SectionDep
) -> list[VersionPublic]:
    """Every version of the section, oldest first."""
    versions = drafting.list_versions(session, section)
    people = views.People.of_versions(session, viewer, versions)
    return [views.version_public(v, people) for v in versions]


@router.post(
    "/sections/{section_id}/versions",
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": VersionSaved, "description": "The text is already current: nothing new."},
        409: {"description": "`edit_conflict` with base, current and proposed texts."},
    },
)
async def save_version(
    request: Request,
    session: SessionDep,
    credentials: Credentials,
    session_secret: SessionSecret,
    section_id: IdPath,
    body: VersionCreate,
    response: Response,
) -> VersionSaved:
    """Save a new version from `base_version`: appended, merged three-way, or refused (409)."""

    # The hot path: the caller, the save and the answer in one worker-thread trip, not one
    # for the caller, one for the save and one for checking the answer. The save takes the
    # audit head's row lock, which every writer waits for until the request commits: the
    # fewer trips between it and the commit, the sooner the next writer goes: it commits
    # here, in the same trip, not after a wait for the event loop and another thread.
    def save() -> VersionSaved:
        viewer = current_viewer(request, session, credentials, session_secret)
        version, created = drafting.save_version(
            session, viewer, section_id, body.text, body.base_version
        )
        commit_now(session)
        # Answered after the commit: the version's HTML need not hold the locks.
        return views.saved_view(session, viewer, version, created)

    saved = await anyio.to_thread.run_sync(save)
    if not saved.created:
        response.status_code = status.HTTP_200_OK
    return saved


@router.post(
    "/sections/{section_id}/brackets",
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": VersionSaved, "description": "The decision changes nothing."},
        409: {"description": "`no_such_brackets`, or `edit_conflict` as for any save."},
    },
)
def decide_brackets(
    session: SessionDep,
    viewer: ViewerDep,
    section_id: IdPath,
    body: BracketDecision,
    response: Response,
) -> VersionSaved:
    """The chair's decision: keep an alternative or option, clean or delete a span (new version)."""
    version, created = alternatives.decide(session, viewer, section_id, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    return views.saved_view(session, viewer, version, created)


@router.put(
    "/sections/{section_id}/holders",
    responses={409: {"description": "`no_such_brackets`: no bracket opens at `start`."}},
)
def set_holders(
    session: SessionDep, viewer: ViewerDep, found: SectionAndDocumentDep, body: HoldersUpdate
) -> SectionPublic:
    """Say which delegations hold a bracket (the chair or the secretariat); shown with the
    section and in the bracketed Word copy to those who may know of them."""
    section, document = found
    holders.set_by_chair(
        session,
        viewer,
        section,
        document,
        body.version,
        body.start,
        body.delegation_ids,
        body.reason,
    )
    return views.section_view(session, viewer, section)


@router.get("/sections/{section_id}/versions/{number}")
def get_version(
    session: SessionDep, viewer: ViewerDep, section: SectionDep, number: IdPath
) -> VersionPublic:
    """One immutable version with its content hash."""
    version = drafting.get_version(session, section, number)
    people = views.People.of_versions(session, viewer, [version])
    return views.version_public(version, people)


@router.get("/sections/{section_id}/diff")
def section_diff(
    session: SessionDep,
    section: SectionDep,
    from_: Annotated[int, Query(alias="from", ge=1, le=MAX_ID)],
    to: VersionNumber,
) -> SectionDiff:
    """Word-level diff between two versions of a section."""
    a = drafting.get_version(session, section, from_)
    b = drafting.get_version(session, section, to)
    assert section.id is not None
    return SectionDiff(
        section_id=section.id, from_version=from_, to_version=to, diff=word_diff(a.text, b.text)
    )


@router.get("/documents/{document_id}/revisions")
def list_revisions(
    session: SessionDep, viewer: ViewerDep, document: DocumentDep
) -> list[RevisionPublic]:
    """The document's revisions, Rev.1 first."""
    found = revisions.list_revisions(session, document)
    return [revisions.revision_public(session, viewer, r) for r in found]


@router.post("/documents/{document_id}/revisions", status_code=status.HTTP_201_CREATED)
def create_revision(
    session: SessionDep, viewer: ViewerDep, document: LockedDocumentDep, _body: RevisionCreate
) -> RevisionPublic:
    """Snapshot the current text as the next Rev.N (the chair or the secretariat)."""
    revision = revisions.create_revision(session, viewer, document)
    return revisions.revision_public(session, viewer, revision)


@router.get("/documents/{document_id}/diff")
def document_diff(
    session: SessionDep,
    document: DocumentDep,
    from_: Annotated[str, Query(alias="from", min_length=1, max_length=40)],
    to: RevisionRef = "head",
) -> DocumentDiff:
    """Compare two revisions (or a revision and `head`): sections added, removed, moved, changed."""
    old = revisions.snapshot(session, document, from_)
    new = revisions.snapshot(session, document, to)
    return revisions.compare(session, document, old, new)
