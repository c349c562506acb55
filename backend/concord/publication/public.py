"""The public pages of published texts, without signing in: an index, an Atom feed, and per text
its page in each language, its Word and PDF files, its manifest and the sections to verify it.

Nothing here takes a signed-in viewer: every page is built for the public, a viewer that knows
of no unannounced delegation, with the public's commitments annex (commitments/register.py with
viewer None), and only for publications whose status is published and whose embargo time has
passed (service.published_one: anything else is the same 404, malformed ids included).

Static and cacheable: a page is rendered once per process and kept for a minute (the text is
adopted and frozen; only the annex could grow), served with a strong ETag (its SHA-256, computed
once when the page is made) and `Cache-Control: public`, and a matching `If-None-Match` is
answered 304 without a body. A kept page is answered, 200 or 304, before any query: only a
published text's page is kept, and a publication stays published for good. The
page has no script and fetches nothing from elsewhere (the same Content-Security-Policy as the
HTML export).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from concord.consensus.models import Adoption
from concord.core import languages
from concord.core.db import transaction
from concord.drafting import revisions
from concord.drafting.models import Document, Revision, Version
from concord.export import html, pdf
from concord.export.content import ExportDocument, long_date
from concord.export.docx import build_docx
from concord.export.service import ExportRequest, build_export
from concord.identity.access import Viewer, unannounced_ids
from concord.identity.models import Delegation, User
from concord.publication import errors, service
from concord.publication.models import (
    Publication,
    PublicationFile,
    PublicationParticipant,
    PublicationStatus,
)
from concord.publication.schemas import PublishedText
from concord.publication.views import public_path, public_url
from concord.translation import service as translation

MAX_AGE = 60  # seconds a page is kept, here and by caches
CACHE_CONTROL = f"public, max-age={MAX_AGE}"
_CACHE_SIZE = 256


@dataclass(frozen=True)
class Kept:
    """A public answer's bytes and their strong ETag, computed once when made."""

    body: bytes
    tag: str


_cache: dict[tuple[str, ...], tuple[float, Kept]] = {}
_cache_lock = threading.Lock()


def kept(key: tuple[str, ...]) -> Kept | None:
    """What is kept under `key`, if made less than MAX_AGE seconds ago."""
    with _cache_lock:
        found = _cache.get(key)
    if found is not None and time.monotonic() - found[0] < MAX_AGE:
        return found[1]
    return None


def cached(key: tuple[str, ...], make: Callable[[], bytes]) -> Kept:
    """`make()`'s bytes and ETag, kept for MAX_AGE seconds in this process."""
    found = kept(key)
    if found is not None:
        return found
    moment = time.monotonic()
    body = make()
    made = Kept(body, etag(body))
    with _cache_lock:
        if len(_cache) >= _CACHE_SIZE:
            _cache.clear()
        _cache[key] = (moment, made)
    return made


def forget() -> None:
    """Drop every kept page (tests, and a process that publishes)."""
    with _cache_lock:
        _cache.clear()


def etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def public_viewer(session: Session) -> Viewer:
    """The public as a viewer: a person of no delegation, in no group, who knows of no
    unannounced delegation. Never stored."""
    nobody = User(id=0, email="public@invalid", name="Public", is_secretariat=False)
    return Viewer(
        user=nobody,
        delegation=None,
        chair_of=frozenset(),
        member_of=frozenset(),
        hidden_delegations=unannounced_ids(session),
    )


def text_languages(session: Session, document: Document) -> list[str]:
    """The negotiating language first, then the others the text is published in."""
    others = [
        d.language
        for d in translation.document_languages(session, document.id or 0)
        if d.language in languages.LANGUAGES and d.language != document.language
    ]
    return [document.language, *others]


def _language(session: Session, document: Document, code: str | None) -> str:
    if code is None:
        return document.language
    if code not in text_languages(session, document):
        raise errors.PublicationNotFound("This text is not published in that language.")
    return code


