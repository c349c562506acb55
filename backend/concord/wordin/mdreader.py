"""A Markdown draft cut into sections: headings, paragraphs with their lists, tables and notes.

Blocks are cut at blank lines, as negotiated texts are written in Markdown (one block per
paragraph), so each section keeps its Markdown exactly as written; footnote definitions go
with the section that references them. Typed paragraph numbers are left out, as from Word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from concord.wordin.compose import TYPED_NUMBER

_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]?(.*)$")
_REFERENCE = re.compile(r"\[\^([^\]\s]+)\]")


@dataclass
class MdSection:
    kind: str  # heading | paragraph
    level: int | None
    text: str


@dataclass
class MdDraft:
    title: str | None
    sections: list[MdSection]
    numbers_left_out: int
    warnings: list[str] = field(default_factory=list)


def _definitions(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """The lines without footnote definitions (continuation lines indented), and the
    definitions by label."""
    kept: list[str] = []
    notes: dict[str, str] = {}
    label: str | None = None
    for line in lines:
        found = _DEFINITION.match(line)
        if found:
            label = found.group(1)
            notes[label] = found.group(2)
            kept.append("")
        elif label is not None and line.startswith(("    ", "\t")) and line.strip():
            notes[label] += " " + line.strip()
            kept.append("")
        else:
            label = None
            kept.append(line)
    return kept, notes


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_BULLET = re.compile(r"^[-+*][ \t]")
_FENCE = re.compile(r"^(```|~~~)")


def _blocks(lines: list[str]) -> list[str]:
    """Blank-line-separated blocks (a fenced code block is one block, blank lines and all)."""
    blocks: list[str] = []
    current: list[str] = []
    fence: str | None = None
    for line in lines:
        opened = _FENCE.match(line.strip())
        if fence is not None:
            current.append(line)
            if opened and opened.group(1) == fence:
                fence = None
            continue
        if opened:
            fence = opened.group(1)
        if not line.strip() and fence is None:
            if current:
                blocks.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks


def read(source: str) -> MdDraft:
    """Each block is a section, as the real texts are written: a heading, or a paragraph
    (its lines, lists and options inside it); a list or an indented block after a paragraph
    belongs to it; a thematic break (`---`) is left out."""
    warnings: list[str] = []
    if _HTML_COMMENT.search(source):
        source = _HTML_COMMENT.sub("", source)
        warnings.append("HTML comments were left out.")
    lines, notes = _definitions(source.split("\n"))
    sections: list[MdSection] = []
    numbers = 0
    for block in _blocks(lines):
        first = block.split("\n", 1)[0]
        heading = _HEADING.match(first)
        if heading and "\n" not in block:
            sections.append(MdSection("heading", len(heading.group(1)), heading.group(2)))
            continue
        if block.strip() in ("---", "***", "___"):
            continue
        belongs = _BULLET.match(block) or block.startswith(("    ", "\t", "  -", "  *", "|"))
        if belongs and sections and sections[-1].kind == "paragraph":
            sections[-1].text += "\n\n" + block
            continue
        found = TYPED_NUMBER.match(block)
        if found:
            block = block[found.end() :]
            numbers += 1
        sections.append(MdSection("paragraph", None, block))
    for section in sections:
        labels = list(dict.fromkeys(_REFERENCE.findall(section.text)))
        defined = [f"[^{label}]: {notes[label]}" for label in labels if label in notes]
        if defined:
            section.text = "\n\n".join([section.text, *defined])
    return MdDraft(None, sections, numbers, warnings)
