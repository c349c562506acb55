"""Canonical Markdown of an export: what a script diffs, archives or feeds to another tool.

Paragraphs carry their number (`**17.**`), headings sit one level below the title, Markdown
footnotes of every section are renamed so that they stay apart in one file, and each
delegation's statement becomes a footnote naming it. The bracketed variant shows each
paragraph's status and an annex with the approval matrix; the redline shows the changes as
CriticMarkup (`{++added++}`, `{--removed--}`, `{~~old~>new~~}`) with a comment naming who made
them. CriticMarkup cannot span paragraphs, so a mark never spans a line, and a block marker that
starts a line (list item, quote, heading) stays outside the mark so the line keeps its block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from concord.drafting.diff import DELETE, EQUAL, INSERT, changes, word_diff
from concord.export.content import (
    CommitmentsAnnex,
    ExportDocument,
    ExportSection,
    Position,
    Statement,
    Step,
    long_date,
)
from concord.export.docx.body import holder_note

# A definition starts a line: `[^label]: text`; it goes on over indented or blank lines.
_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]?(.*)$")
_REFERENCE = re.compile(r"\[\^([^\]\s]+)\]")
# A first line that opens a block (heading, quote, list, table, code) cannot take a number.
_BLOCK_START = re.compile(
    r"^(?:#{1,6}(?:\s|$)|>|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|\||```|~~~| {4}|\t)"
)
_ESCAPE = re.compile(r"([\\`*_\[\]<>|~#])")
# What opens a block at the start of a line: indentation, list markers, quotes, a heading.
_LINE_START = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?|#{1,6}[ \t]+)*")


@dataclass(frozen=True)
class Parts:
    """A section's Markdown split into its body and its footnote definitions (label, text)."""

    body: str
    notes: tuple[tuple[str, str], ...]


def split_notes(text: str) -> Parts:
    body: list[str] = []
    notes: list[tuple[str, list[str]]] = []
    inside = False
    for line in text.split("\n"):
        match = _DEFINITION.match(line)
        if match:
            notes.append((match.group(1), [match.group(2)]))
            inside = True
        elif inside and (not line.strip() or line.startswith(("    ", "\t"))):
            notes[-1][1].append(line.strip())
        else:
            inside = False
            body.append(line)
    return Parts(
        "\n".join(body).strip("\n"),
        tuple((label, "\n".join(lines).strip()) for label, lines in notes),
    )


def note_label(section_id: int, label: str) -> str:
    return f"s{section_id}-{label}"


def rename_references(body: str, section_id: int, labels: Iterable[str]) -> str:
    known = set(labels)

    def rename(match: re.Match[str]) -> str:
        label = match.group(1)
        return f"[^{note_label(section_id, label)}]" if label in known else match.group(0)

    return _REFERENCE.sub(rename, body)


def escape(text: str) -> str:
    """Plain text (titles, names) as Markdown that shows exactly that text."""
    return _ESCAPE.sub(r"\\\1", " ".join(text.split()))


def with_holders(section: ExportSection, label: str = "h") -> str:
    """The section's text with a footnote on each held bracket naming its holders (those the
    reader may know of: the export put only those in `section.holders`), placed right after
    the bracket's `]` as the Word copy places its footnotes; definitions at the end."""
    text = section.text
    if not section.holders:
        return text
    wanted = dict(section.holders)
    out: list[str] = []
    notes: list[str] = []
    seen = 0
    last = 0
    for index, ch in enumerate(text):
        if ch != "]":
            continue
        seen += 1
        if seen in wanted:
            name = f"{label}{section.section_id}-{len(notes) + 1}"
            out.append(text[last : index + 1] + f"[^{name}]")
            last = index + 1
            notes.append(f"[^{name}]: {escape(holder_note(wanted[seen]))}")
    out.append(text[last:])
    return "".join(out) + "\n\n" + "\n\n".join(notes)


def title_lines(doc: ExportDocument) -> list[str]:
    """Place and date, revision (and comparison), status; then what the text is: "Draft",
    "Rev.N — circulated <date>", "Withdrawn" or the adoption's manifest hash."""
    where = ", ".join(p for p in (doc.place, long_date(doc.date)) if p)
    revision = doc.revision_label
    if doc.compare_label:
        revision = f"{doc.compare_label} → {revision}"
    lines = [f"{where} · {revision} · {doc.status.capitalize()}"]
    lines.append(doc.standing)
    if doc.language_note:
        lines.append(doc.language_note)
    return lines