def export_of(
    session: Session, publication: Publication, document: Document, language: str
) -> ExportDocument:
    revision = session.get(Revision, publication.revision_id)
    assert revision is not None
    request = ExportRequest(
        variant="clean",
        revision=revision.label,
        language=None if language == document.language else language,
    )
    return build_export(session, public_viewer(session), document, request, public=True)


def participants(session: Session, publication: Publication) -> list[Delegation]:
    """The delegations named at the embargo time (all announced by then)."""
    return list(
        session.exec(
            select(Delegation)
            .join(
                PublicationParticipant,
                col(PublicationParticipant.delegation_id) == col(Delegation.id),
            )
            .where(
                col(PublicationParticipant.publication_id) == publication.id,
                col(PublicationParticipant.named).is_(True),
                col(Delegation.announced).is_(True),
            )
            .order_by(col(Delegation.name))
        )
    )


# --- pages ----------------------------------------------------------------------------------

STYLE = """
:root { --ink: #17202a; --muted: #5b6670; --line: #d9dee3; --accent: #1f4e79; --paper: #fff;
  --soft: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--soft);
  font: 17px/1.6 "Noto Serif", "Times New Roman", "Noto Naskh Arabic", "Noto Serif Hebrew", serif; }
a { color: var(--accent); }
.site { background: var(--accent); color: #fff; padding: .7rem 1.2rem;
  font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: .95rem; }
.site a { color: #fff; text-decoration: none; font-weight: 600; }
main { max-width: 52rem; margin: 1.5rem auto 3rem; padding: 0 1rem; }
article, .card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px;
  padding: 2rem 2.4rem; margin-bottom: 1.2rem; }
.kicker { font-family: "Noto Sans", "DejaVu Sans", sans-serif; color: var(--muted);
  font-size: .85rem; letter-spacing: .02em; margin: 0 0 .4rem; text-transform: uppercase; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .8rem; }
h2 { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 1.05rem; margin: 2rem 0 .6rem;
  padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
nav.languages { display: flex; flex-wrap: wrap; gap: .4rem; margin: .6rem 0 1rem;
  font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: .9rem; }
nav.languages a, nav.languages strong { padding: .15rem .7rem; border: 1px solid var(--line);
  border-radius: 1rem; text-decoration: none; }
nav.languages strong { background: var(--accent); color: #fff; border-color: var(--accent); }
ul.participants { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; padding: 0;
  margin: 0; font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: .9rem; }
ul.participants li { background: var(--soft); border: 1px solid var(--line); border-radius: 4px;
  padding: .15rem .6rem; }
section.text { margin-top: 2rem; }
.scroll { overflow-x: auto; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
.meta a { word-break: break-all; }
.para { display: flex; gap: .8em; margin: 0 0 .9em; }
.para .num { flex: 0 0 2em; font-weight: bold; text-align: end; color: var(--muted); }
.para .body { flex: 1 1 auto; min-width: 0; }
.para .body > p:first-child { margin-top: 0; }
.heading h2, .heading h3 { border: 0; }
.statements, .footnotes { font-size: .85em; color: var(--muted); }
.downloads { display: flex; flex-wrap: wrap; gap: .6rem; font-family: "Noto Sans", "DejaVu Sans",
  sans-serif; }
.downloads a { display: inline-block; padding: .45rem .9rem; border: 1px solid var(--accent);
  border-radius: 4px; text-decoration: none; font-size: .9rem; }
code, .hash { font-family: "DejaVu Sans Mono", monospace; font-size: .82rem;
  word-break: break-all; }
.hash { display: block; background: var(--soft); border: 1px solid var(--line);
  padding: .5rem .7rem; border-radius: 4px; }
pre { background: var(--soft); border: 1px solid var(--line); padding: .6rem .8rem;
  overflow-x: auto; font-size: .8rem; border-radius: 4px; }
table.annex { border-collapse: collapse; width: 100%; font-size: .88rem;
  font-family: "Noto Sans", "DejaVu Sans", sans-serif; }
table.annex th, table.annex td { border: 1px solid var(--line); padding: .35rem .55rem;
  text-align: start; vertical-align: top; }
table.annex thead th { background: var(--soft); }
table.commitments tr.project th { background: #eef3f8; font-weight: normal; }
table.commitments .about, table.commitments .partners { font-size: .92em; color: var(--muted); }
table.commitments .amount { text-align: end; white-space: nowrap; }
table.commitments tr.total th, table.commitments tr.total td { font-weight: bold; }
.index li { margin: 0 0 1rem; list-style: none; }
.index ul { padding: 0; }
.meta { color: var(--muted); font-size: .9rem;
  font-family: "Noto Sans", "DejaVu Sans", sans-serif; }
footer { text-align: center; color: var(--muted); font-size: .8rem;
  font-family: "Noto Sans", "DejaVu Sans", sans-serif; }
@media (max-width: 40rem) {
  body { font-size: 16px; }
  article, .card { padding: 1.1rem 1rem; border-radius: 0; border-inline: 0; }
  main { padding: 0; margin-top: 0; }
  h1 { font-size: 1.4rem; }
  .para .num { flex-basis: 1.6em; }
  table.annex { font-size: .8rem; }
  table.annex th, table.annex td { padding: .3rem .35rem; }
}
@media print { .site, .downloads, nav.languages { display: none; } body { background: #fff; }
  article { border: 0; } }
"""


