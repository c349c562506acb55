"""The bracketed Word copy names who holds each bracket in a footnote on the bracket, as UN
compilation texts do; only to those who may know of the holders."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from fastapi import FastAPI
from sqlmodel import Session

from tests import factories
from tests.access_world import MARKER, NOT_ENTITLED, build
from tests.export.docx_helpers import W, pandoc_text, parts, text_of, xml

TEXT = "States shall promote peaceful dialogue."


def _footnotes(data: bytes) -> list[str]:
    notes = xml(data, "word/footnotes.xml")
    return [
        "".join(t.text or "" for t in note.iter(f"{{{W}}}t")).strip()
        for note in notes.iter(f"{{{W}}}footnote")
        if note.get(f"{{{W}}}type") is None
    ]


def test_compiled_brackets_carry_their_holders_in_footnotes(
    app: FastAPI, session: Session, tmp_path: Path
) -> None:
    chair = factories.make_user(session)
    ours = factories.make_delegation(session, code="EU", name="European Union")
    theirs = factories.make_delegation(session, code="GRP", name="Group of 77")
    document = factories.make_document(session, author=chair, sections=0, parties=[ours, theirs])
    section = factories.make_section(session, document, chair, TEXT)
    for delegation, word in ((ours, "should"), (theirs, "may")):
        person = factories.make_user(session, delegation=delegation)
        response = factories.client_as(app, session, person).post(
            f"/api/v1/sections/{section.id}/amendments",
            json={"text": TEXT.replace("shall", word), "base_version": 1},
        )
        assert response.status_code == 201, response.text
    client = factories.client_as(app, session, chair)
    compiled = client.post(f"/api/v1/sections/{section.id}/compile", json={"base_version": 1})
    assert compiled.status_code == 201, compiled.text
    data = client.get(
        f"/api/v1/documents/{document.id}/export.docx", params={"variant": "bracketed"}
    ).content
    opened = docx.Document(io.BytesIO(data))  # python-docx opens it
    paragraph = next(p for p in opened.paragraphs if "States" in p.text)
    assert text_of(paragraph._p).endswith("States [shall][should][may] promote peaceful dialogue.")
    assert _footnotes(data) == [
        "Bracket held by: European Union.",
        "Bracket held by: Group of 77.",
    ]
    # Each note stands right after its own closing bracket.
    runs = paragraph._p.findall(f"{{{W}}}r")
    before_notes = [
        "".join(t.text or "" for r in runs[:i] for t in r.iter(f"{{{W}}}t"))
        for i, r in enumerate(runs)
        if r.find(f"{{{W}}}footnoteReference") is not None
    ]
    assert [b.split("\xa0 ")[-1] for b in before_notes] == [
        "States [shall][should]",
        "States [shall][should][may]",
    ]
    lines = pandoc_text(data, tmp_path)
    assert any("[shall][should][1][may][2] promote" in line for line in lines), lines
    assert any("European Union" in line for line in lines)


@pytest.mark.parametrize("role", NOT_ENTITLED)
def test_an_unannounced_holder_is_named_in_no_one_elses_word_copy(
    role: str, app: FastAPI, session: Session
) -> None:
    world = build(session)
    compiled = world.client(app, "secretariat").post(
        f"/api/v1/sections/{world.section.id}/compile", json={"base_version": 2}
    )
    assert compiled.status_code == 201, compiled.text
    url = f"/api/v1/documents/{world.document.id}/export.docx"
    own = world.client(app, "secretariat").get(url, params={"variant": "bracketed"})
    assert f"Kingdom of {MARKER}".encode() in parts(own.content)["word/footnotes.xml"]
    response = world.client(app, role).get(url, params={"variant": "bracketed"})
    if response.status_code != 200:
        return  # not a reader of the document at all
    for name, body in parts(response.content).items():
        assert f"Kingdom of {MARKER}".encode() not in body, name
