"""A standalone, printable HTML page of an export: one file, no scripts, nothing fetched.

Safety: section texts go through the app's safe Markdown renderer (no raw HTML, only http(s)
and mailto links); every other string is escaped here; a strict Content-Security-Policy forbids
scripts, frames, forms and any remote resource (an image from elsewhere would tell its server
who opened a confidential draft). Each paragraph carries its own `dir` (and `lang` for Arabic
and Hebrew), so mixed documents read and print right; numbers sit at the paragraph's start
side. The redline shows the rendered text, not its Markdown source: both texts are parsed as the
Word writer parses them (the same safe configuration: no raw HTML, only http(s) and mailto
links), diffed word by word with the Word writer's redline (docx/redline.py), and written here
with every word escaped: `<ins>`/`<del>` named by who made the change, formatting as `<strong>`,
`<em>`, `<s>`, `<code>`, lists as lists, footnotes as references with their definitions below.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape

from concord.core.text import direction
from concord.drafting.render import render_html
from concord.export.content import CommitmentsAnnex, ExportDocument, ExportSection
from concord.export.docx import redline
from concord.export.docx.inline import Change, Piece
from concord.export.docx.markdown import (
    BOLD,
    CODE,
    ITALIC,
    STRIKE,
    Block,
    parse,
    parse_inline,
)
from concord.export.docx.xml import w3cdtf
from concord.export.markdown import (
    authors,
    decision_word,
    moved_note,
    title_lines,
    with_holders,
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
body:has(.pair) { max-width: 64em; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2em; }
.pair.columns { font-weight: bold; border-bottom: 1px solid #999; margin-bottom: .8em; }
@media (max-width: 40em) { .pair { grid-template-columns: 1fr; } }
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
ins { color: #0a5d0a; text-decoration: underline; }
.removed { text-decoration: line-through; color: #a00; }
.restyled { text-decoration: underline dotted #0a5d0a; }
del { color: #a00; text-decoration: line-through; }
.by { font-size: .8em; color: #555; }
.moved-from del, .moved-from .num { color: #2e6b8a; text-decoration: line-through double; }
.moved-to { border-inline-start: 3px double #2e6b8a; padding-inline-start: .4em; }
table.annex { border-collapse: collapse; font-size: .85em; }
table.annex th, table.annex td { border: 1px solid #999; padding: .2em .5em; text-align: start; }
table.commitments { width: 100%; margin-top: .6em; }
.scroll { overflow-x: auto; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
table.commitments tr.project th { background: #f2f2f2; font-weight: normal; }
table.commitments .about, table.commitments .partners { font-size: .92em; color: #333; }
table.commitments .amount { text-align: end; white-space: nowrap; }
table.commitments tr.total th, table.commitments tr.total td { font-weight: bold; }
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


def _rendered(section_id: int | str, markdown: str) -> str:
    """Safe HTML of a section, its footnote anchors made unique in the page."""
    html = render_html(markdown)
    return _FOOTNOTE_IDS.sub(lambda m: f'{m.group(1)}s{section_id}-{m.group(2)}"', html)


_Redline = list[redline.Paragraph]
_TAGS = ((BOLD, "strong"), (ITALIC, "em"), (STRIKE, "s"), (CODE, "code"))


def _versions(doc: ExportDocument, section: ExportSection, heading: bool) -> _Redline:
    """The section's paragraphs with their changes, as the Word writer's redline has them."""

    def blocks(text: str) -> list[Block]:
        return [Block(parse_inline(text))] if heading else parse(text)

    if section.removed is not None:
        gone = redline.Author(section.removed.author, w3cdtf(section.removed.created_at))
        return redline.redline(blocks(section.old_text or section.text), [], gone)
    if section.moved == "from":  # shown as the older text struck through, where it stood
        move = section.move
        away = redline.Author(
            move.author if move else doc.organisation,
            w3cdtf(move.created_at if move else doc.date),
        )
        return redline.redline(blocks(section.old_text or section.text), [], away)
    versions = [
        (blocks(step.text), redline.Author(step.author, w3cdtf(step.created_at)))
        for step in section.steps
    ]
    if not section.steps or section.steps[-1].text != section.text:
        versions.append((blocks(section.text), redline.Author(doc.organisation, w3cdtf(doc.date))))
    old = None if section.old_text is None else blocks(section.old_text)
    return redline.redline(old, versions, None)


class _Writer:
    """Redline paragraphs as HTML, every word escaped; footnote references numbered in the
    section (as the clean rendering numbers them), their definitions listed below it."""

    def __init__(self, section_id: int | str) -> None:
        self.section_id = section_id
        self.notes: list[str] = []

    def inline(self, pieces: list[Piece]) -> str:
        out: list[str] = []
        for piece in pieces:
            html = self._piece(piece)
            if piece.change is not None:
                html = _marked(html, piece.change)
            out.append(html)
        return "".join(out)

    def _piece(self, piece: Piece) -> str:
        run = piece.run
        if run.note is not None:
            return self._note(run.note, piece.change)
        if run.brk:
            return "<br>"
        html = escape(run.text)
        for flag, tag in _TAGS:
            if run.flags & flag:
                html = f"<{tag}>{html}</{tag}>"
        if run.link is not None:
            html = f'<a href="{escape(run.link)}" rel="noreferrer">{html}</a>'
        if piece.was is not None:  # formatting changed, words kept (Word's w:rPrChange)
            by = piece.was[1]
            title = f"Formatting changed: {by.author}, {by.date[:10]}"
            html = f'<span class="restyled" title="{escape(title)}">{html}</span>'
        return html

    def _note(self, note: tuple[Block, ...], change: Change | None) -> str:
        number = len(self.notes) + 1
        anchor = f"s{self.section_id}-fn{number}"
        body = " ".join(self.inline([Piece(run) for run in block.runs]) for block in note)
        if change is not None:
            body = _marked(body, change)
        back = f'<a href="#{anchor}-ref" class="footnote-backref">\u21a9</a>'
        self.notes.append(f'<li id="{anchor}" class="footnote-item">{body} {back}</li>')
        link = f'<a href="#{anchor}" id="{anchor}-ref">[{number}]</a>'
        return f'<sup class="footnote-ref">{link}</sup>'

    def blocks(self, paragraphs: _Redline) -> str:
        out: list[str] = []
        lists: list[str] = []  # the open lists, innermost last, each with an open <li>
        for item in paragraphs:
            block = item.block
            mark = ""
            if item.mark is not None:
                mark = ' class="added"' if item.mark.kind == "ins" else ' class="removed"'
            content = self.inline(item.pieces)
            if block.list_kind is None:
                while lists:
                    out.append(f"</li></{lists.pop()}>")
                tag = {"code": "pre", "quote": "blockquote"}.get(block.style, "p")
                out.append(f"<{tag}{mark}>{content}</{tag}>")
                continue
            level = block.list_level + 1
            tag = "ul" if block.list_kind == "bullet" else "ol"
            while len(lists) > level:
                out.append(f"</li></{lists.pop()}>")
            if block.continued and len(lists) == level:
                out.append(f"<p{mark}>{content}</p>")
                continue
            if len(lists) == level and lists[-1] != tag:
                out.append(f"</li></{lists.pop()}>")
            if len(lists) == level:
                out.append("</li>")
            while len(lists) < level:
                start = block.list_start if tag == "ol" and block.list_start != 1 else None
                out.append(f"<{tag}" + (f' start="{start}"' if start is not None else "") + ">")
                lists.append(tag)
            out.append(f"<li{mark}>{content}")
        while lists:
            out.append(f"</li></{lists.pop()}>")
        if self.notes:
            out.append('<hr class="footnotes-sep"><ol class="footnotes">')
            out.extend(self.notes)
            out.append("</ol>")
        return "".join(out)


def _marked(html: str, change: Change) -> str:
    tag = "ins" if change.kind == "ins" else "del"
    title = f"{change.author}, {change.date[:10]}"
    return f'<{tag} title="{escape(title)}">{html}</{tag}>'


def _statements(section: ExportSection) -> str:
    if not section.statements:
        return ""
    items = "".join(
        f"<li{_dir_attrs(s.text)}><strong>{escape(s.delegation)}</strong> "
        f"({escape(s.decision.replace('_', ' '))}): {escape(s.text)}</li>"
        for s in section.statements
    )
    return f'<ol class="statements">{items}</ol>'


def _body(doc: ExportDocument, section: ExportSection) -> str:
    sid = section.section_id
    unchanged = section.removed is None and section.old_text == section.text
    moved = "" if section.moved is None else f'<p class="by">{escape(moved_note(section))}</p>'
    if doc.variant != "redline" or (unchanged and section.moved != "from"):
        return _rendered(sid, with_holders(section)) + moved
    if section.moved == "from":
        return _Writer(f"{sid}-from").blocks(_versions(doc, section, heading=False)) + moved
    html = _Writer(sid).blocks(_versions(doc, section, heading=False)) + moved
    if section.removed is not None:
        return html + f'<p class="by">Removed by {escape(section.removed.author)}</p>'
    names = authors(section.steps)
    if names:
        what = "Added" if section.old_text is None else "Changed"
        html += f'<p class="by">{what} by {escape("; ".join(names))}</p>'
    return html


def _redline_number(section: ExportSection) -> str:
    """As the Word redline has it: the newer number; the older one deleted where a paragraph
    was removed or renumbered."""
    old, new = section.redline_numbers()
    if old is None or old == new:
        return "" if new is None else f"{new}."
    return f"<del>{old}.</del>" + ("" if new is None else f" <ins>{new}.</ins>")


def _section(doc: ExportDocument, section: ExportSection) -> str:
    attrs = _dir_attrs(section.text)
    sid = section.section_id
    key = f"{sid}-from" if section.moved == "from" else str(sid)
    moved = "" if section.moved is None else f" moved-{section.moved}"
    if section.kind == "heading":
        return (
            f'<section class="heading{moved}" id="s{key}"{attrs}>{_heading(doc, section)}</section>'
        )
    number = escape(f"{section.number}." if section.number is not None else "")
    if doc.variant == "redline":
        number = _redline_number(section)
    status = ""
    if section.status is not None:
        word = escape(str(section.status))
        status = f'<p><span class="status {word}">{word}</span></p>'
    return (
        f'<section class="para{moved}" id="s{key}"{attrs}>'
        f'<span class="num">{number}</span>'
        f'<div class="body">{status}{_body(doc, section)}{_statements(section)}</div>'
        "</section>"
    )


def sections_html(doc: ExportDocument) -> str:
    """The text's sections as this page writes them (one column), for a page of its own."""
    return "\n".join(_section(doc, s) for s in doc.sections)


