"""The HTML and Markdown copies name who holds each bracket in a footnote right after it, as the
bracketed Word copy does; only to those who may know of the holders."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi import FastAPI
from sqlmodel import Session

from tests import factories
from tests.access_world import MARKER, NOT_ENTITLED, build

TEXT = "States shall promote peaceful dialogue."


class _Reader(HTMLParser):
    """The paragraph's words (footnote references as `{n}`) and the footnotes' words."""

    def __init__(self) -> None:
        super().__init__()
        self.where: list[str] = []
        self.paragraph = ""
        self.notes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs).get("class") or ""
        if tag == "li" and "footnote-item" in names:
            self.notes.append("")
        self.where.append(tag if "footnote-backref" not in names else "back")

    def handle_endtag(self, tag: str) -> None:
        if self.where:
            self.where.pop()

    def handle_data(self, data: str) -> None:
        if "back" in self.where:
            return
        if self.notes and "li" in self.where:
            self.notes[-1] += data
        elif "p" in self.where and "States" in data + self.paragraph:
            self.paragraph += data


def _compiled(app: FastAPI, session: Session) -> tuple[str, object]:
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
    return f"/api/v1/documents/{document.id}/export", client


def test_the_html_copy_puts_each_holder_note_after_its_bracket(
    app: FastAPI, session: Session
) -> None:
    url, client = _compiled(app, session)
    response = client.get(f"{url}.html", params={"variant": "bracketed"})  # type: ignore[attr-defined]
    assert response.status_code == 200, response.text
    reader = _Reader()
    reader.feed(response.text)
    assert [n.strip() for n in reader.notes] == [
        "Bracket held by: European Union.",
        "Bracket held by: Group of 77.",
    ]
    assert "States [shall][should][1][may][2] promote peaceful dialogue." in reader.paragraph
    clean = client.get(f"{url}.html", params={"variant": "clean"})  # type: ignore[attr-defined]
    assert "held by" not in clean.text


def test_the_markdown_copy_puts_each_holder_note_after_its_bracket(
    app: FastAPI, session: Session
) -> None:
    url, client = _compiled(app, session)
    response = client.get(f"{url}.md", params={"variant": "bracketed"})  # type: ignore[attr-defined]
    assert response.status_code == 200, response.text
    text = response.text
    line = next(line for line in text.splitlines() if "States" in line)
    refs = re.findall(r"\[\^([^\]]+)\]", line)
    assert len(refs) == 2, line
    assert re.sub(r"\[\^[^\]]+\]", "{}", line).endswith(
        "States [shall][should]{}[may]{} promote peaceful dialogue."
    ), line
    notes = dict(re.findall(r"^\[\^([^\]]+)\]: (.*)$", text, re.MULTILINE))
    assert [notes[r] for r in refs] == [
        "Bracket held by: European Union.",
        "Bracket held by: Group of 77.",
    ]


@pytest.mark.parametrize("fmt", ["html", "md"])
@pytest.mark.parametrize("role", NOT_ENTITLED)
def test_an_unannounced_holder_is_named_in_no_one_elses_html_or_markdown(
    role: str, fmt: str, app: FastAPI, session: Session
) -> None:
    world = build(session)
    compiled = world.client(app, "secretariat").post(
        f"/api/v1/sections/{world.section.id}/compile", json={"base_version": 2}
    )
    assert compiled.status_code == 201, compiled.text
    url = f"/api/v1/documents/{world.document.id}/export.{fmt}"
    own = world.client(app, "secretariat").get(url, params={"variant": "bracketed"})
    assert f"Bracket held by: Kingdom of {MARKER}" in own.text.replace("\\", "")
    response = world.client(app, role).get(url, params={"variant": "bracketed"})
    if response.status_code != 200:
        return  # not a reader of the document at all
    # The compiled text itself carries the marker; the holder's name must not.
    assert f"Kingdom of {MARKER}" not in response.text.replace("\\", "")
