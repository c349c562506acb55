"""Word templates the secretariat uploads: checked before anything is stored or used.

A .docx is a zip of XML parts, and every classic attack on a zip or an XML parser arrives this
way. `check` refuses, quickly and without inflating anything it has not bounded first:
oversized uploads, what is not a zip, too many parts, zip bombs (by the sizes the archive
declares, and the ratio of declared to compressed size), encrypted parts, unsafe part names
(`..`, absolute, drive letters, backslashes, duplicates), macros (macro-enabled content types,
`vbaProject.bin`), any XML part with a DOCTYPE (entities, external or not, come only with one),
malformed XML, zips that are not Word documents, and anything that would make Word fetch from
outside when it opens an export: external relationships (linked pictures, hyperlinks, an
attached template, to `http://`, `file://` or `\\host\\share`) and fetching fields
(INCLUDEPICTURE, INCLUDETEXT, LINK, DDE…). Each refusal has its own code; nothing is
stored. The XML parser never resolves entities, never loads a DTD, never touches the network.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from lxml import etree
from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core.errors import Forbidden
from concord.core.text import check_text
from concord.export.docx.package import fetching_field
from concord.export.docx.xml import PKG_REL_NS, RT_HYPERLINK
from concord.export.errors import TemplateNotFound, TemplateRefused, TemplateTooLarge
from concord.export.models import ExportTemplate
from concord.identity.access import Viewer

MAX_BYTES = 1_000_000  # under the app's request body limit; a letterhead template is far smaller
MAX_PARTS = 300
MAX_TOTAL_DECLARED = 25_000_000  # what the parts would inflate to, all together
MAX_PART_DECLARED = 10_000_000
MAX_RATIO = 100  # declared / compressed: XML compresses 5-20x, a bomb by thousands
RATIO_FLOOR = 1_000_000  # small parts may compress as they like
MAX_XML_PART = 5_000_000
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_MARKERS = ("macroenabled", "vbaproject", "vnd.ms-office.activex", "vnd.ms-word.vbadata")
_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    size: int
    sha256: str
    default: bool
    created_at: datetime


def _refuse(code: str, message: str, **details: object) -> TemplateRefused:
    return TemplateRefused(message, code=code, details=dict(details))


def _safe_name(name: str) -> bool:
    parts = name.split("/")
    return not (
        not name
        or name.startswith("/")
        or "\\" in name
        or "\x00" in name
        or (len(name) > 1 and name[1] == ":")
        or any(p in ("..", ".") for p in parts)
    )


def _check_entries(infos: Sequence[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_PARTS:
        raise _refuse("too_many_parts", f"A template has at most {MAX_PARTS} parts.")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if not _safe_name(name) or name.lower() in seen:
            raise _refuse("unsafe_path", "A part name is unsafe or repeated.", part=name[:200])
        seen.add(name.lower())
        if info.flag_bits & 0x1:
            raise _refuse("encrypted_part", "Encrypted parts are not allowed.", part=name[:200])
        if "vbaproject" in name.lower() or "vbadata" in name.lower():
            raise _refuse("macros_not_allowed", "Templates with macros are refused.", part=name)
        if name.lower().endswith(".bin"):
            # OLE objects and ActiveX controls: code of their own, never needed for styles.
            raise _refuse("embedded_objects", "Embedded objects are not allowed.", part=name)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > MAX_PART_DECLARED
            or total > MAX_TOTAL_DECLARED
            or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO)
        ):
            raise _refuse(
                "zip_bomb",
                "The archive would inflate far beyond a template's size.",
                part=name[:200],
                declared=info.file_size,
                compressed=info.compress_size,
            )


def _parse(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> etree._Element:
    if info.file_size > MAX_XML_PART:
        raise _refuse("zip_bomb", "An XML part is too large.", part=info.filename[:200])
    try:
        # Bounded: a part cannot inflate past the size it declares (zipfile stops there).
        with archive.open(info) as stream:
            raw = stream.read(MAX_XML_PART + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as error:
        raise _refuse("not_a_zip", "A part cannot be read.", part=info.filename[:200]) from error
    if b"<!DOCTYPE" in raw.upper() or b"<!ENTITY" in raw.upper():
        raise _refuse("xml_doctype", "XML parts may not declare a DOCTYPE or entities.")
    try:
        root = etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError as error:
        raise _refuse("invalid_xml", "An XML part is malformed.", part=info.filename) from error
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        # An encoding other than UTF-8 could hide the declaration from the byte scan above.
        raise _refuse("xml_doctype", "XML parts may not declare a DOCTYPE or entities.")
    return root


def _check_links(part: str, root: etree._Element, *, hyperlinks: bool = False) -> None:
    """Nothing in a template may point Word outside the file; a draft (`hyperlinks`) may hold
    hyperlinks, which Word follows only when the reader clicks them."""
    for rel in root.iter(f"{{{PKG_REL_NS}}}Relationship"):
        if hyperlinks and rel.get("Type") == RT_HYPERLINK:
            continue
        if str(rel.get("TargetMode", "")).lower() == "external":
            raise _refuse(
                "external_relationship",
                "Templates may not link outside the file (linked pictures, hyperlinks, "
                "attached templates).",
                part=part[:200],
                target=str(rel.get("Target", ""))[:200],
            )
    field = fetching_field(root)
    if field is not None:
        raise _refuse(
            "external_field",
            "Templates may not hold fields that fetch files or links (INCLUDEPICTURE…).",
            part=part[:200],
            field=field,
        )


def _content_types(root: etree._Element) -> list[str]:
    return [str(node.get("ContentType", "")) for node in root.iter() if node.get("ContentType")]


def check(data: bytes) -> None:
    """Refuse a template that is not a plain, macro-free, reasonably sized Word document."""
    check_package(data)


def check_package(
    data: bytes, *, max_bytes: int = MAX_BYTES, hyperlinks: bool = False
) -> dict[str, etree._Element]:
    """The template checks, for any uploaded Word file (an imported draft allows `hyperlinks`
    and its own size); answers the parsed XML parts, so that nothing is parsed twice."""
    if len(data) > max_bytes:
        raise TemplateTooLarge(
            f"Word files are limited to {max_bytes} bytes here.",
            details={"limit": max_bytes, "size": len(data)},
        )
    if not data.startswith(b"PK\x03\x04"):
        raise _refuse("not_a_zip", "A .docx template is a zip archive; this is not one.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise _refuse("not_a_zip", "A .docx template is a zip archive; this is not one.") from error
    parts: dict[str, etree._Element] = {}
    with archive:
        _check_entries(infos)
        names = {info.filename: info for info in infos}
        if "[Content_Types].xml" not in names or "word/document.xml" not in names:
            raise _refuse("not_a_word_document", "This archive is not a Word document.")
        for info in infos:
            if info.filename.lower().endswith((".xml", ".rels")):
                root = _parse(archive, info)
                _check_links(info.filename, root, hyperlinks=hyperlinks)
                parts[info.filename] = root
                if info.filename == "[Content_Types].xml":
                    types = [t.lower() for t in _content_types(root)]
                    if any(m in t for t in types for m in MACRO_MARKERS):
                        raise _refuse("macros_not_allowed", "Templates with macros are refused.")
                    if WORD_MAIN not in types:
                        raise _refuse("not_a_word_document", "This archive is not a Word document.")
    _opens_in_python_docx(data)
    return parts


def _opens_in_python_docx(data: bytes) -> None:
    import docx

    try:
        docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds: all mean "not usable"
        raise _refuse(
            "not_a_word_document", "This file cannot be read as a Word document."
        ) from error


# --- storage ----------------------------------------------------------------------------------


def _require_secretariat(viewer: Viewer) -> None:
    if not viewer.secretariat:
        raise Forbidden("Only the secretariat manages templates.", code="secretariat_only")


def info(template: ExportTemplate) -> TemplateInfo:
    assert template.id is not None
    return TemplateInfo(
        id=template.id,
        name=template.name,
        size=template.size,
        sha256=template.sha256,
        default=template.default_slot is not None,
        created_at=template.created_at,
    )


def _clear_default(session: Session) -> None:
    current = session.exec(
        select(ExportTemplate).where(col(ExportTemplate.default_slot).is_not(None))
    ).first()
    if current is not None:
        current.default_slot = None
        session.add(current)
        session.flush()


def upload(
    session: Session, viewer: Viewer, name: str, data: bytes, *, default: bool
) -> ExportTemplate:
    """Check, then store a template (and make it the default if asked)."""
    _require_secretariat(viewer)
    clean_name = check_text(name, field="name").strip()[:200] or "template.docx"
    check(data)
    if default:
        _clear_default(session)
    template = ExportTemplate(
        name=clean_name,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        content=data,
        default_slot=1 if default else None,
        uploaded_by=viewer.id,
    )
    session.add(template)
    session.flush()
    audit.log(
        session,
        Action.EXPORT_TEMPLATE_UPLOAD,
        "export_template",
        template.id,
        {"name": clean_name, "size": len(data), "sha256": template.sha256, "default": default},
    )
    return template


def list_templates(session: Session, viewer: Viewer) -> list[ExportTemplate]:
    _require_secretariat(viewer)
    return list(session.exec(select(ExportTemplate).order_by(col(ExportTemplate.id))).all())


def delete(session: Session, viewer: Viewer, template_id: int) -> None:
    _require_secretariat(viewer)
    template = session.get(ExportTemplate, template_id)
    if template is None:
        raise TemplateNotFound("No such template.")
    session.delete(template)
    session.flush()
    audit.log(
        session,
        Action.EXPORT_TEMPLATE_DELETE,
        "export_template",
        template_id,
        {"name": template.name, "sha256": template.sha256},
    )


def for_export(session: Session, template_id: int | None) -> bytes | None:
    """The template an export uses: the one asked for (any reader may name one), else the
    default; None means the built-in template."""
    if template_id is not None:
        template = session.get(ExportTemplate, template_id)
        if template is None:
            raise TemplateNotFound("No such template.", details={"field": "template"})
        return template.content
    default = session.exec(
        select(ExportTemplate).where(col(ExportTemplate.default_slot).is_not(None))
    ).first()
    return default.content if default is not None else None