def decision_word(position: Position | None) -> str:
    if position is None:
        return "—"
    word = position.decision.replace("_", " ")
    return word if position.current else f"{word} (stale)"


def statement_note(statement: Statement) -> str:
    return f"{statement.delegation} ({statement.decision.replace('_', ' ')}): {statement.text}"


def authors(steps: Iterable[Step]) -> list[str]:
    """Each author once, in the order of their first change."""
    return list(dict.fromkeys(s.author for s in steps))


# --- writing ----------------------------------------------------------------------------------


def _indent(text: str) -> str:
    return "\n    ".join(text.split("\n"))


def _critic_paragraphs(old: str, new: str) -> str:
    """Paragraphs (blank-line separated) aligned first, identical ones kept, the others paired
    in order with one of the same kind (text, list, quote, heading) and diffed word by word;
    the rest whole additions or removals. So a paragraph break is never inside a change, and
    accepting the marks gives the newer paragraphs."""
    before = re.split(r"\n[ \t]*\n+", old.strip("\n"))
    after = re.split(r"\n[ \t]*\n+", new.strip("\n"))
    out: list[str] = []
    position = 0
    for change in changes(before, after):
        out.extend(before[position : change.start])
        gap = before[change.start : change.end]
        next_old = 0
        for paragraph in change.tokens:
            kind = _kind(paragraph)
            match = next((i for i in range(next_old, len(gap)) if _kind(gap[i]) == kind), None)
            if match is None:
                out.append(_mark("++", paragraph, True))
                continue
            out.extend(_mark("--", gap[i], True) for i in range(next_old, match))
            out.append(_critic(gap[match], paragraph))
            next_old = match + 1
        out.extend(_mark("--", gap[i], True) for i in range(next_old, len(gap)))
        position = change.end
    out.extend(before[position:])
    return "\n\n".join(out)


def _kind(paragraph: str) -> str:
    return re.sub(r"\d+", "1", _prefix(paragraph)).replace(" ", "").replace("\t", "")


def _critic(old: str, new: str) -> str:
    out: list[str] = []
    ops = word_diff(old, new)
    index = 0
    while index < len(ops):
        op, text = ops[index]
        following = ops[index + 1] if index + 1 < len(ops) else None
        line_start = not out or out[-1].endswith("\n")
        if op == DELETE and following is not None and following[0] == INSERT:
            both = (text, following[1])
            if not any("\n" in t or (line_start and _prefix(t)) for t in both):
                out.append(f"{{~~{text}~>{following[1]}~~}}")
                index += 2
                continue
        if op == EQUAL:
            out.append(text)
        else:
            out.append(_mark("--" if op == DELETE else "++", text, line_start))
        index += 1
    return "".join(out)


def _prefix(line: str) -> str:
    match = _LINE_START.match(line)
    return match.group(0) if match else ""


def _mark(sign: str, text: str, line_start: bool) -> str:
    """`{++text++}` or `{--text--}`, one mark per line, block markers left outside."""
    out: list[str] = []
    for index, line in enumerate(text.split("\n")):
        if index:
            out.append("\n")
        prefix = _prefix(line) if index or line_start else ""
        content = line[len(prefix) :]
        out.append(prefix)
        if content:
            out.append(f"{{{sign}{content}{sign}}}")
    return "".join(out)


def _old_body(section: ExportSection) -> str:
    parts = split_notes(section.old_text or "")
    return rename_references(parts.body, section.section_id, [label for label, _ in parts.notes])


def moved_note(section: ExportSection) -> str:
    """Where a moved paragraph went, or came from, and who moved it."""
    old, new = section.old_number, section.number
    by = f" by {section.move.author}" if section.move is not None else ""
    if section.moved == "from":
        return f"Moved to para. {new}{by}" if new is not None else f"Moved{by}"
    return f"Moved from para. {old}{by}" if old is not None else f"Moved{by}"


def _redline_body(section: ExportSection, body: str) -> str:
    if section.moved == "from":
        gone = _mark("--", _old_body(section), True)
        return f"{gone}{{>>{moved_note(section)}<<}}"
    marked = _changes(section, body)
    if section.moved == "to":
        marked += f"{{>>{moved_note(section)}<<}}"
    return marked


