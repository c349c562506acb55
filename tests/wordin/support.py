"""The real texts as a reader would compare them, and Word files written by pandoc."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from concord.wordin.compose import TYPED_NUMBER

REAL = Path(__file__).parents[1] / "corpus" / "real"
TEXTS = (
    "unfccc-adp-2015-12-04-draft-agreement-and-decision",
    "g7-hiroshima-2023-leaders-communique",
    "udhr-1948-arabic",
    "udhr-1948-hebrew-preamble",
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_DEFINITION = re.compile(r"^\[\^([^\]]+)\]:\s?(.*)$", re.M)
_REFERENCE = re.compile(r"\[\^[^\]]+\]")


@dataclass(frozen=True)
class Expected:
    paragraphs: list[str]  # body text, whitespace collapsed, typed numbers left out
    headings: list[str]
    footnotes: list[str]  # definitions, in order of reference


def source(name: str) -> str:
    return (REAL / f"{name}.md").read_text(encoding="utf-8")


def words(text: str) -> str:
    return " ".join(text.split())


def expected(name: str) -> Expected:
    text = _COMMENT.sub("", source(name))
    notes = dict(_DEFINITION.findall(text))
    body = _DEFINITION.sub("", text)
    paragraphs: list[str] = []
    headings: list[str] = []
    order: list[str] = []
    last_heading = False
    for block in re.split(r"\n\s*\n", body):
        block = block.strip()
        if not block or block == "---":
            continue
        if block.startswith("#"):
            last_heading = True
            order += [r[2:-1] for r in _REFERENCE.findall(block)]
            headings.append(words(block.lstrip("#")))
            continue
        found = TYPED_NUMBER.match(block)
        if found:
            block = block[found.end() :]
        order += [r[2:-1] for r in _REFERENCE.findall(block)]
        if re.match(r"[-+*]\s", block) and paragraphs and not last_heading:
            # A list belongs to the paragraph before it (Concord keeps it in that section).
            paragraphs[-1] = words(paragraphs[-1] + " " + plain(block))
            continue
        paragraphs.append(plain(block))
        last_heading = False
    return Expected(paragraphs, headings, [words(notes[n]) for n in dict.fromkeys(order)])


def plain(markdown: str) -> str:
    """A paragraph's words without footnote labels, Markdown escapes or list markers."""
    text = re.sub(r"</?(?:sup|sub)>", "", _REFERENCE.sub("", markdown))
    text = re.sub(r"\\(.)", r"\1", text)
    text = re.sub(r"(?m)^\s*(?:[-+*]|\d+[.)])\s+", "", text)
    return words(text)


def pandoc_docx(name: str, out: Path) -> bytes:
    """The real text written to .docx by pandoc (CommonMark with footnotes, no smart quotes:
    pandoc's own Markdown reader drops bracketed paragraphs of the UNFCCC text)."""
    target = out / f"{name}.docx"
    subprocess.run(
        [
            "pandoc",
            "-f",
            "commonmark_x-smart-fancy_lists",
            "-t",
            "docx",
            "-o",
            str(target),
            str(REAL / f"{name}.md"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return target.read_bytes()
