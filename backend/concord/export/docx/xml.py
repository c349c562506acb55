"""OOXML names and the few element helpers every part of the Word writer shares.

Every string that reaches the XML goes through `safe()`: the exporter never trusts that input
hygiene ran (a restored archive, a template, a future field), and lxml raises on what XML 1.0
cannot carry.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
XML_NS = "http://www.w3.org/XML/1998/namespace"

NSMAP = {"w": W_NS, "r": R_NS}

RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_OFFICE_DOCUMENT = RT + "officeDocument"
RT_STYLES = RT + "styles"
RT_SETTINGS = RT + "settings"
RT_NUMBERING = RT + "numbering"
RT_FOOTNOTES = RT + "footnotes"
RT_HEADER = RT + "header"
RT_FOOTER = RT + "footer"
RT_FONT_TABLE = RT + "fontTable"
RT_THEME = RT + "theme"
RT_HYPERLINK = RT + "hyperlink"
RT_APP = RT + "extended-properties"
RT_CUSTOM = RT + "custom-properties"
RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CT_DOCUMENT = CT + "document.main+xml"
CT_STYLES = CT + "styles+xml"
CT_SETTINGS = CT + "settings+xml"
CT_NUMBERING = CT + "numbering+xml"
CT_FOOTNOTES = CT + "footnotes+xml"
CT_HEADER = CT + "header+xml"
CT_FOOTER = CT + "footer+xml"
CT_FONT_TABLE = CT + "fontTable+xml"
CT_THEME = "application/vnd.openxmlformats-officedocument.theme+xml"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"

# XML 1.0 characters, minus the bidi embeddings and overrides that input hygiene refuses too
# (they could make a text read differently from what was approved).
_UNSAFE = re.compile("[^\t\n\r\x20-\u2029\u202f-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def safe(text: str) -> str:
    """Text lxml can always write: XML-invalid characters become U+FFFD, overrides vanish."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_replacement, text)


def _replacement(match: re.Match[str]) -> str:
    return "" if "\u202a" <= match.group() <= "\u202e" else "\ufffd"


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag: w("p") == "{...main}p"."""
    return f"{{{W_NS}}}{tag}"


VAL = w("val")
SPACE = f"{{{XML_NS}}}space"


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    """A `w:` child with `w:` attributes: sub(p, "jc", val="right")."""
    child = etree.SubElement(parent, w(tag))
    for name, value in attrs.items():
        child.set(w(name), value)
    return child


def root(tag: str, nsmap: dict[str | None, str] | None = None) -> etree._Element:
    return etree.Element(w(tag), nsmap=nsmap or NSMAP)


def to_bytes(element: etree._Element) -> bytes:
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def w3cdtf(moment: datetime) -> str:
    """`2024-05-01T10:00:00Z`: what Word writes for revision and property dates."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