def _page(
    title: str, body: str, *, lang: str = "en", direction: str = "ltr", head: str = ""
) -> bytes:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}" dir="{escape(direction)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{html.CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n{head}"
        f"<style>{STYLE}</style>\n</head>\n<body>\n"
        '<header class="site" dir="ltr"><a href="/published">Published texts</a></header>\n'
        f"<main>\n{body}\n</main>\n"
        '<footer dir="ltr" lang="en"><p>Published with Concord.</p></footer>\n</body>\n</html>\n'
    ).encode()


def _date(at: datetime | None) -> str:
    return long_date(at) if at is not None else ""


def page_key(public_id: str, code: str | None) -> tuple[str, ...]:
    """A text page's place in the cache, by its address as asked (`/<id>`, `/<id>/ar`)."""
    return ("page", public_id, code or "")


def text_page(session: Session, public_id: str, code: str | None) -> Kept:
    """The page, kept: a kept page is answered without a query. Only a published text's page
    is ever kept (made after `published_one`), and a publication stays published for good."""
    found = kept(page_key(public_id, code))
    if found is not None:
        return found
    publication, document = service.published_one(session, public_id)
    language = _language(session, document, code)

    def make() -> bytes:
        return _text_page(session, publication, document, language)

    return cached(page_key(public_id, code), make)


def _text_page(
    session: Session, publication: Publication, document: Document, language: str
) -> bytes:
    doc = export_of(session, publication, document, language)
    spoken = languages.language(language)
    base = public_path(publication)
    codes = text_languages(session, document)
    tabs = "".join(
        f'<strong lang="{c}">{escape(languages.language(c).native)}</strong>'
        if c == language
        else f'<a lang="{c}" href="{base}{"" if c == document.language else "/" + c}">'
        f"{escape(languages.language(c).native)}</a>"
        for c in codes
    )
    names = "".join(
        f"<li{html._dir_attrs(d.name)}>{escape(d.name)}</li>"
        for d in participants(session, publication)
    )
    suffix = "" if language == document.language else f"-{language}"
    downloads = (
        f'<a href="{base}/text{suffix}.docx" download>Word (.docx)</a>'
        f'<a href="{base}/text{suffix}.pdf" download>PDF</a>'
        f'<a href="{base}/manifest.json">Manifest (JSON)</a>'
        f'<a href="{base}/sections.json">Sections (JSON)</a>'
    )
    note = (
        f'<p class="meta" dir="ltr" lang="en">{escape(doc.language_note)}</p>'
        if doc.language_note
        else ""
    )
    body = (
        f'<article dir="{spoken.direction}" lang="{language}">'
        f'<p class="kicker" dir="ltr" lang="en">Published {_date(publication.published_at)}'
        f" · Adopted text, {escape(doc.revision_label)}</p>"
        f"<h1{html._dir_attrs(doc.title)}>{escape(doc.title)}</h1>"
        f'<nav class="languages" aria-label="Languages" dir="ltr">{tabs}</nav>{note}'
        f'<section aria-labelledby="participants" dir="ltr" lang="en">'
        f'<h2 id="participants">Participants</h2><ul class="participants">{names}</ul></section>'
        f'<section class="text">{html.sections_html(doc)}</section>'
        f"{html.commitments_html(doc.commitments)}"
        '<section dir="ltr" lang="en"><h2>Downloads</h2>'
        f'<p class="downloads">{downloads}</p></section>'
        f"{_verification(publication, base)}"
        "</article>"
    )
    feed = '<link rel="alternate" type="application/atom+xml" href="/published/feed.xml">\n'
    return _page(
        f"{doc.title} — published text",
        body,
        lang=language,
        direction=spoken.direction,
        head=feed,
    )


def _verification(publication: Publication, base: str) -> str:
    return (
        '<section dir="ltr" lang="en"><h2>Verify this text</h2>'
        "<p>The adopted text is fixed by its manifest: each section's version and the SHA-256 of "
        "its text, in order. The SHA-256 of the manifest is the hash below; it is recorded in "
        "the negotiation's audit log and printed in the Word file.</p>"
        f'<span class="hash" id="manifest-hash">{escape(publication.manifest_hash)}</span>'
        "<p>To check it: download the manifest and the sections, then</p>"
        f"<pre>sha256sum manifest.json        # prints the hash above\n"
        "python3 -c 'import hashlib,json,unicodedata as u\n"
        'm=json.load(open("manifest.json")); s=json.load(open("sections.json"))\n'
        'for e,t in zip(m,s): assert e["content_hash"]==hashlib.sha256('
        'u.normalize("NFC",t["text"]).encode()).hexdigest()\n'
        'print("every section matches")\'</pre>'
        f'<p class="meta">Permanent address: <a href="{base}">{escape(public_url(publication))}'
        "</a></p></section>"
    )


def index_entries(session: Session) -> list[PublishedText]:
    return [
        PublishedText(
            id=p.public_id,
            title=d.title,
            published_at=p.published_at or p.embargo_at,
            languages=text_languages(session, d),
            manifest_hash=p.manifest_hash,
            url=public_url(p),
        )
        for p, d in service.published(session)
    ]


def index_page(session: Session) -> bytes:
    entries = index_entries(session)
    items = "".join(
        f'<li><a href="/published/{escape(e.id)}"{html._dir_attrs(e.title)}>'
        f"<strong>{escape(e.title)}</strong></a>"
        f'<br><span class="meta">Published {_date(e.published_at)} · '
        f"{escape(', '.join(languages.language(c).native for c in e.languages))}</span></li>"
        for e in entries
    )
    empty = "" if entries else "<p>No text has been published yet.</p>"
    body = (
        '<section class="card index"><h1>Published texts</h1>'
        '<p class="meta">Texts adopted and made public, the latest first. '
        '<a href="/published/feed.xml">Atom feed</a></p>'
        f"<ul>{items}</ul>{empty}</section>"
    )
    feed = '<link rel="alternate" type="application/atom+xml" href="/published/feed.xml">\n'
    return _page("Published texts", body, head=feed)


def feed(session: Session) -> bytes:
    entries = index_entries(session)
    updated = max((e.published_at for e in entries), default=None)
    items = "".join(
        "<entry>"
        f"<title>{escape(e.title)}</title>"
        f'<link href="{escape(e.url)}"/>'
        f"<id>{escape(e.url)}</id>"
        f"<updated>{e.published_at.isoformat()}</updated>"
        f"<summary>Adopted text. Manifest hash: {escape(e.manifest_hash)}</summary>"
        "</entry>"
        for e in entries
    )
    base = public_url_root()
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Published texts</title>"
        f'<link href="{escape(base)}/published"/>'
        f"<id>{escape(base)}/published</id>"
        f"<updated>{(updated.isoformat() if updated else '1970-01-01T00:00:00+00:00')}</updated>"
        f"{items}</feed>\n"
    ).encode()


