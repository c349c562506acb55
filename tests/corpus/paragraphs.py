"""Every paragraph of the real texts and of the demo as sections hold them; the canonical fixture.

A section holds one block of the source and the definitions of the footnotes it cites, as an
import would store it. `python -m tests.corpus.paragraphs` writes tests/corpus/canonical.json:
each paragraph with its canonical spelling as the server writes it (null: already canonical);
the web app's tests check that the editor writes the same (editor/markdown.test.ts).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from concord.demo import SECTIONS
from concord.drafting.canonical import canonical

REAL = Path(__file__).parent / "real"
FIXTURE = Path(__file__).parent / "canonical.json"
_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:")
_REFERENCE = re.compile(r"\[\^([^\]\s]+)\]")


def real_paragraphs() -> list[tuple[str, str]]:
    """(file name, section text) for every block of every real text, footnotes attached."""
    out: list[tuple[str, str]] = []
    for path in sorted(REAL.glob("*.md")):
        if path.name == "README.md":
            continue
        body = re.sub(r"\A<!--.*?-->\s*", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
        blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", body) if b.strip()]
        notes = {m.group(1): b for b in blocks if (m := _DEFINITION.match(b))}
        for block in blocks:
            if _DEFINITION.match(block):
                continue
            cited = dict.fromkeys(_REFERENCE.findall(block))
            text = "\n\n".join([block, *(notes[label] for label in cited if label in notes)])
            out.append((path.name, text))
    return out


def demo_paragraphs() -> list[tuple[str, str]]:
    return [("demo.py", text) for _, text in SECTIONS]


# Pieces of the supported subset and of what Markdown gives a meaning to, for generated texts.
PIECES = (
    "*a*",
    "_b_",
    "**c**",
    "__d__",
    "[e](http://x.org)",
    '[f](<a b> "t")',
    "[^1]",
    "\n",
    "\n\n",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "3) ",
    "# ",
    "## ",
    "> ",
    "| x | y |\n|:--|--:|\n| 1 | `2` |",
    "\\",
    "[",
    "]",
    "(",
    ")",
    "`c`",
    "  \n",
    "\\\n",
    "word",
    "[shall]",
    "[[may]]",
    "NDMC*",
    "&amp;",
    "&copy;",
    "***",
    "___",
    "```\ncode\n```",
    "\t",
    "الدول",
    "זכויות",
    "<http://a.b>",
    "<b>",
    "1bis.",
    "(a)",
    "!",
)


def generated(count: int = 600, seed: int = 12) -> list[tuple[str, str]]:
    """Texts made of the pieces, apart (see docs/markdown.md for what has no spelling), seeded."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = [rng.choice(PIECES) for _ in range(rng.randint(1, 12))]
        texts.append(("generated", " ".join(parts) + "\n\n[^1]: Note."))
    return texts


def fixture() -> list[dict[str, str | None]]:
    """Each paragraph with its canonical spelling (None where the text is already canonical)."""
    out: list[dict[str, str | None]] = []
    for source, text in real_paragraphs() + demo_paragraphs() + generated():
        spelled = canonical(text)
        out.append(
            {"source": source, "text": text, "canonical": None if spelled == text else spelled}
        )
    return out


if __name__ == "__main__":
    FIXTURE.write_text(json.dumps(fixture(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {FIXTURE}")
