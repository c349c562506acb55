"""What Word itself writes: its numbering, headings by style name, formatting, links, footnotes,
right-to-left paragraphs, tracked changes by several authors, and comments."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from concord.deliberation.models import Amendment, Comment
from tests import factories
from tests.factories import error_of
from tests.wordin.word import comments, delete, docx, footnotes, ins, para, run

URL = "/api/v1/documents/import"


@pytest.fixture
def officer(app: FastAPI, session: Session) -> TestClient:
    return factories.client_as(app, session, factories.make_secretariat(session))


def post(client: TestClient, data: bytes, **form: str) -> Any:
    dry = form.pop("dry_run", "false")
    return client.post(
        URL,
        files={"file": ("draft.docx", data, "application/octet-stream")},
        data=form,
        params={"dry_run": dry},
    )


def texts(result: dict[str, Any]) -> list[tuple[str, int | None, str]]:
    return [(s["kind"], s["level"], s["text"]) for s in result["sections"]]


def test_word_structure_becomes_sections_in_canonical_markdown(officer: TestClient) -> None:
    data = docx(
        para(run("Summit Statement"), style="Title"),
        para(run("Preamble"), style="Titre1"),
        para(run("The parties "), run("shall", "<w:b/>"), run(" act [now][soon]."), num=(1, 0)),
        para(
            run("12 bis. A typed number and a "),
            '<w:hyperlink r:id="L1">' + run("link") + "</w:hyperlink>",
            run("."),
        ),
        para(run("first option"), num=(1, 1)),
        para(run("second option"), num=(1, 1)),
        para(run("A bullet"), num=(2, 0)),
        para(
            run("Noted"),
            '<w:r><w:footnoteReference w:id="1"/></w:r>',
            run(" with "),
            run("care", "<w:i/>"),
            run("."),
        ),
        para(run("نحن نؤكد"), rtl=True),
        para(run("UNESCO و الأطراف"), rtl=True),
        footnote_part=footnotes((1, "See document A/1.")),
        links={"L1": "https://example.org/a"},
    )
    response = post(officer, data, dry_run="true")
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["title"] == "Summit Statement"
    assert texts(result) == [
        ("heading", 1, "Preamble"),
        ("paragraph", None, "The parties **shall** act [now][soon]."),
        (
            "paragraph",
            None,
            "A typed number and a [link](https://example.org/a).\n"
            "(a) first option\n(b) second option\n- A bullet",
        ),
        ("paragraph", None, "Noted[^1] with *care*.\n\n[^1]: See document A/1."),
        ("paragraph", None, "نحن نؤكد"),
        ("paragraph", None, "\u200fUNESCO و الأطراف"),
    ]
    assert result["numbers_left_out"] == 1  # Word's own numbering is not text: only "12 bis."
    assert result["footnotes"] == 1


TRACKED = docx(
    para(
        run("We "),
        ins("strongly ", "Ana Ruiz"),
        run("urge all "),
        delete("States", "Ben Cole"),
        ins("Parties", "Ben Cole"),
        run(" to act."),
    ),
    para(
        run("An untouched "),
        '<w:commentRangeStart w:id="0"/>',
        run("second paragraph"),
        '<w:commentRangeEnd w:id="0"/>',
        run("."),
    ),
    comment_part=comments((0, "Ana Ruiz", "Why second?")),
)


@pytest.mark.parametrize(
    ("changes", "first"),
    [
        ("accept", "We strongly urge all Parties to act."),
        ("reject", "We urge all States to act."),
    ],
)
def test_tracked_changes_are_accepted_or_rejected(
    changes: str, first: str, officer: TestClient
) -> None:
    result = post(officer, TRACKED, changes=changes, dry_run="true").json()
    assert result["sections"][0]["text"] == first
    assert result["authors"] == ["Ana Ruiz", "Ben Cole"]
    assert result["amendments"] == []


def test_tracked_changes_become_amendments_of_the_authors_delegations(
    officer: TestClient, session: Session
) -> None:
    factories.make_delegation(session, code="ESP")
    factories.make_delegation(session, code="CAN")
    response = post(
        officer, TRACKED, changes="amend", authors='{"Ana Ruiz": "ESP", "Ben Cole": "CAN"}'
    )
    assert response.status_code == 201, response.text
    result = response.json()
    assert result["sections"][0]["text"] == "We urge all States to act."
    section_id = result["section_ids"][0]
    amendments = session.exec(
        select(Amendment).where(Amendment.section_id == section_id).order_by(col(Amendment.id))
    ).all()
    assert [(a.text, a.base_version) for a in amendments] == [
        ("We strongly urge all States to act.", 1),
        ("We urge all Parties to act.", 1),
    ]
    codes = {a.delegation_id for a in amendments}
    assert len(codes) == 2
    comment = session.exec(
        select(Comment).where(Comment.section_id == result["section_ids"][1])
    ).one()
    assert (comment.quote, comment.body) == ("second paragraph", "Ana Ruiz: Why second?")


def test_amendments_need_every_author_mapped(officer: TestClient, session: Session) -> None:
    factories.make_delegation(session, code="ESP")
    response = post(officer, TRACKED, changes="amend", authors='{"Ana Ruiz": "ESP"}')
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unmapped_author"
    assert response.json()["error"]["details"]["authors"] == ["Ben Cole"]
    unknown = post(
        officer, TRACKED, changes="amend", authors='{"Ana Ruiz": "ESP", "Ben Cole": "NOPE"}'
    )
    assert unknown.status_code == 422
    assert unknown.json()["error"]["code"] == "unknown_delegation"


def test_an_unannounced_delegation_is_unknown_to_a_chair(app: FastAPI, session: Session) -> None:
    chair = factories.make_user(session, delegation=factories.make_delegation(session))
    group = factories.make_group(session, chair)
    factories.make_delegation(session, code="HIDDENQ", announced=False)
    client = factories.client_as(app, session, chair)
    form = {"changes": "amend", "working_group_id": str(group.id)}
    hidden = post(client, TRACKED, authors='{"Ana Ruiz": "HIDDENQ", "Ben Cole": "HIDDENQ"}', **form)
    missing = post(client, TRACKED, authors='{"Ana Ruiz": "NOPEQ", "Ben Cole": "NOPEQ"}', **form)
    assert hidden.status_code == missing.status_code == 422
    assert hidden.json()["error"]["code"] == missing.json()["error"]["code"] == "unknown_delegation"
    # The same answer as for a code that does not exist (only the code typed differs).
    assert str(error_of(hidden)).replace("HIDDENQ", "NOPEQ") == str(error_of(missing))
