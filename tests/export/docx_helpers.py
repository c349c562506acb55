"""Shared helpers for the Word writer's tests: documents built directly, files read back.

The files are opened with python-docx and read as XML (python-docx's `Paragraph.text` skips
text inside `w:ins`, STACK.md), and converted by independent readers: pandoc and LibreOffice.
A missing reader is a failure, never a skip: CI installs them.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import docx
from lxml import etree

from concord.export.content import (
    ExportDocument,
    ExportSection,
    ParagraphStatus,
    Position,
    Statement,
    Step,
    Variant,
)
from concord.export.docx import build_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
DATE = datetime(2024, 5, 17, 9, 30, tzinfo=UTC)
ARABIC = "نحن قادة الدول نؤكد التزامنا بالسلام العادل والشامل."
HEBREW = "אנו מנהיגי המדינות מאשרים את מחויבותנו לשלום צודק."


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def paragraph(number: int | None, text: str, **fields: object) -> ExportSection:
    return ExportSection(
        section_id=1000 + (number or 0),
        kind="paragraph",
        level=None,
        number=number,
        text=text,
        version=1,
        **fields,  # type: ignore[arg-type]
    )


def heading(text: str, level: int = 2, section_id: int = 1) -> ExportSection:
    return ExportSection(section_id, "heading", level, None, text, 1)


def communique(variant: Variant = "clean", **fields: object) -> ExportDocument:
    """A small communiqué with every feature the writer handles."""
    sections = (
        heading("Peace and Security"),
        paragraph(
            1,
            "We **reaffirm** our *commitment* to the [Charter](https://un.org/charter) "
            "and [shall][should] act.[^1]\n\n[^1]: Adopted in *San Francisco*.",
            status=ParagraphStatus.pending,
            statements=(Statement("Ruritania", "reservation", "We read this narrowly."),),
            positions=(Position("approve", True), Position("object", False)),
        ),
        paragraph(
            2,
            "Humanitarian access shall be ensured:\n\n- without delay;\n- without conditions.",
            status=ParagraphStatus.agreed,
            positions=(Position("approve", True), Position("approve", True)),
        ),
        heading("السلام والأمن", section_id=2),
        paragraph(3, ARABIC, status=ParagraphStatus.objected),
        paragraph(4, HEBREW),
        paragraph(5, "The G7 welcomes مبادرة السلام العربية and the שלום process."),
    )
    doc = ExportDocument(
        document_id=7,
        title="Leaders' Communiqué",
        kind="communique",
        status="circulated",
        organisation="Consortium Secretariat",
        revision_label="Rev.2",
        date=DATE,
        place="Hiroshima",
        variant=variant,
        sections=sections,
        parties=("Ruritania", "Freedonia"),
    )
    return replace(doc, **fields)  # type: ignore[arg-type]


def _kept(section: ExportSection, old_text: str, old_number: int | None) -> ExportSection:
    steps = (Step(section.text, "Freedonia", DATE),) if old_text != section.text else ()
    return replace(section, old_text=old_text, old_number=old_number, steps=steps)


def sample(variant: str) -> bytes:
    """The communiqué as each variant exports it; the redline with Rev.1 → Rev.2 edits."""
    if variant == "redline":
        return build(redline_sample())
    return build(communique(variant=variant))  # type: ignore[arg-type]


def redline_sample() -> ExportDocument:
    """The communiqué's redline from Rev.1 to Rev.2."""
    # Rev.1 → Rev.2 as the demo has it: words deleted in English and in Arabic, a paragraph
    # removed (so the ones after it are renumbered), one added at the end.
    heading, first, second, arabic_heading, arabic, hebrew, last = communique().sections
    sections = (
        _kept(heading, heading.text, None),
        _kept(first, first.text.replace("We **reaffirm**", "We firmly **reaffirm**"), 1),
        paragraph(
            None,
            "Trade shall be free.",
            old_text="Trade shall be free.",
            old_number=2,
            removed=Step("", "Ruritania", DATE),
        ),
        _kept(second, "Humanitarian access is welcome.", 3),
        _kept(arabic_heading, arabic_heading.text, None),
        _kept(arabic, ARABIC.replace("العادل", "العادل والدائم"), 4),
        _kept(hebrew, HEBREW, 5),
        replace(last, steps=(Step(last.text, "Freedonia", DATE),)),
    )
    return communique(variant="redline", sections=sections, compare_label="Rev.1")


MOVER = datetime(2024, 5, 15, 11, 0, tzinfo=UTC)