def public_url_root() -> str:
    from concord.core.config import get_settings

    return get_settings().public_url.rstrip("/")


# --- files ----------------------------------------------------------------------------------


def word_file(session: Session, public_id: str, code: str | None) -> tuple[bytes, ExportDocument]:
    publication, document = service.published_one(session, public_id)
    language = _language(session, document, code)
    doc = export_of(session, publication, document, language)
    body = cached(("docx", publication.public_id, language), lambda: build_docx(doc)).body
    return body, doc


def file_name(document: Document, language: str, extension: str) -> str:
    """`text.pdf` in the negotiating language, `text-ar.pdf` in another."""
    return f"text{'' if language == document.language else '-' + language}.{extension}"


def pdf_file(session: Session, public_id: str, code: str | None) -> tuple[bytes, ExportDocument]:
    """The PDF made at publication (make_files); made now, and kept a minute, only if that
    failed (LibreOffice missing or busy then)."""
    publication, document = service.published_one(session, public_id)
    language = _language(session, document, code)
    doc = export_of(session, publication, document, language)
    stored = session.get(PublicationFile, (publication.id, file_name(document, language, "pdf")))
    if stored is not None:
        return stored.body, doc

    def make() -> bytes:
        with pdf.slot() as index:
            return pdf.docx_to_pdf(build_docx(doc), index)

    return cached(("pdf", publication.public_id, language), make).body, doc