def _pair(doc: ExportDocument, section: ExportSection) -> str:
    """A bilingual row: the section, and beside it its text in the second language (the same
    number, its own direction), so that the numbers stand level."""
    beside = section.beside_text or ""
    sid = f"b{section.section_id}"
    if section.kind == "heading":
        level = min((section.level or 1) + 1, 6)
        right = _rendered(sid, f"{'#' * level} {' '.join(beside.split())}")
        other = f'<section class="heading" id="s{sid}"{_dir_attrs(beside)}>{right}</section>'
    else:
        number = escape(f"{section.number}." if section.number is not None else "")
        other = (
            f'<section class="para" id="s{sid}"{_dir_attrs(beside)}>'
            f'<span class="num">{number}</span>'
            f'<div class="body">{_rendered(sid, beside)}</div></section>'
        )
    return f'<div class="pair">{_section(doc, section)}{other}</div>'


def _heading(doc: ExportDocument, section: ExportSection) -> str:
    level = min((section.level or 1) + 1, 6)
    text = " ".join(section.text.split())
    old = " ".join((section.old_text or "").split())
    unchanged = section.old_text is not None and old == text
    struck = section.removed is not None or section.moved == "from"
    if (doc.variant != "redline" or unchanged) and not struck:
        return _rendered(section.section_id, f"{'#' * level} {text}")
    writer = _Writer(section.section_id)
    inner = "".join(writer.inline(p.pieces) for p in _versions(doc, section, heading=True))
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


