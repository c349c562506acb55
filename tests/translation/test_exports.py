"""Exports in another language (`language=ar`): each section's translation of the exported
version, the negotiating text where there is none, said in the title block; read back by
python-docx, pandoc and LibreOffice."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from tests.export.docx_helpers import pandoc_text
from tests.export.pdf_helpers import BIDI_CONTROLS, as_read, pdf_text
from tests.translation.conftest import AR, Statement


def _bidi(paragraph: Paragraph) -> bool:
    """Whether Word lays the paragraph out right to left (`w:bidi` in its properties)."""
    properties = paragraph._p.pPr
    return properties is not None and properties.find(qn("w:bidi")) is not None


def export(statement: Statement, extension: str, **query: str) -> bytes:
    response = statement.clients["head_a"].get(
        f"/api/v1/documents/{statement.document_id}/export.{extension}", params=query
    )
    assert response.status_code == 200, response.text
    return response.content


@pytest.fixture
def half_translated(statement: Statement) -> Statement:
    """The first paragraph translated, the second not."""
    saved = statement.translate("translator", 0, AR[0], source=1, base=None)
    assert saved.status_code == 201, saved.text
    return statement


def test_the_arabic_word_file_reads_right_to_left_and_says_what_is_missing(
    half_translated: Statement, tmp_path: Path
) -> None:
    data = export(half_translated, "docx", language="ar")
    note = "Arabic translation of the English text; 1 section not yet translated, shown in English."
    paragraphs = docx.Document(io.BytesIO(data)).paragraphs
    texts = [p.text for p in paragraphs]
    assert note in texts
    arabic = next(p for p in paragraphs if AR[0] in p.text)
    english = next(p for p in paragraphs if "Civil society leads." in p.text)
    assert [_bidi(p) for p in (arabic, english)] == [True, False]
    read = pandoc_text(data, tmp_path)
    assert any(AR[0] in line for line in read)
    assert any(line.endswith("Civil society leads.") for line in read)
    assert "We welcome the consortium." not in " ".join(read)

    # LibreOffice prints it (the PDF export): the Arabic words whole and shaped.
    printed = pdf_text(export(half_translated, "pdf", language="ar")).translate(BIDI_CONTROLS)
    read = [word.strip(".") for word in printed.split()]
    assert all(as_read(word.strip(".")) in read for word in AR[0].split()), printed
    assert note in " ".join(printed.split())


def test_a_translation_of_an_earlier_text_is_exported_and_said_to_be(
    half_translated: Statement,
) -> None:
    half_translated.edit_source(0, "We warmly welcome the consortium.", 1)
    page = export(half_translated, "html", language="ar").decode()
    assert AR[0] in page
    assert "1 translation made from an earlier text" in page
    assert 'dir="rtl"' in page
    text = export(half_translated, "md", language="ar").decode()
    assert AR[0] in text and "Civil society leads." in text
    # The negotiating language is the document itself, translated or not.
    assert "We warmly welcome" in export(half_translated, "md", language="en").decode()
    assert "translation" not in export(half_translated, "md").decode()


@pytest.mark.parametrize(
    ("query", "status", "code"),
    [
        ({"language": "ar", "variant": "redline"}, 422, "redline_in_translation"),
        ({"language": "fr"}, 404, "language_not_in_document"),
        ({"language": "xx"}, 422, "unknown_language"),
        ({"language": "ARABIC"}, 422, "validation_error"),
    ],
)
def test_refused_language_exports(
    half_translated: Statement, query: dict[str, str], status: int, code: str
) -> None:
    response = half_translated.clients["head_a"].get(
        f"/api/v1/documents/{half_translated.document_id}/export.md", params=query
    )
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code


def _cells(data: bytes) -> list[list[str]]:
    table = docx.Document(io.BytesIO(data)).tables[0]
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_bilingual_word_file_has_the_two_languages_side_by_side(
    half_translated: Statement, tmp_path: Path
) -> None:
    data = export(half_translated, "docx", beside="ar")
    rows = _cells(data)
    assert rows == [
        ["English", "Arabic"],
        ["1. We welcome the consortium.", f"1. {AR[0]}"],
        ["2. Civil society leads.", "2. Civil society leads."],
    ]
    table = docx.Document(io.BytesIO(data)).tables[0]
    english, arabic = (cell.paragraphs[0] for cell in table.rows[1].cells)
    assert [_bidi(english), _bidi(arabic)] == [False, True]
    read = " ".join(pandoc_text(data, tmp_path))
    assert AR[0] in read and "We welcome the consortium." in read
    # LibreOffice prints both columns, the Arabic shaped.
    printed = pdf_text(export(half_translated, "pdf", beside="ar")).translate(BIDI_CONTROLS)
    words = [word.strip(".") for word in printed.split()]
    assert all(as_read(word.strip(".")) in words for word in AR[0].split()), printed
    assert "consortium" in words


def test_bilingual_html_and_the_other_way_round(half_translated: Statement) -> None:
    page = export(half_translated, "html", language="ar", beside="en").decode()
    assert page.count('class="pair"') == 2
    first = page.index('class="pair"')
    assert page.index(AR[0], first) < page.index("We welcome the consortium.", first)
    assert 'dir="rtl"' in page and "<p>Arabic</p><p>English</p>" in page


@pytest.mark.parametrize(
    ("extension", "query", "status", "code"),
    [
        ("md", {"beside": "ar"}, 422, "bilingual_not_in_markdown"),
        ("html", {"beside": "en"}, 422, "same_language"),
        ("html", {"language": "ar", "beside": "ar"}, 422, "same_language"),
        ("docx", {"beside": "ar", "variant": "redline"}, 422, "redline_in_translation"),
        ("docx", {"beside": "fr"}, 404, "language_not_in_document"),
    ],
)
def test_refused_bilingual_exports(
    half_translated: Statement, extension: str, query: dict[str, str], status: int, code: str
) -> None:
    response = half_translated.clients["head_a"].get(
        f"/api/v1/documents/{half_translated.document_id}/export.{extension}", params=query
    )
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