def moved_sample() -> ExportDocument:
    """Rev.1 → Rev.2 where paragraphs moved: the humanitarian paragraph (with its list) moved
    below the Hebrew one, and its words changed on the way; the Arabic heading moved first;
    the paragraph with a footnote and a statement moved last. Sections in the order a redline
    has them: each moved one at its older place ("from") and at its newer ("to")."""
    doc = communique(variant="redline", compare_label="Rev.1")
    head, first, second, arabic_heading, arabic, hebrew, last = doc.sections
    by = Step("", "Freedonia", MOVER)

    def away(section: ExportSection, **fields: object) -> ExportSection:
        """At its older place, as the export service makes it: the older text only, without
        what belongs to the exported text (status, statements, positions)."""
        found = replace(section, old_text=section.text, moved="from", move=by, status=None)
        found = replace(found, statements=(), positions=())
        return replace(found, **fields)  # type: ignore[arg-type]

    changed = second.text.replace("shall be ensured", "must be ensured")
    sections = (
        replace(arabic_heading, old_text=arabic_heading.text, moved="to", move=by),
        replace(head, old_text=head.text),
        away(first, number=5, old_number=1),
        away(second, number=3, old_number=2),
        away(arabic_heading),
        replace(arabic, number=1, old_text=arabic.text, old_number=3),
        replace(hebrew, number=2, old_text=hebrew.text, old_number=4),
        replace(
            second,
            number=3,
            text=changed,
            old_text=second.text,
            old_number=2,
            steps=(Step(changed, "Ruritania", MOVER),),
            moved="to",
            move=by,
        ),
        replace(last, number=4, old_text=last.text, old_number=5),
        replace(first, number=5, old_text=first.text, old_number=1, moved="to", move=by),
    )
    return replace(doc, sections=sections)


def build(doc: ExportDocument, template: bytes | None = None) -> bytes:
    return build_docx(doc, template)


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def xml(data: bytes, part: str = "word/document.xml") -> etree._Element:
    return etree.fromstring(parts(data)[part])


def body_paragraphs(data: bytes) -> list[etree._Element]:
    """The body's paragraphs, opened with python-docx (it must be able to open the file)."""
    document = docx.Document(io.BytesIO(data))
    return [p._p for p in document.paragraphs]


def text_of(paragraph: etree._Element, deleted: bool = False) -> str:
    """Visible text of a paragraph, inserted text included, deleted text only if asked."""
    out = []
    for node in paragraph.iter(w("t"), w("delText")):
        if node.tag == w("delText") and not deleted:
            continue
        out.append(node.text or "")
    return "".join(out)


def require(tool: str) -> str:
    path = shutil.which(tool)
    assert path is not None, f"{tool} is not installed; CI installs it (.ci/run)"
    return path


def pandoc_text(
    data: bytes, tmp: Path, changes: str = "accept", *, drop_empty_bullets: bool = False
) -> list[str]:
    """The file's text as pandoc reads it, one entry per paragraph, list markers included.

    Only spacing is normalised: pandoc pads a list marker to four columns ("1.  text") and
    reads the tab after a typed paragraph number (the redline's) as a space ("1. text"); both
    say "1." before the same words.

    One thing is left out, and only with `drop_empty_bullets`: pandoc 2.17 applies a tracked
    paragraph mark to plain paragraphs only. A Word list item (a paragraph with `w:numPr`) is
    read as a list-item wrapper around the paragraph, and when accepting or rejecting removes
    the paragraph the wrapper stays, an empty bullet ("-"); Word and LibreOffice remove the
    item. The communiqué's own numbers are typed in a redline, so they never leave one; a
    Markdown bullet list inserted or removed in a redline does, and only there is it dropped.
    """
    lines = _pandoc_lines(data, tmp, changes)
    return [line for line in lines if line != "-"] if drop_empty_bullets else lines


def _pandoc_lines(data: bytes, tmp: Path, changes: str) -> list[str]:
    source = tmp / f"in-{changes}-{len(list(tmp.iterdir()))}.docx"
    source.write_bytes(data)
    result = subprocess.run(
        [
            require("pandoc"),
            f"--track-changes={changes}",
            "-f",
            "docx",
            "-t",
            "plain",
            "--wrap=none",
            str(source),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return [" ".join(line.split()) for line in result.stdout.splitlines() if line.strip()]


def find(element: etree._Element, path: str) -> etree._Element:
    found = element.find(path, NS)
    assert found is not None, path
    return found


def val(element: etree._Element, path: str, attribute: str = "val") -> str:
    """An attribute of the element found at `path` ("" when absent)."""
    return find(element, path).get(w(attribute)) or ""


def ooxml_errors(data: bytes, tmp: Path) -> list[str]:
    """Every schema and semantic error the Open XML SDK's rules (openxml-audit, a Python port)
    find in the file, as "part path: description"."""
    from openxml_audit import OpenXmlValidator

    path = tmp / f"audit-{len(list(tmp.iterdir()))}.docx"
    path.write_bytes(data)
    result = OpenXmlValidator(max_errors=0).validate(path)
    return [f"{e.part_uri} {e.path}: {e.description}" for e in result.errors]