def make_files(engine: Engine, publication_id: int) -> list[str]:
    """Make and store the PDF of each language of a published text (the publisher, right after
    publishing); the names of the files made. The Word files are built from the database in
    the reading transaction; LibreOffice runs outside any transaction (it takes seconds: no
    write lock is held meanwhile); each file is stored in a short transaction of its own."""
    wanted: list[tuple[str, bytes]] = []
    with transaction(engine, write=False) as session:
        publication = session.get(Publication, publication_id)
        if publication is None or publication.status != PublicationStatus.published:
            return []
        document = session.get(Document, publication.document_id)
        assert document is not None
        have = set(
            session.exec(
                select(PublicationFile.name).where(
                    col(PublicationFile.publication_id) == publication_id
                )
            )
        )
        for language in text_languages(session, document):
            name = file_name(document, language, "pdf")
            if name not in have:
                doc = export_of(session, publication, document, language)
                wanted.append((name, build_docx(doc)))
    made: list[str] = []
    for name, docx in wanted:
        with pdf.slot() as index:
            body = pdf.docx_to_pdf(docx, index)
        try:
            with transaction(engine) as session:
                if session.get(PublicationFile, (publication_id, name)) is None:
                    session.add(
                        PublicationFile(
                            publication_id=publication_id,
                            name=name,
                            body=body,
                            sha256=hashlib.sha256(body).hexdigest(),
                        )
                    )
                    made.append(name)
        except IntegrityError:  # another process stored it meanwhile: theirs stands
            continue
    return made


def manifest_file(session: Session, public_id: str) -> bytes:
    """The manifest exactly as stored with the adoption: its SHA-256 is the manifest hash."""
    publication, _document = service.published_one(session, public_id)
    adoption = session.exec(
        select(Adoption).where(
            col(Adoption.document_id) == publication.document_id,
            col(Adoption.revision_id) == publication.revision_id,
        )
    ).first()
    assert adoption is not None
    return adoption.manifest.encode("utf-8")


def sections_file(session: Session, public_id: str) -> bytes:
    """Each section of the adopted text in manifest order: id, version, Markdown text."""
    publication, document = service.published_one(session, public_id)
    revision = session.get(Revision, publication.revision_id)
    assert revision is not None
    snapshot = revisions.snapshot(session, document, revision.label)
    keys = [(e.section_id, e.version) for e in snapshot.entries]
    versions = {
        (v.section_id, v.number): v
        for v in session.exec(
            select(Version).where(col(Version.section_id).in_([k[0] for k in keys]))
        )
    }
    rows = [{"section_id": s, "version": n, "text": versions[(s, n)].text} for s, n in keys]
    return json.dumps(rows, ensure_ascii=False, indent=1).encode("utf-8")
