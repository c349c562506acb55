"""The real UNFCCC negotiating text (tests/corpus/real/) as a Concord document, for benchmarks.

`parse()` cuts a corpus file into sections as its README describes the format: one section per
block (blank-line separated), `#` blocks are headings (the title too), the comment on top is
not a section, and each footnote definition (after the closing `---`) is appended to the
sections that reference it, since Concord renders every section on its own. The 10 November 2015
text is 634 sections (601 paragraphs, 33 headings).

`load()` writes the 10 November text as Rev.1, then the real edits of the 4 December text as new
versions: the two texts' blocks are aligned (difflib over the block texts), and a 10 November
block replaced by a 4 December block of the same kind gets that text as its next version.
Sections added or dropped in between are left as they were (a benchmark needs many real edits,
not a faithful history).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from sqlmodel import Session

from concord.drafting import revisions
from concord.drafting import service as drafting
from concord.drafting.models import DocumentKind, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity.access import Viewer
from tests.bench.corpus import Loaded, Part

REAL = Path(__file__).resolve().parents[1] / "corpus" / "real"
UNFCCC_NOVEMBER = REAL / "unfccc-adp-2015-11-10-draft-agreement-and-decision.md"
UNFCCC_DECEMBER = REAL / "unfccc-adp-2015-12-04-draft-agreement-and-decision.md"
UNFCCC_TITLE = "UNFCCC ADP draft agreement and decision (10 Nov 2015)"

_COMMENT = re.compile(r"\A\s*<!--.*?-->\s*", re.DOTALL)
_DEFINITION = re.compile(r"^\[\^([^\]]+)\]:")
_REFERENCE = re.compile(r"\[\^([^\]]+)\](?!:)")


def parse(path: Path) -> list[Part]:
    body = _COMMENT.sub("", path.read_text(encoding="utf-8"))
    blocks = [b.strip() for b in re.split(r"\n\s*\n", body) if b.strip()]
    notes: dict[str, str] = {}
    parts: list[Part] = []
    for block in blocks:
        definition = _DEFINITION.match(block)
        if definition:
            notes[definition.group(1)] = block
        elif block == "---":
            continue
        elif block.startswith("#"):
            text = block.lstrip("#").strip() or "(untitled)"
            parts.append(Part(SectionKind.heading, text, level=1))
        else:
            parts.append(Part(SectionKind.paragraph, block))
    out: list[Part] = []
    for part in parts:
        cited = dict.fromkeys(_REFERENCE.findall(part.text))
        definitions = [notes[label] for label in cited if label in notes]
        text = "\n\n".join([part.text, *definitions]) if definitions else part.text
        out.append(Part(part.kind, text, part.level))
    return out


@dataclass(frozen=True)
class RealLoaded(Loaded):
    sections: int
    paragraphs: int


def edits(before: list[Part], after: list[Part]) -> dict[int, str]:
    """Index in `before` -> new text, for blocks replaced one by one by a block of the same kind."""
    found: dict[int, str] = {}
    matcher = SequenceMatcher(
        None, [p.text for p in before], [p.text for p in after], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        for i, j in zip(range(i1, i2), range(j1, j2), strict=False):
            if before[i].kind == after[j].kind and before[i].text != after[j].text:
                found[i] = after[j].text
    return found


def load(session: Session, viewer: Viewer, *, title: str = UNFCCC_TITLE) -> RealLoaded:
    """The 10 November text as Rev.1, then the 4 December edits as current versions."""
    before, after = parse(UNFCCC_NOVEMBER), parse(UNFCCC_DECEMBER)
    document = drafting.create_document(
        session, viewer, DocumentCreate(title=title, kind=DocumentKind.statement)
    )
    section_ids: list[int] = []
    for part in before:
        section, _ = drafting.create_section(
            session,
            viewer,
            document,
            SectionCreate(text=part.text, kind=part.kind, level=part.level),
            append=True,
        )
        assert section.id is not None
        section_ids.append(section.id)
    revisions.create_revision(session, viewer, document)
    changed = edits(before, after)
    for index, text in changed.items():
        drafting.save_version(session, viewer, section_ids[index], text, 1)
    assert document.id is not None
    return RealLoaded(
        document_id=document.id,
        section_ids=section_ids,
        edited=len(changed),
        sections=len(before),
        paragraphs=sum(p.kind == SectionKind.paragraph for p in before),
    )
