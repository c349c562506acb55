"""Reading a PDF back with poppler's tools (pdftotext, pdfinfo): independent of LibreOffice."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from tests.export.docx_helpers import require

BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
# poppler reads the lam-alef ligature's letters back in visual order ("لا" as "ال"): the
# ligature is only there when the text was shaped, so these spellings prove shaping too.
_LIGATURES = {"لا": "ال", "لأ": "أل", "لإ": "إل", "لآ": "آل"}


def as_read(word: str) -> str:
    """An Arabic word as pdftotext reads it back from a shaped PDF."""
    for letters, read in _LIGATURES.items():
        word = word.replace(letters, read)
    return word


def _run(tool: str, *args: str) -> str:
    result = subprocess.run(
        [require(tool), *args], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout


def pdf_text(data: bytes, *, raw: bool = True) -> str:
    """The text in content-stream order (`-raw`: the layout mode reads hanging paragraph numbers
    as a column of their own)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "file.pdf"
        path.write_bytes(data)
        return _run("pdftotext", *(["-raw"] if raw else []), str(path), "-")


def pdf_info(data: bytes) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "file.pdf"
        path.write_bytes(data)
        out = _run("pdfinfo", str(path))
    info = {}
    for line in out.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_texts(data: bytes) -> dict[str, str]:
    """Everything a reader of the file could find: the text, the document information, and the
    bytes themselves (uncompressed metadata, outlines)."""
    return {
        "text": pdf_text(data),
        "info": repr(pdf_info(data)),
        "bytes": data.decode("latin-1"),
    }
