"""Moved paragraphs in the Word redline are tracked moves (`w:moveFrom` / `w:moveTo`), proven by
two independent readers: accepting every change in pandoc and in LibreOffice gives the newer
text in the newer order, rejecting every change the older text in the older order. LibreOffice
also accepts and rejects the redline of edits, additions and removals (pandoc's checks of those
are in test_docx_redline.py)."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from concord.export.content import ExportDocument
from tests.export.docx_helpers import (
    NS,
    build,
    moved_sample,
    ooxml_errors,
    pandoc_text,
    redline_sample,
    text_of,
    w,
    xml,
)
from tests.office import run_uno

CHANGES = Path(__file__).with_name("lo_changes.py")
_NUMBER = re.compile(r"^(\d+)\.\t")


def side(doc: ExportDocument, newer: bool) -> ExportDocument:
    """The clean export of one side of a redline with moves: the newer text in its order, or
    the older text in its older order. Statements belong to the newer text: where nothing of a
    paragraph stays both ways (an added or a moved one) they go with its newer text."""
    sections = []
    for section in doc.sections:
        if section.moved == ("from" if newer else "to"):
            continue
        if (newer and section.removed is not None) or (not newer and section.old_text is None):
            continue
        if newer:
            sections.append(replace(section, old_text=None, old_number=None, steps=(), moved=None))
        else:
            number = section.number if section.old_number is None else section.old_number
            sections.append(
                replace(
                    section,
                    text=section.old_text or section.text,
                    number=number,
                    old_text=None,
                    old_number=None,
                    steps=(),
                    moved=None,
                    removed=None,
                    statements=() if section.moved else section.statements,
                )
            )
    return replace(doc, variant="clean", sections=tuple(sections))


def test_a_moved_paragraph_is_moved_away_from_its_older_place_and_into_its_newer() -> None:
    root = xml(build(moved_sample()))
    away = root.xpath(".//w:p[w:pPr/w:rPr/w:moveFrom]", namespaces=NS)
    into = root.xpath(".//w:p[w:pPr/w:rPr/w:moveTo]", namespaces=NS)
    # The humanitarian paragraph and its two list items, the paragraph with a footnote, the
    # Arabic heading: five paragraphs at each end.
    assert len(away) == len(into) == 5
    starts = {
        kind: [str(e.get(w("name"))) for e in root.iter(w(f"{kind}RangeStart"))]
        for kind in ("moveFrom", "moveTo")
    }
    assert sorted(starts["moveFrom"]) == sorted(starts["moveTo"]) and len(starts["moveTo"]) == 3
    for kind in ("moveFrom", "moveTo"):
        ids = {e.get(w("id")) for e in root.iter(w(f"{kind}RangeStart"))}
        assert ids == {e.get(w("id")) for e in root.iter(w(f"{kind}RangeEnd"))}
    # Moved away: the older text, every run deleted text, the older number with it.
    assert [text_of(p, deleted=True)[:13] for p in away] == [
        "1.We reaffirm",
        "2.Humanitaria",
        "without delay",
        "without condi",
        "السلام والأمن",
    ]
    assert all(not p.findall(".//w:t", NS) for p in away)
    assert {e.get(w("author")) for e in root.iter(w("moveFrom"))} == {"Freedonia"}
    # Moved in: the words changed on the way are changes of their author inside the move;
    # the word deleted there is deleted within the move, so neither text shows it.
    humanitarian = next(p for p in into if "Humanitarian" in "".join(p.itertext()))
    inner = humanitarian.findall("w:moveTo/w:del", NS)
    assert [text_of(d, deleted=True) for d in inner] == ["shall"]
    assert {d.get(w("author")) for d in inner} == {"Ruritania"}
    assert [text_of(i) for i in humanitarian.findall("w:ins", NS)] == ["must"]


def test_the_redline_with_moves_has_no_schema_errors(tmp_path: Path) -> None:
    assert ooxml_errors(build(moved_sample()), tmp_path) == []


@pytest.mark.parametrize("changes", ["accept", "reject"])
def test_pandoc_accepting_gives_the_newer_order_rejecting_the_older(
    changes: str, tmp_path: Path
) -> None:
    doc = moved_sample()
    read = pandoc_text(build(doc), tmp_path, changes, drop_empty_bullets=True)
    want = pandoc_text(build(side(doc, newer=changes == "accept")), tmp_path)
    assert read == want
    numbers = [line.split(" ", 1)[0] for line in read if re.match(r"\d+\. ", line)]
    assert numbers == ["1.", "2.", "3.", "4.", "5."]


def libreoffice(office: str, data: bytes, changes: str, tmp: Path) -> list[str]:
    """The body's paragraphs after LibreOffice accepts or rejects every change; the empty
    paragraphs left out. LibreOffice 7.4 leaves one where it takes out a whole paragraph that
    holds a footnote reference (a removed paragraph does it too, without any move), and the
    body's last paragraph mark cannot be taken out at all, in LibreOffice as in Word."""
    source = tmp / f"{changes}-{uuid.uuid4().hex[:6]}.docx"
    source.write_bytes(data)
    result = run_uno(CHANGES, str(source), office, changes)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["changes_left"] is False
    return [" ".join(p.split()) for p in found["paragraphs"] if p.strip()]


SAMPLES = {"moves": moved_sample, "edits": redline_sample}


@pytest.mark.parametrize(
    ("name", "changes"),
    [
        ("moves", "accept"),
        ("moves", "reject"),
        ("edits", "accept"),
        ("edits", "reject"),
    ],
)
def test_libreoffice_accepting_gives_the_newer_text_rejecting_the_older(
    name: str, changes: str, office: str, tmp_path: Path
) -> None:
    doc = SAMPLES[name]()
    read = libreoffice(office, build(doc), changes, tmp_path)
    # The redline types its numbers; the clean copy numbers with Word numbering, which is not
    # text: the numbers come off the redline's paragraphs, and must count 1 to 5 in order.
    numbers = [int(m.group(1)) for p in read if (m := re.match(r"(\d+)\. ", p))]
    assert numbers == [1, 2, 3, 4, 5]
    bodies = [re.sub(r"^\d+\. ", "", p) for p in read]
    want = libreoffice(office, build(side(doc, newer=changes == "accept")), changes, tmp_path)
    # The title block's line says which texts a redline compares; the rest is the text.
    assert bodies[3:] == want[3:]
    assert bodies[:2] == want[:2]