def commitments_html(annex: CommitmentsAnnex | None) -> str:
    """The annex of commitments: per project a row with its title, description and partners
    across the table, then a row per commitment; totals per currency last. In the annex's
    language and direction; the table scrolls sideways on a narrow screen, never the page."""
    if annex is None:
        return ""
    lang = annex.language
    head = "".join(f'<th scope="col">{escape(label)}</th>' for label in annex.labels[1:])
    rows: list[str] = []
    for project in annex.projects:
        about = f"<strong>{escape(project.title)}</strong>"
        if project.description:
            about += f'<br><span class="about"{_dir_attrs(project.description)}>'
            about += f"{escape(project.description)}</span>"
        if project.partners:
            about += f'<br><span class="partners">{escape(project.partners)}</span>'
        rows.append(f'<tr class="project"><th scope="rowgroup" colspan="4">{about}</th></tr>')
        rows.extend(
            f"<tr><td>{escape(p.pledgers)}</td>"
            f'<td class="amount"><bdi>{escape(p.currency)} {escape(p.amount)}</bdi></td>'
            f"<td>{escape(p.kind)}</td><td><bdi>{escape(p.period)}</bdi></td></tr>"
            for p in project.pledges
        )
    rows.extend(
        f'<tr class="total"><th scope="row">{escape(annex.total_label)}</th>'
        f'<td class="amount"><bdi>{escape(c)} {escape(a)}</bdi></td><td></td><td></td></tr>'
        for c, a in annex.totals
    )
    return (
        f'<section class="commitments" dir="{annex.direction}" lang="{lang}">'
        f"<h2>{escape(annex.heading)}</h2><p>{escape(annex.note)}</p>"
        f'<div class="scroll"><table class="annex commitments">'
        f'<caption class="visually-hidden">{escape(annex.labels[0])}</caption>'
        f"<thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def _title(doc: ExportDocument) -> str:
    lines = title_lines(doc)
    kind = (
        "adopted"
        if doc.adopted_hash is not None
        else "draft"
        if doc.standing == "Draft"
        else "standing"
    )
    notice = f'<p class="{kind}">{escape(lines[1])}</p>'
    if doc.language_note:
        notice += f'<p class="meta" data-language-note="">{escape(doc.language_note)}</p>'
    return (
        f'<header class="title"{_dir_attrs(doc.title)}>'
        f"<h1>{escape(doc.title)}</h1>"
        f'<p class="meta">{escape(lines[0])}</p>'
        f'<p class="meta">{escape(doc.organisation)}</p>'
        f"{notice}</header>"
    )


def to_html(doc: ExportDocument) -> str:
    if doc.columns is None:
        sections = "\n".join(_section(doc, s) for s in doc.sections)
    else:
        head = "".join(f"<p>{escape(name)}</p>" for name in doc.columns)
        sections = f'<div class="pair columns">{head}</div>\n' + "\n".join(
            _pair(doc, s) for s in doc.sections
        )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(doc.title)} — {escape(doc.revision_label)}</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{_title(doc)}\n<main>\n{sections}\n</main>\n{_annex(doc)}\n{commitments_html(doc.commitments)}\n</body>\n</html>\n"
    )


def tracked_html(
    section_id: int,
    old: str | None,
    new: str | None,
    by: redline.Author,
    heading_level: int | None = None,
) -> str:
    """One section's changes from `old` to `new` (None: added, or removed) as tracked changes
    over the rendered text, the way this page's redline writes them: for the document page."""

    def blocks(text: str) -> list[Block]:
        return [Block(parse_inline(text))] if heading_level is not None else parse(text)

    if new is None:
        paragraphs = redline.redline(blocks(old or ""), [], by)
    else:
        paragraphs = redline.redline(
            None if old is None else blocks(old), [(blocks(new), by)], None
        )
    writer = _Writer(section_id)
    if heading_level is None:
        return writer.blocks(paragraphs)
    level = min(heading_level + 1, 6)
    return f"<h{level}>{''.join(writer.inline(p.pieces) for p in paragraphs)}</h{level}>"
