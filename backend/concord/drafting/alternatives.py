"""Alternatives and options in a paragraph, and the chair's decisions that close them.

Negotiators carry choices in two forms: adjacent bracketed groups (`[shall][should]`,
`[A] [B] [C]`: only spaces between them) and option lines (`Option 1: …`, `Alt 2: …`, one per
line inside the paragraph). Each decision is a pure function of the text; the service saves the
result as a new version through the ordinary save path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.drafting import policy, service, spans
from concord.drafting.errors import BracketsNotFound, SpanChanged, SpanVersionsMissing
from concord.drafting.models import Section, Version
from concord.drafting.schemas import BracketDecision
from concord.identity.access import Viewer

_OPTION = re.compile(
    r"^[ \t]*(?:[-*][ \t]+|\[?\d+(?:bis|ter)?\.[ \t]+)?"  # a bullet or a paragraph number
    r"(?P<label>(?:Option|Alt\.?|Alternative)[ \t]*(?:\d+|[A-Z])(?:[ \t]*bis)?)"
    r"[ \t]*[:.][ \t]*(?P<text>.*)$",
    re.MULTILINE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Alternatives:
    """Adjacent bracketed groups: `start`..`end` covers them all, `choices` are their texts."""

    start: int
    end: int
    spans: tuple[tuple[int, int], ...]

    def choices(self, text: str) -> list[str]:
        return [text[s + 1 : e - 1] for s, e in self.spans]


@dataclass(frozen=True)
class Options:
    """Option lines of one paragraph, in order: (label, text, label's offset, line end)."""

    lines: tuple[tuple[str, str, int, int], ...]


def alternatives(text: str) -> list[Alternatives]:
    """Runs of two or more outermost bracket spans with nothing but spaces between them."""
    found: list[Alternatives] = []
    run: list[tuple[int, int]] = []
    for span in spans.report(text).spans:
        if (
            run
            and text[run[-1][1] : span[0]].strip(" \t") == ""
            and "\n" not in text[run[-1][1] : span[0]]
        ):
            run.append(span)
            continue
        if len(run) > 1:
            found.append(Alternatives(run[0][0], run[-1][1], tuple(run)))
        run = [span]
    if len(run) > 1:
        found.append(Alternatives(run[0][0], run[-1][1], tuple(run)))
    return found


def options(text: str) -> Options | None:
    """A paragraph's option lines, when it has at least two."""
    lines = tuple(
        (m.group("label"), m.group("text"), m.start("label"), m.end())
        for m in _OPTION.finditer(text)
    )
    return Options(lines) if len(lines) > 1 else None


class NoSuchChoice(LookupError):
    """The text has no such alternative, option or span (it changed, or the index is wrong)."""


def resolve_alternative(text: str, index: int, choice: int) -> str:
    """Keep one alternative of group `index`: the others and all their brackets go."""
    groups = alternatives(text)
    if not 0 <= index < len(groups) or not 0 <= choice < len(groups[index].spans):
        raise NoSuchChoice
    group = groups[index]
    return text[: group.start] + group.choices(text)[choice] + text[group.end :]


def resolve_option(text: str, choice: int) -> str:
    """Keep one option's text in place of the option lines (its label goes too)."""
    found = options(text)
    if found is None or not 0 <= choice < len(found.lines):
        raise NoSuchChoice
    first, last = found.lines[0], found.lines[-1]
    kept = found.lines[choice][1].strip()
    return text[: first[2]] + kept + text[last[3] :]


def _span_at(text: str, start: int) -> tuple[int, int]:
    for pair in spans.report(text).pairs:
        if pair[0] == start:
            return pair
    raise NoSuchChoice


def clean_span(text: str, start: int) -> str:
    """Agreed: remove the brackets of the span opening at `start`, keep its words."""
    s, e = _span_at(text, start)
    return text[:s] + text[s + 1 : e - 1] + text[e:]


def delete_span(text: str, start: int) -> str:
    """Dropped: remove the span opening at `start` with its words (and one space beside it)."""
    s, e = _span_at(text, start)
    before, after = text[:s], text[e:]
    if before.endswith(" ") and (after[:1] in (" ", "") or after[:1] in ",.;:"):
        before = before[:-1]
    return before + after


def _apply(text: str, decision: BracketDecision) -> str:
    try:
        if decision.action == "resolve_alternative":
            assert decision.group is not None and decision.choice is not None
            return resolve_alternative(text, decision.group, decision.choice)
        if decision.action == "resolve_option":
            assert decision.choice is not None
            return resolve_option(text, decision.choice)
        assert decision.start is not None
        if decision.action == "clean":
            return clean_span(text, decision.start)
        return delete_span(text, decision.start)
    except NoSuchChoice:
        raise BracketsNotFound(
            f"Version {decision.base_version} has no such "
            + ("option." if decision.action == "resolve_option" else "alternative or span."),
            details={"action": decision.action, "base_version": decision.base_version},
        ) from None


def decide(
    session: Session, viewer: Viewer, section_id: int, decision: BracketDecision
) -> tuple[Version, bool]:
    """The chair's decision on brackets: computed on the base version's text, saved through the
    ordinary save path (merge, conflict, staleness, audit of the version), and recorded with who
    decided what and why. The chair or the secretariat only."""
    section = service.get_section(session, section_id)
    document = service.get_document(session, section.document_id)
    service.readable_section(session, viewer, section, document)
    policy.require_pen(viewer, document)
    base = service.get_version(session, section, decision.base_version)
    across: dict[str, object] = {}
    if decision.action in ("clean", "delete") and decision.start in spans.report(base.text).openers:
        version, created, across = _across(session, viewer, section, base, decision)
    else:
        text = _apply(base.text, decision)
        version, created = service.save_version(
            session, viewer, section_id, text, decision.base_version
        )
    audit.log(
        session,
        Action.BRACKETS_RESOLVE,
        "section",
        section_id,
        {
            "action": decision.action,
            "base_version": decision.base_version,
            "version": version.number,
            "group": decision.group,
            "choice": decision.choice,
            "start": decision.start,
            "reason": decision.reason,
            "closes_in": across.get("closes_in"),
            "retired": across.get("retired"),
        },
    )
    return version, created


def _across(
    session: Session, viewer: Viewer, section: Section, base: Version, decision: BracketDecision
) -> tuple[Version, bool, dict[str, object]]:
    """Clean or delete a span that opens in this section and closes in a later one, in the one
    transaction: a conflict on any section refuses the whole decision. Offsets are those of the
    current texts, so the base must be the opening section's current version, and `through`
    (required to delete) the versions of the later sections as the chair saw them.

    Cleaning saves the opening and closing sections without their bracket. Deleting saves them
    without the span's part of their text, and retires the sections wholly inside it (and the
    opening or closing section when nothing of it is left): retiring keeps every version."""
    # The document's row lock: no section is added, moved or retired under the decision.
    document = service.get_document(session, section.document_id, lock=True)
    rows = service.live_sections(session, section.document_id)
    index = next((i for i, (s, _) in enumerate(rows) if s.id == section.id), None)
    span: spans.Span | None = None
    if index is not None:
        found = spans.match_texts([v.text for _, v in rows])
        span = next((s for s in found.crossing if s.start == (index, decision.start)), None)
    if span is None or rows[span.start[0]][1].number != base.number:
        raise BracketsNotFound(
            f"Version {decision.base_version} has no span opening there that closes in a "
            "later paragraph of the current text.",
            details={"action": decision.action, "base_version": decision.base_version},
        )
    first, last = span.start[0], span.end[0]
    covered = rows[first + 1 : last + 1]
    _check_through(decision, covered)
    start, end = span.start[1], span.end[1]
    closing, closing_version = rows[last]
    other = closing_version.text
    if decision.action == "clean":
        opening_text = base.text[:start] + base.text[start + 1 :]
        closing_text = other[:end] + other[end + 1 :]
        retire: list[Section] = []
    else:
        opening_text = base.text[:start].rstrip()
        closing_text = other[end + 1 :].lstrip()
        retire = [s for s, _ in rows[first + 1 : last]]
    out: dict[str, object] = {}
    if opening_text:
        version, created = service.save_version(
            session, viewer, section.id or 0, opening_text, base.number
        )
    else:
        version, created = base, True
        retire.insert(0, section)
    if closing_text:
        closed, _ = service.save_version(
            session, viewer, closing.id or 0, closing_text, closing_version.number
        )
        out["closes_in"] = {"section_id": closing.id or 0, "version": closed.number}
    else:
        retire.append(closing)
    for gone in retire:
        service.retire_section(session, viewer, document, gone)
    if decision.action == "delete":
        out["retired"] = [s.id for s in retire]
    return version, created, out


def _check_through(decision: BracketDecision, covered: list[tuple[Section, Version]]) -> None:
    """The later sections the span covers must be those the chair saw, at those versions."""
    if decision.through is None:
        if decision.action == "delete":
            raise SpanVersionsMissing(
                "Deleting a span over several paragraphs needs the versions of the paragraphs "
                "it covers (`through`).",
                details={"field": "through"},
            )
        return
    seen = [(s.section_id, s.version) for s in decision.through]
    now = [(s.id or 0, v.number) for s, v in covered]
    if seen != now:
        raise SpanChanged(
            "The paragraphs the span covers changed since you saw them: reload and decide again.",
            details={"through": [{"section_id": i, "version": n} for i, n in now]},
        )
