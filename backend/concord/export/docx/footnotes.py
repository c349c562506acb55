"""The footnotes part: Markdown footnotes and delegations' statements as real Word footnotes.

python-docx has no footnote API (STACK.md), so the part, its separators and its relationship
are built here. Each reference gets its own footnote: Word shows one footnote per reference.
"""

from __future__ import annotations

from lxml import etree

from concord.core.text import direction
from concord.export.docx.inline import Context, PartWriter, Rels
from concord.export.docx.markdown import Block
from concord.export.docx.xml import root, sub, to_bytes


class Footnotes:
    def __init__(self, context: Context) -> None:
        self.rels = Rels()
        self.writer = PartWriter(context, self.rels)
        self.part = root("footnotes")
        for footnote_id, kind in (("-1", "separator"), ("0", "continuationSeparator")):
            note = sub(self.part, "footnote", type=kind, id=footnote_id)
            paragraph = sub(note, "p")
            sub(sub(paragraph, "pPr"), "spacing", after="0", line="240", lineRule="auto")
            sub(sub(paragraph, "r"), kind)
        self.count = 0

    def add(self, blocks: tuple[Block, ...]) -> int:
        self.count += 1
        note = sub(self.part, "footnote", id=str(self.count))
        for index, block in enumerate(blocks or (Block(),)):
            base = direction(block.plain())
            paragraph = sub(note, "p")
            ppr = sub(paragraph, "pPr")
            sub(ppr, "pStyle", val="FootnoteText")
            if base == "rtl":
                sub(ppr, "bidi")
            if index == 0:
                reference = sub(paragraph, "r")
                rpr = sub(reference, "rPr")
                sub(rpr, "rStyle", val="FootnoteReference")
                if base == "rtl":
                    sub(rpr, "rtl")
                sub(reference, "footnoteRef")
                space = sub(sub(paragraph, "r"), "t")
                space.text = " "
                space.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            runs = [run for run in block.runs if run.note is None]  # no notes within notes
            self.writer.runs(paragraph, self.writer.plain(runs), base)
        return self.count

    def xml(self) -> bytes:
        return to_bytes(self.part)


def settings_footnote_pr(settings: etree._Element) -> None:
    """Point the settings at the separator footnotes, as Word itself does."""
    pr = sub(settings, "footnotePr")
    sub(pr, "footnote", id="-1")
    sub(pr, "footnote", id="0")