def _changes(section: ExportSection, body: str) -> str:
    if section.removed is not None:
        gone = _mark("--", _old_body(section), True)
        return f"{gone}{{>>Removed by {section.removed.author}<<}}"
    if section.old_text is None:
        marked, what = _mark("++", body, True), "Added"
    else:
        old = _old_body(section)
        if old == body:
            return body
        marked, what = _critic_paragraphs(old, body), "Changed"
    names = authors(section.steps)
    if names:
        marked += f"{{>>{what} by {'; '.join(names)}<<}}"
    return marked


def _number(section: ExportSection, body: str, status: str | None, redline: bool) -> str:
    # As the Word redline: the newer number, the older one deleted where a paragraph was
    # removed or renumbered.
    old, new = section.redline_numbers() if redline else (section.number, section.number)
    if new is None and old is None:
        return body
    if old is None or old == new:
        prefix = f"**{new}.**"
    elif new is None:
        prefix = f"{{--**{old}.**--}}"
    else:
        prefix = f"{{~~**{old}.**~>**{new}.**~~}}"
    if status:
        prefix += f" _({status})_"
    if _BLOCK_START.match(body) or not body:
        return f"{prefix}\n\n{body}"
    return f"{prefix} {body}"


def _section(doc: ExportDocument, section: ExportSection, notes: list[str]) -> str:
    parts = split_notes(with_holders(section))
    labels = [label for label, _ in parts.notes]
    body = rename_references(parts.body, section.section_id, labels)
    # A moved section's older place shares its notes' labels with its newer place, which
    # defines them.
    for label, text in parts.notes if section.moved != "from" else ():
        notes.append(f"[^{note_label(section.section_id, label)}]: {_indent(text)}")
    if doc.variant == "redline":
        body = _redline_body(section, body)
    for index, statement in enumerate(section.statements, start=1):
        label = f"r{section.section_id}-{index}"
        body += f"[^{label}]"
        notes.append(f"[^{label}]: {_indent(statement_note(statement))}")
    if section.kind == "heading":
        level = min((section.level or 1) + 1, 6)
        return f"{'#' * level} {' '.join(body.split())}"
    status = str(section.status) if section.status is not None else None
    return _number(section, body, status, doc.variant == "redline")


def _annex(doc: ExportDocument) -> list[str]:
    if not doc.parties:
        return []
    head = "| Para. | " + " | ".join(escape(p) for p in doc.parties) + " |"
    rule = "|---|" + "---|" * len(doc.parties)
    rows = [
        f"| {s.number} | "
        + " | ".join(decision_word(p) for p in s.positions)
        + (" |" if s.positions else "|")
        for s in doc.sections
        if s.kind == "paragraph" and s.number is not None
    ]
    return ["## Annex: positions of the parties", "\n".join([head, rule, *rows])]


def commitments_markdown(annex: CommitmentsAnnex | None) -> list[str]:
    """The annex of commitments: one table, a project's title and partners on its first row."""
    if annex is None:
        return []
    head = "| " + " | ".join(escape(label) for label in annex.labels) + " |"
    rule = "|---|---|--:|---|---|"
    rows: list[str] = []
    for project in annex.projects:
        about = f"**{escape(project.title)}**"
        if project.partners:
            about += f"<br>{escape(project.partners)}"
        for index, pledge in enumerate(project.pledges):
            cells = (
                about if index == 0 else "",
                escape(pledge.pledgers),
                f"{pledge.currency} {pledge.amount}",
                escape(pledge.kind),
                pledge.period,
            )
            rows.append("| " + " | ".join(cells) + " |")
    for currency, amount in annex.totals:
        rows.append(f"| **{escape(annex.total_label)}** | | **{currency} {amount}** | | |")
    return [f"## {escape(annex.heading)}", escape(annex.note), "\n".join([head, rule, *rows])]


def to_markdown(doc: ExportDocument) -> str:
    notes: list[str] = []
    blocks = [f"# {escape(doc.title)}", "  \n".join(escape(line) for line in title_lines(doc))]
    blocks.extend(_section(doc, section, notes) for section in doc.sections)
    if doc.variant == "bracketed":
        blocks.extend(_annex(doc))
    blocks.extend(commitments_markdown(doc.commitments))
    blocks.extend(notes)
    return "\n\n".join(blocks) + "\n"
