"""Markdown tables are Word tables in every variant; a changed table is tracked whole."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from concord.export.content import Step
from tests.export.docx_helpers import (
    DATE,
    NS,
    build,
    communique,
    ooxml_errors,
    pandoc_text,
    paragraph,
    text_of,
    val,
    w,
    xml,
)

TABLE = "Contributions:\n\n| Party | Amount |\n|:--|--:|\n| Ruritania | *10* |\n| Freedonia | 20 |"
NEWER = "Contributions:\n\n| Party | Amount |\n|:--|--:|\n| Ruritania | 15 |\n| Freedonia | 20 |"


def _rows(table: etree._Element) -> list[list[str]]:
    return [
        [text_of(tc, True) for tc in tr.iterfind("w:tc", NS)] for tr in table.iterfind("w:tr", NS)
    ]


def test_a_markdown_table_is_a_word_table_in_clean_and_bracketed(tmp_path: Path) -> None:
    for variant in ("clean", "bracketed"):
        data = build(communique(variant, sections=(paragraph(1, TABLE),)))
        tables = [
            t for t in xml(data).iter(w("tbl")) if t.find("w:tblPr/w:tblStyle", NS) is not None
        ]
        table = tables[0]
        assert _rows(table) == [["Party", "Amount"], ["Ruritania", "10"], ["Freedonia", "20"]]
        head = table.find("w:tr", NS)
        assert head is not None and head.find("w:trPr/w:tblHeader", NS) is not None
        assert val(table, "w:tr/w:tc/w:p/w:pPr/w:pStyle") == "TableHeading"
        cells = table.findall("w:tr/w:tc/w:p", NS)
        assert [val(p, "w:pPr/w:jc") for p in cells[:2]] == ["left", "right"]
        assert "|" not in "".join(xml(data).itertext())
        assert ooxml_errors(data, tmp_path) == []
        read = [line for line in pandoc_text(data, tmp_path) if not line.startswith("-")]
        assert read[:4] == ["1. Contributions:", "Party Amount", "Ruritania 10", "Freedonia 20"]


def test_a_changed_table_is_tracked_whole_and_reads_back_either_way(tmp_path: Path) -> None:
    section = paragraph(1, NEWER, old_text=TABLE, old_number=1, steps=(Step(NEWER, "Japan", DATE),))
    data = build(communique("redline", sections=(section,), compare_label="Rev.1"))
    assert ooxml_errors(data, tmp_path) == []
    document = xml(data)
    tables = list(document.iter(w("tbl")))
    assert len(tables) == 2
    assert all(r.find("w:trPr/w:del", NS) is not None for r in tables[0].iterfind("w:tr", NS))
    assert all(r.find("w:trPr/w:ins", NS) is not None for r in tables[1].iterfind("w:tr", NS))
    accepted = " ".join(pandoc_text(data, tmp_path, "accept"))
    rejected = " ".join(pandoc_text(data, tmp_path, "reject"))
    assert "15" in accepted and "10" not in accepted
    assert "10" in rejected and "15" not in rejected
