"""Publication of an adopted text at an embargo time (the API), and the public index's JSON."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path, Request, Response

from concord.core.dependencies import SessionDep
from concord.core.errors import ERROR_RESPONSES
from concord.drafting.dependencies import DocumentDep, LockedDocumentDep
from concord.export.routes import DOCX, PDF
from concord.identity.dependencies import SecretariatDep, ViewerDep
from concord.publication import errors, public, service, views
from concord.publication.schemas import PublicationPublic, PublicationSchedule, PublishedText

router = APIRouter(tags=["publication"], responses=ERROR_RESPONSES)


@router.get("/documents/{document_id}/publication")
def get_publication(
    session: SessionDep, viewer: ViewerDep, document: DocumentDep
) -> PublicationPublic:
    """The text's publication: embargo time, the participants you may know of, its status."""
    found = service.for_document(session, document)
    if found is None:
        raise errors.PublicationNotFound("This text has no publication.")
    return views.publication_view(session, viewer, found)


@router.put("/documents/{document_id}/publication")
def schedule_publication(
    session: SessionDep,
    viewer: SecretariatDep,
    document: LockedDocumentDep,
    body: PublicationSchedule,
) -> PublicationPublic:
    """Schedule (or reschedule) the publication of an adopted text at an embargo time, naming
    its participants and the commitments announced with it (secretariat)."""
    publication = service.schedule(session, viewer, document, body)
    return views.publication_view(session, viewer, publication)


@router.delete("/documents/{document_id}/publication")
def cancel_publication(
    session: SessionDep, viewer: SecretariatDep, document: LockedDocumentDep
) -> PublicationPublic:
    """Call off a scheduled publication (secretariat)."""
    publication = service.cancel(session, document)
    return views.publication_view(session, viewer, publication)


@router.post("/documents/{document_id}/publication/confirm")
def confirm_announcement(
    session: SessionDep, viewer: ViewerDep, document: LockedDocumentDep
) -> PublicationPublic:
    """Your delegation agrees to be named, and so announced, at the embargo time (its head)."""
    publication = service.confirm(session, viewer, document)
    return views.publication_view(session, viewer, publication)


@router.get("/published")
def list_published(session: SessionDep) -> list[PublishedText]:
    """The published texts, the latest first: public, without signing in."""
    return public.index_entries(session)


# --- the public pages (HTML and files, outside the API) -----------------------------------------

pages = APIRouter(tags=["published"], responses=ERROR_RESPONSES)

PublicationPath = Annotated[str, Path(min_length=1, max_length=40)]

HTML = "text/html; charset=utf-8"


def _static(
    request: Request, body: bytes | public.Kept, media_type: str, **headers: str
) -> Response:
    """A public, cacheable answer with a strong ETag (a kept page's, computed when made);
    304 when the client has it already."""
    kept = body if isinstance(body, public.Kept) else public.Kept(body, public.etag(body))
    tag = kept.tag
    common = {
        "ETag": tag,
        "Cache-Control": public.CACHE_CONTROL,
        "X-Content-Type-Options": "nosniff",
        **headers,
    }
    if tag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=common)
    return Response(content=kept.body, media_type=media_type, headers=common)


def _attachment(name: str) -> str:
    return f"attachment; filename=\"text\"; filename*=UTF-8''{quote(name, safe='')}"


@pages.get("/published", response_class=Response)
def published_index(request: Request, session: SessionDep) -> Response:
    """The public index of published texts."""
    return _static(request, public.index_page(session), HTML)


@pages.get("/published/feed.xml", response_class=Response)
def published_feed(request: Request, session: SessionDep) -> Response:
    """The published texts as an Atom feed."""
    return _static(request, public.feed(session), "application/atom+xml; charset=utf-8")


@pages.get("/published/{publication_id}", response_class=Response)
def published_page(
    request: Request, session: SessionDep, publication_id: PublicationPath
) -> Response:
    """A published text's public page, in the language it was negotiated in."""
    return _static(request, public.text_page(session, publication_id, None), HTML)


@pages.get("/published/{publication_id}/manifest.json", response_class=Response)
def published_manifest(
    request: Request, session: SessionDep, publication_id: PublicationPath
) -> Response:
    """The adoption's manifest, byte for byte: its SHA-256 is the manifest hash."""
    body = public.manifest_file(session, publication_id)
    return _static(request, body, "application/json")


@pages.get("/published/{publication_id}/sections.json", response_class=Response)
def published_sections(
    request: Request, session: SessionDep, publication_id: PublicationPath
) -> Response:
    """The adopted text's sections in manifest order, to check each content hash."""
    body = public.sections_file(session, publication_id)
    return _static(request, body, "application/json")


def _download(request: Request, session: SessionDep, publication_id: str, name: str) -> Response:
    stem, _, extension = name.rpartition(".")
    code = None
    if stem.startswith("text-"):
        code = stem.removeprefix("text-")
    elif stem != "text":
        raise errors.PublicationNotFound("No such file.")
    if extension == "docx":
        body, doc = public.word_file(session, publication_id, code)
        media = DOCX
    elif extension == "pdf":
        body, doc = public.pdf_file(session, publication_id, code)
        media = PDF
    else:
        raise errors.PublicationNotFound("No such file.")
    label = f"{doc.title} - {doc.revision_label}.{extension}"
    return _static(request, body, media, **{"Content-Disposition": _attachment(label)})


@pages.get("/published/{publication_id}/{name}", response_class=Response)
def published_language_or_file(
    request: Request, session: SessionDep, publication_id: PublicationPath, name: str
) -> Response:
    """`/ar`: the page in another language; `text.docx`, `text-ar.pdf`: the files."""
    if "." in name:
        return _download(request, session, publication_id, name)
    if len(name) > 3 or not name.isalpha() or not name.islower():
        raise errors.PublicationNotFound("No such page.")
    return _static(request, public.text_page(session, publication_id, name), HTML)
