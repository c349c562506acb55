"""Word templates: a good one is stored (and used); each hostile file is refused with its code,
quickly, and nothing is stored."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, func, select

from concord.audit.models import AuditEvent
from concord.export.models import ExportTemplate
from concord.export.templates import MAX_BYTES
from tests import factories
from tests.export.world import template_bytes

URL = "/api/v1/export/templates"
OCTET = {"Content-Type": "application/octet-stream"}


def rebuild(change: Callable[[zipfile.ZipFile, zipfile.ZipFile], None]) -> bytes:
    """A copy of a real template, with `change(source, target)` writing extra or other parts."""
    source = zipfile.ZipFile(io.BytesIO(template_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        change(source, target)
    return out.getvalue()


def copy_all(source: zipfile.ZipFile, target: zipfile.ZipFile, skip: str = "") -> None:
    for name in source.namelist():
        if name != skip:
            target.writestr(name, source.read(name))


def with_part(name: str, data: bytes | str) -> bytes:
    def change(source: zipfile.ZipFile, target: zipfile.ZipFile) -> None:
        copy_all(source, target)
        target.writestr(name, data)

    return rebuild(change)


def replacing(name: str, edit: Callable[[str], str]) -> bytes:
    def change(source: zipfile.ZipFile, target: zipfile.ZipFile) -> None:
        copy_all(source, target, skip=name)
        target.writestr(name, edit(source.read(name).decode("utf-8")))

    return rebuild(change)


def bomb() -> bytes:
    return with_part("word/media/zeros.xml", b"<a>" + b"0" * 20_000_000 + b"</a>")


def many_parts() -> bytes:
    def change(source: zipfile.ZipFile, target: zipfile.ZipFile) -> None:
        copy_all(source, target)
        for i in range(400):
            target.writestr(f"customXml/item{i}.txt", "x")

    return rebuild(change)


def not_word() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "not a Word document")
    return out.getvalue()


DOCTYPE = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">]><lol>&a;</lol>'
HOSTILE: dict[str, tuple[Callable[[], bytes], int, str]] = {
    "empty body": (lambda: b"", 422, "not_a_zip"),
    "plain text": (lambda: b"Dear delegates, ...", 422, "not_a_zip"),
    "truncated zip": (lambda: template_bytes()[:2000], 422, "not_a_zip"),
    "too large": (lambda: b"PK\x03\x04" + b"\0" * (MAX_BYTES + 1), 413, "template_too_large"),
    "zip bomb": (bomb, 422, "zip_bomb"),
    "too many parts": (many_parts, 422, "too_many_parts"),
    "dot-dot path": (lambda: with_part("../../etc/evil.xml", "<a/>"), 422, "unsafe_path"),
    "absolute path": (lambda: with_part("/etc/evil.xml", "<a/>"), 422, "unsafe_path"),
    "backslash path": (lambda: with_part("word\\..\\evil.xml", "<a/>"), 422, "unsafe_path"),
    "doctype with entities": (
        lambda: with_part("customXml/evil1.xml", DOCTYPE),
        422,
        "xml_doctype",
    ),
    "external entity in styles": (
        lambda: replacing(
            "word/styles.xml",
            lambda xml: xml.replace(
                "?>", '?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1
            ),
        ),
        422,
        "xml_doctype",
    ),
    "utf-16 doctype": (
        lambda: with_part(
            "customXml/evil2.xml",
            DOCTYPE.replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16"),
        ),
        422,
        "xml_doctype",
    ),
    "vbaProject.bin": (
        lambda: with_part("word/vbaProject.bin", b"\xd0\xcf\x11\xe0"),
        422,
        "macros_not_allowed",
    ),
    "docm content type": (
        lambda: replacing(
            "[Content_Types].xml",
            lambda xml: xml.replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml",
            ),
        ),
        422,
        "macros_not_allowed",
    ),
    "embedded object": (
        lambda: with_part("word/embeddings/oleObject1.bin", b"\0"),
        422,
        "embedded_objects",
    ),
    "malformed xml": (lambda: with_part("customXml/evil3.xml", "<a><b></a>"), 422, "invalid_xml"),
    "zip that is not Word": (not_word, 422, "not_a_word_document"),
}


@pytest.fixture
def officer(app: FastAPI, session: Session) -> TestClient:
    return factories.client_as(app, session, factories.make_secretariat(session))


def count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(ExportTemplate)).one())


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_upload_is_refused_quickly_and_not_stored(
    case: str, officer: TestClient, session: Session
) -> None:
    make, status, code = HOSTILE[case]
    data = make()
    before = count(session)
    started = time.perf_counter()
    response = officer.post(URL, content=data, headers=OCTET)
    elapsed = time.perf_counter() - started
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert count(session) == before
    assert elapsed < 5.0  # generous: the machine is shared; a bomb inflated would take far longer


def test_a_template_is_stored_listed_used_and_deleted(
    officer: TestClient, session: Session, app: FastAPI
) -> None:
    data = template_bytes()
    created = officer.post(
        URL, content=data, headers=OCTET, params={"name": "Letterhead.docx", "default": "true"}
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["name"], body["size"], body["default"]) == ("Letterhead.docx", len(data), True)
    second = officer.post(URL, content=data, headers=OCTET, params={"default": "true"}).json()
    listed = {t["id"]: t["default"] for t in officer.get(URL).json()}
    assert listed[body["id"]] is False and listed[second["id"]] is True  # one default only
    chair = factories.make_user(session)
    document = factories.make_document(session, author=chair, sections=2)
    export = factories.client_as(app, session, chair).get(
        f"/api/v1/documents/{document.id}/export.docx", params={"template": body["id"]}
    )
    assert export.status_code == 200
    assert officer.delete(f"{URL}/{body['id']}").status_code == 204
    assert officer.delete(f"{URL}/{body['id']}").json()["error"]["code"] == "template_not_found"
    actions = session.exec(
        select(AuditEvent.action)
        .where(col(AuditEvent.action).startswith("export_template."))
        .order_by(col(AuditEvent.seq))
    ).all()
    assert list(actions) == [
        "export_template.upload",
        "export_template.upload",
        "export_template.delete",
    ]


def test_only_the_secretariat_uploads(app: FastAPI, session: Session) -> None:
    head = factories.client_as(app, session, factories.make_user(session))
    response = head.post(URL, content=template_bytes(), headers=OCTET)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "secretariat_only"
    assert count(session) == 0
