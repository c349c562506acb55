"""Templates that would make Word fetch something (external images, links, attached templates,
INCLUDEPICTURE fields…) are refused at upload; and an export never carries an external
relationship, even from a template stored before that check."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from fastapi import FastAPI
from fastapi.testclient import TestClient
from lxml import etree
from sqlmodel import Session

from concord.export.models import ExportTemplate
from tests import factories

URL = "/api/v1/export/templates"
OCTET = {"Content-Type": "application/octet-stream"}
ATTACHED_TEMPLATE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
)
TARGETS = {
    "http": "http://tracker.example/p.png",
    "file": "file:///C:/Users/Public/p.png",
    "unc": "\\\\tracker.example\\share\\p.png",
}


def _saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def header_image_link(target: str) -> bytes:
    """A letterhead whose picture is linked, not embedded: Word fetches it on opening."""
    document = docx.Document()
    header = document.sections[0].header
    rel_id = header.part.relate_to(target, RT.IMAGE, is_external=True)
    paragraph = header.paragraphs[0]
    paragraph._p.append(
        parse_xml(
            f"<w:r {nsdecls('w', 'wp', 'a', 'pic', 'r')}><w:drawing><wp:inline>"
            '<wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="logo"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="logo"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:link="{rel_id}"/></pic:blipFill>'
            "<pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        )
    )
    return _saved(document)


def header_hyperlink(target: str) -> bytes:
    document = docx.Document()
    header = document.sections[0].header
    rel_id = header.part.relate_to(target, RT.HYPERLINK, is_external=True)
    header.paragraphs[0]._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel_id}"><w:r><w:t>site</w:t></w:r>'
            "</w:hyperlink>"
        )
    )
    return _saved(document)


def attached_template(target: str) -> bytes:
    """settings.xml's attachedTemplate: Word loads the named template when it opens the file."""
    document = docx.Document()
    settings = document.part._settings_part
    rel_id = settings.relate_to(target, ATTACHED_TEMPLATE, is_external=True)
    settings.element.append(parse_xml(f'<w:attachedTemplate {nsdecls("w", "r")} r:id="{rel_id}"/>'))
    return _saved(document)


def include_picture_field() -> bytes:
    """No relationship at all: the field itself names what Word fetches."""
    document = docx.Document()
    document.sections[0].footer.paragraphs[0]._p.append(
        parse_xml(
            f"<w:fldSimple {nsdecls('w')} "
            "w:instr=' INCLUDEPICTURE \"http://tracker.example/p.png\" \\d '>"
            "<w:r><w:t>logo</w:t></w:r></w:fldSimple>"
        )
    )
    return _saved(document)


@pytest.fixture
def officer(app: FastAPI, session: Session) -> TestClient:
    return factories.client_as(app, session, factories.make_secretariat(session))


@pytest.mark.parametrize("target", sorted(TARGETS))
@pytest.mark.parametrize("make", [header_image_link, header_hyperlink, attached_template])
def test_templates_with_external_relationships_are_refused(
    make: object, target: str, officer: TestClient
) -> None:
    data = make(TARGETS[target])  # type: ignore[operator]
    response = officer.post(URL, content=data, headers=OCTET)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "external_relationship"
    assert error["details"]["part"].endswith(".rels")
    assert officer.get(URL).json() == []


def test_templates_with_fetching_fields_are_refused(officer: TestClient) -> None:
    response = officer.post(URL, content=include_picture_field(), headers=OCTET)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "external_field"


def external_relationships(data: bytes) -> list[str]:
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith(".rels"):
                for rel in etree.fromstring(archive.read(name)):
                    if rel.get("TargetMode") == "External":
                        found.append(f"{name}: {rel.get('Target')}")
    return found


@pytest.mark.parametrize(
    "make", [header_image_link, header_hyperlink, attached_template], ids=lambda f: f.__name__
)
def test_an_export_never_links_outside_even_with_an_old_template(
    make: object, app: FastAPI, session: Session
) -> None:
    """A template stored before uploads were checked for links still exports nothing external."""
    data = make(TARGETS["unc"])  # type: ignore[operator]
    assert external_relationships(data)  # the template itself does link out
    officer = factories.make_secretariat(session)
    assert officer.id is not None
    stored = ExportTemplate(
        name="old.docx", size=len(data), sha256="0" * 64, content=data, uploaded_by=officer.id
    )
    session.add(stored)
    session.flush()
    chair = factories.make_user(session)
    document = factories.make_document(session, author=chair, sections=1)
    export = factories.client_as(app, session, chair).get(
        f"/api/v1/documents/{document.id}/export.docx", params={"template": stored.id}
    )
    assert export.status_code == 200
    assert external_relationships(export.content) == []
    assert b"tracker.example" not in b"".join(
        zipfile.ZipFile(io.BytesIO(export.content)).read(n)
        for n in zipfile.ZipFile(io.BytesIO(export.content)).namelist()
    )
    docx.Document(io.BytesIO(export.content))  # still a Word document
