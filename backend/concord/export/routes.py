"""Exports of a document (Word, PDF, Markdown, HTML) and the secretariat's Word templates."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Body, Query, Response, status

from concord.core.dependencies import MAX_ID, IdPath, SessionDep
from concord.core.errors import ERROR_RESPONSES
from concord.core.telemetry import timed_export
from concord.drafting.dependencies import DocumentDep, SectionDep
from concord.drafting.revisions import HEAD
from concord.export import html, markdown, pdf, review, templates
from concord.export.content import ExportDocument
from concord.export.dependencies import ExportRequestDep, TemplateChoice
from concord.export.docx import build_docx
from concord.export.errors import InvalidLanguages
from concord.export.schemas import (
    SuggestionPublic,
    TemplatePublic,
    TrackedChanges,
    TrackedSection,
)
from concord.export.service import build_export
from concord.identity.dependencies import ViewerDep

router = APIRouter(tags=["export"], responses=ERROR_RESPONSES)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MARKDOWN = "text/markdown; charset=utf-8"
HTML = "text/html; charset=utf-8"
PDF = "application/pdf"

_NOT_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|;]+')


def _responses(media_type: str, what: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"description": what, "content": {media_type: {"schema": {"type": "string"}}}}}


def file_name(doc: ExportDocument, extension: str, title: str | None = None) -> str:
    """`Title - Rev.2.docx`, `Title - Rev.1 to Rev.2 (redline).md`: safe on every system."""
    title = title if title is not None else doc.title
    title = " ".join(_NOT_IN_NAMES.sub(" ", title).split())[:120].strip(" .") or "Document"
    label = doc.revision_label
    if doc.variant == "redline" and doc.compare_label:
        label = f"{doc.compare_label} to {label} (redline)"
    elif doc.variant == "bracketed":
        label = f"{label} (bracketed)"
    return f"{title} - {label}.{extension}"


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"_+", "_", re.sub(r"[^A-Za-z0-9._()\- ]+", "_", plain)).strip(" _")


def content_disposition(doc: ExportDocument, extension: str) -> str:
    """RFC 6266 with RFC 5987's `filename*` (UTF-8: Arabic and Hebrew titles survive) and an
    ASCII `filename` for clients that know only that (`document-7 - Rev.2.docx` when nothing
    of the title is ASCII)."""
    name = file_name(doc, extension)
    title = _ascii(doc.title)
    if not re.search(r"[A-Za-z0-9]", title):
        title = f"document-{doc.document_id}"
    fallback = _ascii(file_name(doc, extension, title))
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _download(body: bytes, media_type: str, doc: ExportDocument, extension: str) -> Response:
    return Response(
        content=body,
        media_type=media_type,
        headers={
            "Content-Disposition": content_disposition(doc, extension),
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


@router.get(
    "/documents/{document_id}/export.docx",
    response_class=Response,
    responses=_responses(DOCX, "The Word file."),
)
def export_docx(
    session: SessionDep,
    viewer: ViewerDep,
    document: DocumentDep,
    request: ExportRequestDep,
    template: TemplateChoice,
) -> Response:
    """The document as a Word file: clean, bracketed (with the approval matrix) or redline."""
    with timed_export("docx", request.variant):
        doc = build_export(session, viewer, document, request)
        chosen = templates.for_export(session, template)
        body = build_docx(doc, template=chosen)
    return _download(body, DOCX, doc, "docx")


@router.get(
    "/documents/{document_id}/export.pdf",
    response_class=Response,
    responses={
        **_responses(PDF, "The PDF: the Word file as printed."),
        503: {
            "description": "Every PDF slot is busy (`pdf_busy`, with `Retry-After`), or the "
            "server cannot make PDFs (`pdf_unavailable`).",
        },
    },
)
def export_pdf(
    session: SessionDep,
    viewer: ViewerDep,
    document: DocumentDep,
    request: ExportRequestDep,
    template: TemplateChoice,
) -> Response:
    """The document as PDF, the Word file printed (same variants and parameters): numbered
    paragraphs, footnotes, header and footer with page numbers, tagged, with title and language.
    Slow (seconds): a few at once per server, 503 with Retry-After beyond them."""
    with pdf.slot() as index, timed_export("pdf", request.variant):
        doc = build_export(session, viewer, document, request)
        chosen = templates.for_export(session, template)
        body = pdf.docx_to_pdf(build_docx(doc, template=chosen), index)
    return _download(body, PDF, doc, "pdf")


@router.get(
    "/documents/{document_id}/export.md",
    response_class=Response,
    responses=_responses("text/markdown", "Canonical Markdown with paragraph numbers."),
)
def export_markdown(
    session: SessionDep,
    viewer: ViewerDep,
    document: DocumentDep,
    request: ExportRequestDep,
) -> Response:
    """The document as Markdown: numbered paragraphs, statements as footnotes, CriticMarkup."""
    if request.beside is not None:
        raise InvalidLanguages(
            "Markdown has no columns: export a bilingual text as Word, PDF or HTML.",
            code="bilingual_not_in_markdown",
            details={"field": "beside"},
        )
    with timed_export("md", request.variant):
        doc = build_export(session, viewer, document, request)
        body = markdown.to_markdown(doc).encode("utf-8")
    return _download(body, MARKDOWN, doc, "md")


@router.get(
    "/documents/{document_id}/export.html",
    response_class=Response,
    responses=_responses("text/html", "A standalone, printable page."),
)
def export_html(
    session: SessionDep,
    viewer: ViewerDep,
    document: DocumentDep,
    request: ExportRequestDep,
) -> Response:
    """The document as one standalone, printable, script-free HTML page."""
    with timed_export("html", request.variant):
        doc = build_export(session, viewer, document, request)
        body = html.to_html(doc).encode("utf-8")
    return _download(body, HTML, doc, "html")


# --- templates --------------------------------------------------------------------------------


SinceQuery = Annotated[
    str,
    Query(
        min_length=1,
        max_length=40,
        description="`Rev.N` (or `N`), or `approval`: each section's last approved version.",
    ),
]


UntilQuery = Annotated[
    str,
    Query(
        min_length=1,
        max_length=40,
        description="A later `Rev.N` (or `N`), or `head`: the current text (the default).",
    ),
]
VersionQuery = Annotated[int, Query(ge=1, le=MAX_ID)]


@router.get("/documents/{document_id}/changes")
def tracked_changes(
    session: SessionDep,
    viewer: ViewerDep,
    document: DocumentDep,
    since: SinceQuery,
    until: UntilQuery = HEAD,
) -> TrackedChanges:
    """What changed since a revision or your last approval, as tracked changes over the text."""
    return review.changes_since(session, viewer, document, since, until)


@router.get("/sections/{section_id}/changes")
def section_changes(
    session: SessionDep,
    section: SectionDep,
    from_: Annotated[int, Query(alias="from", ge=1, le=MAX_ID)],
    to: VersionQuery,
) -> TrackedSection:
    """A section from version `from` to version `to`: tracked changes over its rendered text."""
    return review.section_changes(session, section, from_, to)


@router.get("/documents/{document_id}/suggestions")
def list_suggestions(
    session: SessionDep, viewer: ViewerDep, document: DocumentDep
) -> list[SuggestionPublic]:
    """The open amendments you may see, each as tracked changes over the rendered current text."""
    return review.suggestions(session, viewer, document)


@router.get("/export/templates")
def list_templates(session: SessionDep, viewer: ViewerDep) -> list[TemplatePublic]:
    """The uploaded Word templates (the secretariat)."""
    return [
        TemplatePublic.from_info(templates.info(t))
        for t in templates.list_templates(session, viewer)
    ]


@router.post("/export/templates", status_code=status.HTTP_201_CREATED)
def upload_template(
    session: SessionDep,
    viewer: ViewerDep,
    body: Annotated[bytes, Body(media_type="application/octet-stream")] = b"",
    name: Annotated[str, Query(min_length=1, max_length=200)] = "template.docx",
    default: Annotated[bool, Query(description="Make it the template every export uses.")] = False,
) -> TemplatePublic:
    """Upload a .docx template as the raw request body (the secretariat); checked first."""
    template = templates.upload(session, viewer, name, body, default=default)
    return TemplatePublic.from_info(templates.info(template))


@router.delete("/export/templates/{template_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_template(session: SessionDep, viewer: ViewerDep, template_id: IdPath) -> Response:
    """Delete a template (the secretariat); exports fall back to the built-in one."""
    templates.delete(session, viewer, template_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
