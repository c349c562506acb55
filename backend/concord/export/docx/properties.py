"""docProps: core, extended (app) and custom properties, written from scratch.

Nothing is carried over from a template or from python-docx's defaults (author "python-docx",
a 2013 creation date, a template's company or last author): the creator is the organisation,
the dates are the revision's, and an adopted text carries its manifest hash.
"""

from __future__ import annotations

from lxml import etree

from concord.export.content import ExportDocument
from concord.export.docx.xml import safe, to_bytes, w3cdtf

_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

MANIFEST_PROPERTY = "ConcordManifestHash"

_STATUS = {
    "drafting": "Draft",
    "circulated": "Circulated",
    "silence": "Under silence procedure",
    "adopted": "Adopted",
    "withdrawn": "Withdrawn",
}


def status_label(status: str) -> str:
    return _STATUS.get(status, status.replace("_", " ").capitalize())


def core(doc: ExportDocument) -> bytes:
    nsmap = {"cp": _CP, "dc": _DC, "dcterms": _DCTERMS, "xsi": _XSI}
    props = etree.Element(f"{{{_CP}}}coreProperties", nsmap=nsmap)
    moment = w3cdtf(doc.date)

    def add(ns: str, tag: str, text: str) -> etree._Element:
        element = etree.SubElement(props, f"{{{ns}}}{tag}")
        element.text = safe(text)
        return element

    add(_DC, "title", doc.title)
    add(_DC, "subject", doc.kind)
    add(_DC, "creator", doc.organisation)
    add(_CP, "keywords", doc.revision_label)
    add(_CP, "lastModifiedBy", doc.organisation)
    add(_CP, "contentStatus", status_label(doc.status))
    add(_CP, "version", doc.revision_label)
    for tag in ("created", "modified"):
        add(_DCTERMS, tag, moment).set(f"{{{_XSI}}}type", "dcterms:W3CDTF")
    return to_bytes(props)


def app() -> bytes:
    props = etree.Element(f"{{{_EP}}}Properties", nsmap={None: _EP, "vt": _VT})
    etree.SubElement(props, f"{{{_EP}}}Application").text = "Concord"
    etree.SubElement(props, f"{{{_EP}}}DocSecurity").text = "0"
    return to_bytes(props)


def custom(doc: ExportDocument) -> bytes:
    props = etree.Element(f"{{{_CUSTOM}}}Properties", nsmap={None: _CUSTOM, "vt": _VT})
    values = [
        ("ConcordDocumentId", str(doc.document_id)),
        ("ConcordRevision", doc.revision_label),
        ("ConcordVariant", doc.variant),
    ]
    if doc.adopted_hash is not None:
        values.append((MANIFEST_PROPERTY, doc.adopted_hash))
    for pid, (name, value) in enumerate(values, start=2):
        prop = etree.SubElement(props, f"{{{_CUSTOM}}}property")
        prop.set("fmtid", _CUSTOM_FMTID)
        prop.set("pid", str(pid))
        prop.set("name", name)
        etree.SubElement(prop, f"{{{_VT}}}lpwstr").text = safe(value)
    return to_bytes(props)
