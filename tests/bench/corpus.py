"""A deterministic G7-size communiqué, its next revision, and a loader into Concord.

`communique()` gives ~150 numbered paragraphs under a dozen headings, ~20,000 words, with some
Arabic and Hebrew paragraphs and some [bracketed] language; `next_revision()` edits 10 % of the
paragraphs (a few words each); `load()` writes both through Concord's drafting services as a
document with Rev.1 and Rev.2. Same seed, same text, on every machine.
"""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from concord.core.db import make_engine
from concord.core.migrate import upgrade
from concord.drafting import revisions
from concord.drafting import service as drafting
from concord.drafting.models import DocumentKind, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity.access import Viewer
from tests.db import fresh_database_url

PARAGRAPHS = 150
HEADINGS = 12
TARGET_WORDS = 20_000
SEED = 7


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_EN = _words(
    "we the leaders of the group of seven reaffirm our commitment to a rules based "
    "international order and to the charter of the united nations recognising that "
    "sustainable peace requires inclusive dialogue civil society organisations women and "
    "youth must take part in every stage of negotiation reconstruction and reconciliation "
    "humanitarian access shall be ensured without delay protection of civilians remains "
    "paramount we support the secretariat in convening regular consultations with partners "
    "across the region financing for development climate resilience food security and "
    "public health are inseparable from security and stability we welcome the work of "
    "regional organisations and call upon all parties to refrain from unilateral measures "
    "that undermine trust accountability for violations of international humanitarian law "
    "is essential education and economic opportunity build lasting foundations"
)
_AR = _words(
    "نحن قادة الدول نؤكد التزامنا بالسلام العادل والشامل ونرحب بدور منظمات المجتمع المدني "
    "في الحوار والمصالحة ونشدد على حماية المدنيين وضمان وصول المساعدات الإنسانية دون عوائق "
    "وندعو جميع الأطراف إلى احترام القانون الدولي الإنساني وتعزيز الثقة والتعاون الإقليمي"
)
_HE = _words(
    "אנו מנהיגי המדינות מאשרים את מחויבותנו לשלום צודק ובר קיימא ומברכים על תפקידם של "
    "ארגוני החברה האזרחית בדיאלוג ובפיוס ומדגישים את ההגנה על אזרחים ואת הגישה ההומניטרית "
    "וקוראים לכל הצדדים לכבד את המשפט הבינלאומי ולחזק את האמון ואת שיתוף הפעולה האזורי"
)
_ALTERNATIVES = (
    ("shall", "should"),
    ("reaffirm", "recall"),
    ("urge", "call upon"),
    ("all parties", "the parties concerned"),
    ("without delay", "as soon as possible"),
)
_HEADING_TITLES = (
    "Peace and Security",
    "Humanitarian Situation",
    "Civil Society and Inclusion",
    "Regional Cooperation",
    "Economic Recovery",
    "Climate and Energy",
    "Food Security",
    "Global Health",
    "Accountability and Justice",
    "Education and Youth",
    "Women, Peace and Security",
    "Way Forward",
)


@dataclass(frozen=True)
class Part:
    kind: SectionKind
    text: str
    level: int | None = None


def _sentence(rng: random.Random, words: tuple[str, ...] | list[str], length: int) -> str:
    chosen = [rng.choice(words) for _ in range(length)]
    chosen[0] = chosen[0].capitalize()
    return " ".join(chosen) + "."


def _paragraph(rng: random.Random, index: int, words_wanted: int) -> str:
    if index % 17 == 5:
        vocabulary: tuple[str, ...] | list[str] = _AR
    elif index % 23 == 11:
        vocabulary = _HE
    else:
        vocabulary = _EN
    sentences: list[str] = []
    count = 0
    while count < words_wanted:
        length = min(rng.randint(14, 32), max(4, words_wanted - count))
        sentences.append(_sentence(rng, vocabulary, length))
        count += length
    text = " ".join(sentences)
    if vocabulary is _EN and index % 5 == 2:
        # Language not yet agreed: alternatives side by side, or a bracketed clause.
        first, second = rng.choice(_ALTERNATIVES)
        text = f"{text} We [{first}][{second}] act on this commitment."
    elif vocabulary is _EN and index % 7 == 3:
        text = f"{text} [{_sentence(rng, _EN, 8)[:-1]}]."
    return text


