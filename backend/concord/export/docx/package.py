"""The .docx package: what is taken from a template, and the zip that is written.

From a template only what shapes the look is kept: styles, theme, font table, numbering
definitions, the page setup of its last section, and its headers and footers (the letterhead)
with the parts they use (logos). Its body, comments, properties, settings, custom XML and macros
are never copied, so nothing in a template can leak into an export or run in it. Nor can it
make Word fetch anything: a letterhead that links outside (an external relationship: a linked
picture, a hyperlink, a UNC path) or holds a fetching field (INCLUDEPICTURE…) is left out, for
templates stored before uploads refused them. Upload checks (size, zip bombs, macros, entities,
external links) are the route's job (export/templates.py); here an odd but valid template must
simply work, and anything unreadable falls back to the default.
"""

from __future__ import annotations

import io
import logging
import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from concord.export.docx.styles import default_styles
from concord.export.docx.xml import (
    CT_DOCUMENT,
    CT_NS,
    CT_RELS,
    CT_STYLES,
    PKG_REL_NS,
    R_NS,
    RT_FONT_TABLE,
    RT_NUMBERING,
    RT_OFFICE_DOCUMENT,
    RT_STYLES,
    RT_THEME,
    root,
    sub,
    to_bytes,
    w,
)

log = logging.getLogger(__name__)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_MAX_COPIED_PARTS = 64
R_ID = f"{{{R_NS}}}id"
# Field codes that make Word read a file or URL (or run a DDE link) when it updates fields.
FETCHING_FIELD = re.compile(r"\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT)\b", re.I)


def fetching_field(element: etree._Element) -> str | None:
    """The first field instruction in `element` that fetches from outside, if any (the text of
    a complex field may be split over several runs, so it is also read joined)."""
    pieces = [node.text or "" for node in element.iter(w("instrText"))]
    pieces += [str(node.get(w("instr"))) for node in element.iter(w("fldSimple"))]
    for text in [*pieces, "".join(pieces)]:
        if FETCHING_FIELD.search(text):
            return text.strip()[:200]
    return None


@dataclass
class Letterhead:
    """A template header or footer: its XML and the parts it relates to, renamed on write."""

    kind: str  # header | footer
    type: str  # default | first
    element: etree._Element
    rels: list[tuple[str, str, str, bool]]  # id, type, target (absolute part name or URL), external


@dataclass
class Template:
    styles: bytes | None = None
    numbering: bytes | None = None
    theme: bytes | None = None
    font_table: bytes | None = None
    sect_pr: etree._Element | None = None
    letterheads: list[Letterhead] = field(default_factory=list)
    parts: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # name -> data, type
    part_rels: dict[str, list[tuple[str, str, str, bool]]] = field(default_factory=dict)


def read_template(data: bytes | None) -> Template:
    if not data:
        return Template()
    try:
        return _read(zipfile.ZipFile(io.BytesIO(data)))
    except Exception:  # a template must never break an export: use the default look
        log.warning("template unreadable; exporting with the default template", exc_info=True)
        return Template()


def _read(archive: zipfile.ZipFile) -> Template:
    names = set(archive.namelist())
    types = _content_types(archive, names)
    main = next(
        (
            t
            for _, kind, t, ext in _rels(archive, names, "")
            if kind == RT_OFFICE_DOCUMENT and not ext
        ),
        "word/document.xml",
    )
    template = Template()
    rels = _rels(archive, names, main)
    by_type = {kind: target for _, kind, target, ext in rels if not ext and target in names}
    template.styles = _read_part(archive, by_type.get(RT_STYLES))
    template.numbering = _read_part(archive, by_type.get(RT_NUMBERING))
    template.theme = _read_part(archive, by_type.get(RT_THEME))
    template.font_table = _read_part(archive, by_type.get(RT_FONT_TABLE))
    if main not in names:
        return template
    document = etree.fromstring(archive.read(main), _PARSER)
    body = document.find(w("body"))
    sect_pr = body.find(w("sectPr")) if body is not None else None
    if sect_pr is None:
        return template
    targets = {rel_id: target for rel_id, _, target, ext in rels if not ext}
    first_page = sect_pr.find(w("titlePg")) is not None
    for reference in list(sect_pr):
        if reference.tag in (w("headerReference"), w("footerReference")):
            sect_pr.remove(reference)
            kind = "header" if reference.tag == w("headerReference") else "footer"
            kind_of = reference.get(w("type")) or "default"
            target = targets.get(reference.get(R_ID) or "")
            if target in names and (kind_of == "default" or (kind_of == "first" and first_page)):
                element = etree.fromstring(archive.read(target), _PARSER)
                part_rels = _rels(archive, names, target)
                if _links_outside(archive, names, element, part_rels):
                    log.warning("template %s links outside; exported without it", target)
                    continue
                _copy_related(archive, names, types, template, part_rels)
                template.letterheads.append(Letterhead(kind, kind_of, element, part_rels))
    template.sect_pr = sect_pr
    return template


def _links_outside(
    archive: zipfile.ZipFile,
    names: set[str],
    element: etree._Element,
    rels: list[tuple[str, str, str, bool]],
    depth: int = 0,
) -> bool:
    """Whether a letterhead (or a part it uses, to a few levels) would make Word fetch."""
    if fetching_field(element) is not None or any(external for *_, external in rels):
        return True
    if depth >= 3:
        return False
    for _, _, target, _ in rels:
        nested = _rels(archive, names, target) if target in names else []
        if nested and _links_outside(archive, names, etree.Element("x"), nested, depth + 1):
            return True
    return False


