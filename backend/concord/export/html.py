"""A standalone, printable HTML page of an export: one file, no scripts, nothing fetched.

Safety: section texts go through the app's safe Markdown renderer (no raw HTML, only http(s)
and mailto links); every other string is escaped here; a strict Content-Security-Policy forbids
scripts, frames, forms and any remote resource (an image from elsewhere would tell its server
who opened a confidential draft). Each paragraph carries its own `dir` (and `lang` for Arabic
and Hebrew), so mixed documents read and print right; numbers sit at the paragraph's start
side. The redline shows word changes as `<ins>`/`<del>` over the Markdown source.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape

from concord.core.text import direction
from concord.drafting.diff import DELETE, EQUAL, word_diff
from concord.drafting.render import render_html
from concord.export.content import ExportDocument, ExportSection
from concord.export.markdown import (
    authors,
    decision_word,
    rename_references,
    split_notes,
    title_lines,
)

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
STYLE = """
@page { size: A4; margin: 2.2cm 2cm; }
body { font-family: "Times New Roman", "Noto Serif", "Noto Naskh Arabic", "Noto Serif Hebrew",
  serif; font-size: 12pt; line-height: 1.45; max-width: 46em; margin: 2em auto; color: #111; }
header.title { text-align: center; margin-bottom: 2em; }
header.title h1 { font-size: 1.5em; margin: 0 0 .4em; }
.meta { color: #333; }
.draft { display: inline-block; margin-top: .6em; padding: .15em .6em; border: 1px solid #a00;
  color: #a00; font-weight: bold; }
.adopted { font-family: monospace; font-size: .85em; word-break: break-all; }
.para { display: flex; gap: .8em; margin: 0 0 .9em; break-inside: avoid; }
.para .num { flex: 0 0 2.2em; font-weight: bold; text-align: end; }
.para .body { flex: 1 1 auto; min-width: 0; }
.para .body > p:first-child { margin-top: 0; }
.status { font-size: .8em; padding: .05em .45em; border-radius: .3em; border: 1px solid; }
.status.agreed { color: #185c1e; } .status.pending { color: #7a5a00; }
.status.objected { color: #a00; }
.bracket { background: #fff3b0; }
.notes, .statements, .footnotes { font-size: .85em; color: #333; }
hr.footnotes-sep { border: 0; border-top: 1px solid #ccc; width: 30%; margin-inline-start: 0; }
.diff { white-space: pre-wrap; }
ins { color: #0a5d0a; text-decoration: underline; }
del { color: #a00; text-decoration: line-through; }
.by { font-size: .8em; color: #555; }
table.annex { border-collapse: collapse; font-size: .85em; }
table.annex th, table.annex td { border: 1px solid #999; padding: .2em .5em; text-align: start; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""
# Footnote anchors of markdown-it-footnote, renumbered from 1 in every rendered section.
_FOOTNOTE_IDS = re.compile(r'(id="|href="#)(fn(?:ref)?\d+(?::\d+)?)"')


def language(text: str) -> str | None:
    """`ar` or `he` for a right-to-left text, by its first right-to-left letter."""
    for ch in text:
        if unicodedata.bidirectional(ch) in ("R", "AL"):
            return "he" if "\u0590" <= ch <= "\u05ff" or "\ufb1d" <= ch <= "\ufb4f" else "ar"
    return None


def _dir_attrs(text: str) -> str:
    lang = language(text) if direction(text) == "rtl" else None
    attrs = f' dir="{direction(text)}"'
    return attrs + (f' lang="{lang}"' if lang else "")


def _rendered(section_id: int, markdown: str) -> str:
    """Safe HTML of a section, its footnote anchors made unique in the page."""
    html = render_html(markdown)
    return _FOOTNOTE_IDS.sub(lambda m: f'{m.group(1)}s{section_id}-{m.group(2)}"', html)


def _diff(old: str, new: str) -> str:
    return f'<div class="diff">{_marks(old, new)}</div>'


def _marks(old: str, new: str) -> str:
    out = []
    for op, text in word_diff(old, new):
        if op == EQUAL:
            out.append(escape(text))
        elif op == DELETE:
            out.append(f"<del>{escape(text)}</del>")
        else:
            out.append(f"<ins>{escape(text)}</ins>")
    return "".join(out)


def _body(doc: ExportDocument, section: ExportSection) -> str:
    sid = section.section_id
    if doc.variant != "redline":
        return _rendered(sid, section.text)
    if section.removed is not None:
        gone = split_notes(section.old_text or section.text).body
        by = f'<p class="by">Removed by {escape(section.removed.author)}</p>'
        return f'<div class="diff"><del>{escape(gone)}</del></div>{by}'
    new = split_notes(section.text)
    body = rename_references(new.body, sid, [label for label, _ in new.notes])
    if section.old_text is None:
        marked = f'<div class="diff"><ins>{escape(body)}</ins></div>'
        what = "Added"
    else:
        old = split_notes(section.old_text)
        old_body = rename_references(old.body, sid, [label for label, _ in old.notes])
        if old_body == body:
            return _rendered(sid, section.text)
        marked = _diff(old_body, body)
        what = "Changed"
    names = authors(section.steps)
    if names:
        marked += f'<p class="by">{what} by {escape("; ".join(names))}</p>'
    return marked


def _statements(section: ExportSection) -> str:
    if not section.statements:
        return ""
    items = "".join(
        f"<li{_dir_attrs(s.text)}><strong>{escape(s.delegation)}</strong> "
        f"({escape(s.decision.replace('_', ' '))}): {escape(s.text)}</li>"
        for s in section.statements
    )
    return f'<ol class="statements">{items}</ol>'


def _section(doc: ExportDocument, section: ExportSection) -> str:
    attrs = _dir_attrs(section.text)
    sid = section.section_id
    if section.kind == "heading":
        return f'<section class="heading" id="s{sid}"{attrs}>{_heading(doc, section)}</section>'
    number = f"{section.number}." if section.number is not None else ""
    status = ""
    if section.status is not None:
        word = escape(str(section.status))
        status = f'<p><span class="status {word}">{word}</span></p>'
    return (
        f'<section class="para" id="s{sid}"{attrs}>'
        f'<span class="num">{escape(number)}</span>'
        f'<div class="body">{status}{_body(doc, section)}{_statements(section)}</div>'
        "</section>"
    )


def _heading(doc: ExportDocument, section: ExportSection) -> str:
    level = min((section.level or 1) + 1, 6)
    text = " ".join(section.text.split())
    old = " ".join((section.old_text or "").split())
    unchanged = section.old_text is not None and old == text
    if (doc.variant != "redline" or unchanged) and section.removed is None:
        return _rendered(section.section_id, f"{'#' * level} {text}")
    if section.removed is not None:
        inner = f"<del>{escape(old or text)}</del>"
    elif section.old_text is None:
        inner = f"<ins>{escape(text)}</ins>"
    else:
        inner = _marks(old, text)
    return f"<h{level}>{inner}</h{level}>"


def _annex(doc: ExportDocument) -> str:
    if doc.variant != "bracketed" or not doc.parties:
        return ""
    head = "".join(f"<th>{escape(p)}</th>" for p in doc.parties)
    rows = "".join(
        f"<tr><td>{s.number}</td>"
        + "".join(f"<td>{escape(decision_word(p))}</td>" for p in s.positions)
        + "</tr>"
        for s in doc.sections
        if s.kind == "paragraph" and s.number is not None
    )
    return (
        '<section class="annex"><h2>Annex: positions of the parties</h2>'
        f'<table class="annex"><thead><tr><th>Para.</th>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></section>"
    )


def _title(doc: ExportDocument) -> str:
    lines = title_lines(doc)
    notice = (
        f'<p class="draft">{escape(lines[1])}</p>'
        if doc.draft
        else f'<p class="adopted">{escape(lines[1])}</p>'
    )
    return (
        f'<header class="title"{_dir_attrs(doc.title)}>'
        f"<h1>{escape(doc.title)}</h1>"
        f'<p class="meta">{escape(lines[0])}</p>'
        f'<p class="meta">{escape(doc.organisation)}</p>'
        f"{notice}</header>"
    )


def to_html(doc: ExportDocument) -> str:
    sections = "\n".join(_section(doc, s) for s in doc.sections)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(doc.title)} — {escape(doc.revision_label)}</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{_title(doc)}\n<main>\n{sections}\n</main>\n{_annex(doc)}\n</body>\n</html>\n"
    )
