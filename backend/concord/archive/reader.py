"""Read an archive as a stream: one row in memory at a time, whatever the file's size.

The standard library parses each row (`JSONDecoder.raw_decode`, in C); this module walks the
two levels around the rows (the document and its `tables` object) itself, so it accepts any
valid JSON layout, not only the one `concord backup` writes.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from concord.archive.errors import ArchiveInvalid

CHUNK = 1 << 16
# One value (a row) larger than this is refused rather than buffered without end.
MAX_VALUE_CHARS = 256 * 1024 * 1024
WHITESPACE = " \t\n\r"


@dataclass(frozen=True)
class Field:
    """A top-level member other than `tables`."""

    key: str
    value: Any


@dataclass(frozen=True)
class TableStart:
    name: str


@dataclass(frozen=True)
class Row:
    table: str
    index: int
    value: Any


Item = Field | TableStart | Row


class _Scanner:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.consumed = 0  # characters dropped from the front of buf
        self.decoder = json.JSONDecoder()

    def where(self) -> str:
        return f"character {self.consumed + self.pos}"

    def fail(self, message: str) -> ArchiveInvalid:
        return ArchiveInvalid(f"the archive is not valid JSON: {message} at {self.where()}")

    def _fill(self) -> bool:
        if self.eof:
            return False
        self.consumed += self.pos
        self.buf = self.buf[self.pos :]
        self.pos = 0
        try:
            more = self.stream.read(max(CHUNK, len(self.buf)))
        except (UnicodeDecodeError, OSError, EOFError, gzip.BadGzipFile) as error:
            raise ArchiveInvalid(f"the archive cannot be read: {error}") from error
        if not more:
            self.eof = True
            return False
        self.buf += more
        return True

    def peek(self) -> str:
        """The next non-blank character ('' at the end of the file), not consumed."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def expect(self, chars: str) -> str:
        found = self.peek()
        if not found or found not in chars:
            wanted = " or ".join(repr(c) for c in chars)
            raise self.fail(f"expected {wanted}, found {found!r}" if found else f"{wanted} missing")
        self.pos += 1
        return found

    def value(self) -> Any:
        if not self.peek():
            raise self.fail("value missing")
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as error:
                if self.eof:
                    raise self.fail(error.msg) from error
                if len(self.buf) - self.pos > MAX_VALUE_CHARS:
                    raise self.fail("a value is too large") from error
                self._fill()
                continue
            # A number that ends the buffer may go on in the next chunk.
            if end < len(self.buf) or self.eof:
                self.pos = end
                return value
            self._fill()

    def key(self) -> str:
        if self.peek() != '"':
            raise self.fail("expected a member name")
        name = self.value()
        self.expect(":")
        assert isinstance(name, str)
        return name


def _members(scanner: _Scanner) -> Iterator[str]:
    """The member names of the object that starts here; the caller reads each value."""
    scanner.expect("{")
    if scanner.peek() == "}":
        scanner.pos += 1
        return
    seen: set[str] = set()
    while True:
        name = scanner.key()
        if name in seen:
            raise scanner.fail(f"member {name!r} appears twice")
        seen.add(name)
        yield name
        if scanner.expect(",}") == "}":
            return


def _rows(scanner: _Scanner, table: str) -> Iterator[Row]:
    if scanner.peek() != "[":
        raise ArchiveInvalid(f"tables.{table} must be an array of rows")
    scanner.pos += 1
    if scanner.peek() == "]":
        scanner.pos += 1
        return
    index = 0
    while True:
        yield Row(table, index, scanner.value())
        index += 1
        if scanner.expect(",]") == "]":
            return


def read_items(stream: IO[str]) -> Iterator[Item]:
    """The archive's members in file order, `tables` unrolled into its tables and rows."""
    scanner = _Scanner(stream)
    if scanner.peek() != "{":
        raise ArchiveInvalid("the archive is not a JSON object (is this a Concord archive?)")
    for key in _members(scanner):
        if key == "tables" and scanner.peek() == "{":
            for table in _members(scanner):
                yield TableStart(table)
                yield from _rows(scanner, table)
        else:
            yield Field(key, scanner.value())
    if scanner.peek():
        raise scanner.fail("unexpected data after the archive")


GZIP_MAGIC = b"\x1f\x8b"


@contextmanager
def open_archive(path: Path) -> Iterator[IO[str]]:
    """The archive's text, gunzipped when the file is gzip (whatever its name)."""
    try:
        raw = path.open("rb")
    except OSError as error:
        raise ArchiveInvalid(f"cannot open {path}: {error.strerror}") from error
    with ExitStack() as stack:
        stack.enter_context(raw)
        compressed = raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        binary: IO[bytes] = raw
        if compressed:
            binary = stack.enter_context(cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")))
        text = io.TextIOWrapper(binary, encoding="utf-8")
        try:
            yield text
        finally:
            text.detach()