def _read_part(archive: zipfile.ZipFile, name: str | None) -> bytes | None:
    return archive.read(name) if name else None


def _copy_related(
    archive: zipfile.ZipFile,
    names: set[str],
    types: dict[str, str],
    template: Template,
    rels: list[tuple[str, str, str, bool]],
) -> None:
    """Copy the parts a letterhead uses (images, and what those use), under their own names."""
    for _, _, target, external in rels:
        if external or target not in names or target in template.parts:
            continue
        if len(template.parts) >= _MAX_COPIED_PARTS or target.startswith("word/document"):
            continue
        template.parts[target] = (archive.read(target), _type_of(types, target))
        sub_rels = _rels(archive, names, target)
        template.part_rels[target] = sub_rels
        _copy_related(archive, names, types, template, sub_rels)


def _content_types(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    types: dict[str, str] = {}
    if "[Content_Types].xml" not in names:
        return types
    for element in etree.fromstring(archive.read("[Content_Types].xml"), _PARSER):
        if element.tag == f"{{{CT_NS}}}Default":
            types["." + (element.get("Extension") or "").lower()] = element.get("ContentType") or ""
        elif element.tag == f"{{{CT_NS}}}Override":
            types[(element.get("PartName") or "").lstrip("/")] = element.get("ContentType") or ""
    return types


def _type_of(types: dict[str, str], name: str) -> str:
    if name in types:
        return types[name]
    extension = posixpath.splitext(name)[1].lower()
    return types.get(extension, "application/octet-stream")


def _rels(archive: zipfile.ZipFile, names: set[str], part: str) -> list[tuple[str, str, str, bool]]:
    """Relationships of `part` ("" for the package), internal targets made absolute part names."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
    if rels_name not in names:
        return []
    out: list[tuple[str, str, str, bool]] = []
    for element in etree.fromstring(archive.read(rels_name), _PARSER):
        target = element.get("Target") or ""
        external = element.get("TargetMode") == "External"
        if not external:
            joined = target[1:] if target.startswith("/") else posixpath.join(folder, target)
            target = posixpath.normpath(joined)
            if target.startswith(("..", "/")):
                continue
        out.append((element.get("Id") or "", element.get("Type") or "", target, external))
    return out


class Package:
    """Parts to write, with content types and relationships."""

    def __init__(self) -> None:
        self.parts: dict[str, bytes] = {}
        self.types: dict[str, str] = {}

    def add(self, name: str, data: bytes, content_type: str | None) -> None:
        self.parts[name] = data
        if content_type is not None:
            self.types[name] = content_type

    def add_rels(self, part: str, rels: list[tuple[str, str, str, bool]]) -> None:
        if not rels:
            return
        folder, base = posixpath.split(part)
        element = etree.Element(f"{{{PKG_REL_NS}}}Relationships", nsmap={None: PKG_REL_NS})
        for rel_id, rel_type, target, external in rels:
            rel = etree.SubElement(element, f"{{{PKG_REL_NS}}}Relationship")
            rel.set("Id", rel_id)
            rel.set("Type", rel_type)
            if external:
                rel.set("Target", target)
                rel.set("TargetMode", "External")
            else:
                rel.set("Target", posixpath.relpath(target, folder or "."))
        self.parts[posixpath.join(folder, "_rels", f"{base}.rels")] = to_bytes(element)

    def write(self) -> bytes:
        types = etree.Element(f"{{{CT_NS}}}Types", nsmap={None: CT_NS})
        for extension, content_type in (("rels", CT_RELS), ("xml", "application/xml")):
            default = etree.SubElement(types, f"{{{CT_NS}}}Default")
            default.set("Extension", extension)
            default.set("ContentType", content_type)
        for name, content_type in self.types.items():
            override = etree.SubElement(types, f"{{{CT_NS}}}Override")
            override.set("PartName", "/" + name)
            override.set("ContentType", content_type)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            archive.writestr("[Content_Types].xml", to_bytes(types))
            for name, data in self.parts.items():
                archive.writestr(name, data)
        return buffer.getvalue()


def default_template() -> bytes:
    """The shipped template: A4, the named styles, no letterhead. Secretariats start from it."""
    package = Package()
    document = root("document")
    body = sub(document, "body")
    sub(body, "p")
    body.append(default_sect_pr())
    package.add("word/document.xml", to_bytes(document), CT_DOCUMENT)
    package.add("word/styles.xml", to_bytes(default_styles()), CT_STYLES)
    package.add_rels("", [("rId1", RT_OFFICE_DOCUMENT, "word/document.xml", False)])
    package.add_rels("word/document.xml", [("rId1", RT_STYLES, "word/styles.xml", False)])
    return package.write()


def default_sect_pr() -> etree._Element:
    """A4 portrait, 2.5 cm margins."""
    sect_pr = etree.Element(w("sectPr"))
    sub(sect_pr, "pgSz", w="11906", h="16838")
    sub(
        sect_pr,
        "pgMar",
        top="1418",
        right="1418",
        bottom="1418",
        left="1418",
        header="709",
        footer="709",
        gutter="0",
    )
    return sect_pr
