"""The streaming reader: any JSON layout, any chunk boundary, one row at a time."""

from __future__ import annotations

import io
import json

import pytest

from concord.archive import reader
from concord.archive.errors import ArchiveInvalid
from concord.archive.reader import Field, Row, TableStart, read_items

DOCUMENT = {
    "format": "concord-archive",
    "version": 1,
    "tables": {
        "delegation": [{"id": 1234567, "name": 'Égypte "مصر" [x]'}, {"id": 2, "name": None}],
        "user": [],
    },
    "alembic_revision": "0005_export",
}
EXPECTED = [
    Field("format", "concord-archive"),
    Field("version", 1),
    TableStart("delegation"),
    Row("delegation", 0, {"id": 1234567, "name": 'Égypte "مصر" [x]'}),
    Row("delegation", 1, {"id": 2, "name": None}),
    TableStart("user"),
    Field("alembic_revision", "0005_export"),
]


@pytest.mark.parametrize("indent", [None, 0, 2, "\t"])
@pytest.mark.parametrize("chunk", [1, 3, 7, 1 << 16])
def test_reader_yields_the_same_items_whatever_the_layout_and_chunk(
    indent: int | str | None, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "CHUNK", chunk)
    text = json.dumps(DOCUMENT, indent=indent, ensure_ascii=False)
    assert list(read_items(io.StringIO(text))) == EXPECTED


def test_a_number_split_across_chunks_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "CHUNK", 4)
    items = list(read_items(io.StringIO('{"version": 1234567890}')))
    assert items == [Field("version", 1234567890)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "not a JSON object"),
        ('{"tables": {"user": [{"id": 1}', "',' or ']' missing"),
        ('{"tables": {"user": {"id": 1}}}', "must be an array"),
        ('{"a": 1,}', "expected a member name"),
        ('{"a": 1} {"b": 2}', "after the archive"),
        ('{"tables": {"user": [], "user": []}}', "appears twice"),
    ],
)
def test_reader_refuses_what_is_not_an_archive(text: str, words: str) -> None:
    with pytest.raises(ArchiveInvalid, match=words):
        list(read_items(io.StringIO(text)))