def communique(seed: int = SEED) -> list[Part]:
    """~150 paragraphs and 12 headings, ~20,000 words in all."""
    rng = random.Random(seed)
    per_paragraph = TARGET_WORDS // PARAGRAPHS
    parts: list[Part] = []
    every = PARAGRAPHS // HEADINGS
    for index in range(PARAGRAPHS):
        if index % every == 0 and index // every < HEADINGS:
            parts.append(Part(SectionKind.heading, _HEADING_TITLES[index // every], level=2))
        words = rng.randint(per_paragraph - 60, per_paragraph + 60)
        parts.append(Part(SectionKind.paragraph, _paragraph(rng, index, words)))
    return parts


def next_revision(parts: list[Part], *, share: float = 0.10, seed: int = SEED + 1) -> list[Part]:
    """The same text with `share` of the paragraphs edited: a few words changed in each."""
    rng = random.Random(seed)
    paragraphs = [i for i, p in enumerate(parts) if p.kind == SectionKind.paragraph]
    edited = set(rng.sample(paragraphs, round(len(paragraphs) * share)))
    out: list[Part] = []
    for i, part in enumerate(parts):
        if i not in edited:
            out.append(part)
            continue
        words = part.text.split(" ")
        for _ in range(rng.randint(2, 5)):
            at = rng.randrange(len(words))
            words[at] = rng.choice(("strengthen", "promptly", "collectively", "[fully]", "urge"))
        out.append(Part(part.kind, " ".join(words), part.level))
    return out


def word_count(parts: list[Part]) -> int:
    return sum(len(p.text.split()) for p in parts)


@dataclass(frozen=True)
class Loaded:
    document_id: int
    section_ids: list[int]
    edited: int


def load(
    session: Session,
    viewer: Viewer,
    parts: list[Part] | None = None,
    *,
    revise: bool = True,
    title: str = "G7 Leaders' Communiqué",
) -> Loaded:
    """Write the communiqué as a document with Rev.1, then (with `revise`) the next revision's
    edits as new versions and Rev.2. Runs in the caller's transaction."""
    parts = parts if parts is not None else communique()
    document = drafting.create_document(
        session, viewer, DocumentCreate(title=title, kind=DocumentKind.communique)
    )
    section_ids: list[int] = []
    for part in parts:
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
    edited = 0
    if revise:
        for section_id, before, after in zip(section_ids, parts, next_revision(parts), strict=True):
            if after.text != before.text:
                drafting.save_version(session, viewer, section_id, after.text, 1)
                edited += 1
        revisions.create_revision(session, viewer, document)
    assert document.id is not None
    return Loaded(document_id=document.id, section_ids=section_ids, edited=edited)


# --- databases for benchmarks -------------------------------------------------------------------


def bench_backend() -> str:
    """`CONCORD_BENCH_DB=sqlite|postgres` (default sqlite) picks the benchmark database."""
    name = os.environ.get("CONCORD_BENCH_DB", "sqlite")
    if name not in ("sqlite", "postgres"):
        raise SystemExit(f"CONCORD_BENCH_DB must be sqlite or postgres, not {name!r}")
    return name


@contextmanager
def bench_database(backend: str | None = None) -> Iterator[str]:
    """A fresh, migrated database (tests/db.py) on the given backend; its URL. Dropped after."""
    previous = os.environ.get("CONCORD_TEST_DB")
    os.environ["CONCORD_TEST_DB"] = backend or bench_backend()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="concord-bench-") as folder,
            fresh_database_url(Path(folder)) as url,
        ):
            engine = make_engine(url)
            try:
                upgrade(engine)
            finally:
                engine.dispose()
            yield url
    finally:
        if previous is None:
            os.environ.pop("CONCORD_TEST_DB", None)
        else:
            os.environ["CONCORD_TEST_DB"] = previous
