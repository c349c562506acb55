"""Markdown to HTML for reading a section in the browser: safe whatever a participant typed.

Raw HTML is never passed through (markdown-it's `commonmark` preset would), links are kept only
for http(s), mailto and relative targets, and negotiation brackets are wrapped in
`<span class="bracket">` so the reader can see at a glance what is not yet agreed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape
from typing import Any
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.footnote import footnote_plugin

_ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
# Browsers drop ASCII whitespace and controls inside a scheme ("java\tscript:"); so do we.
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def url_is_safe(url: str) -> bool:
    """Allow a URL only if its scheme, decoded the way a browser might, is on the list.

    A colon before the first `/`, `?` or `#` is read as a scheme even if percent-encoded or
    entity-encoded: such a "relative" link is not worth the risk of a scheme we did not see.
    """
    decoded = _INVISIBLE.sub("", unescape(unquote(url))).lower()
    head = re.split(r"[/?#]", decoded, maxsplit=1)[0]
    if ":" not in head:
        return True
    return head.split(":", 1)[0] in _ALLOWED_SCHEMES


class _SafeMarkdownIt(MarkdownIt):
    def validateLink(self, url: str) -> bool:  # noqa: N802 - markdown-it's name
        return url_is_safe(url)


def _render_link_open(
    renderer: RendererHTML,
    tokens: Sequence[Token],
    idx: int,
    options: OptionsDict,
    env: EnvType,
) -> str:
    """Links lead away from a confidential draft: no opener, no referrer."""
    tokens[idx].attrSet("rel", "noopener noreferrer")
    return renderer.renderToken(tokens, idx, options, env)


def _render_bracket_open(*_: Any) -> str:
    return '<span class="bracket">'


def _render_bracket_close(*_: Any) -> str:
    return "</span>"


def _build() -> MarkdownIt:
    md = _SafeMarkdownIt("commonmark", {"html": False, "linkify": False})
    md.enable("table")
    md.use(footnote_plugin)
    md.core.ruler.push("negotiation_brackets", _wrap_brackets)
    md.add_render_rule("link_open", _render_link_open)
    md.add_render_rule("bracket_open", _render_bracket_open)
    md.add_render_rule("bracket_close", _render_bracket_close)
    return md


def render_html(markdown: str) -> str:
    """Render a section's Markdown to HTML that is safe to insert into the page."""
    html: str = _MD.render(markdown)
    return html


# Cut = (child index, offset in its text, "open" | "close")
_Cut = tuple[int, int, str]


def _wrap_brackets(state: StateCore) -> None:
    """Pair literal brackets left in text after links, footnotes and code took theirs.

    A pair is wrapped only when both brackets sit at the same inline nesting level with no
    closing of that level in between, so the span always nests properly in the HTML.
    """
    for block in state.tokens:
        if block.type == "inline" and block.children:
            cuts = _bracket_cuts(block.children)
            if cuts:
                block.children = _split(block.children, cuts)


def _bracket_cuts(children: Sequence[Token]) -> list[_Cut]:
    cuts: list[_Cut] = []
    stack: list[tuple[int, int, int]] = []  # (child, offset, level) of open brackets
    level = 0
    for index, child in enumerate(children):
        if child.nesting == -1:
            level -= 1
            stack = [entry for entry in stack if entry[2] <= level]
        elif child.nesting == 1:
            level += 1
        if child.type != "text":
            continue
        for offset, ch in enumerate(child.content):
            if ch == "[" and not child.content.startswith("^", offset + 1):
                stack.append((index, offset, level))
            elif ch == "]" and stack and stack[-1][2] == level:
                start_child, start_offset, _ = stack.pop()
                cuts.append((start_child, start_offset, "open"))
                cuts.append((index, offset + 1, "close"))
    return cuts


def _split(children: Sequence[Token], cuts: list[_Cut]) -> list[Token]:
    by_child: dict[int, list[tuple[int, str]]] = {}
    for index, offset, kind in cuts:
        by_child.setdefault(index, []).append((offset, kind))
    out: list[Token] = []
    for index, child in enumerate(children):
        if index not in by_child:
            out.append(child)
            continue
        # At one offset a close (`]`) comes before an open (`[`): "][" side by side.
        marks = sorted(by_child[index], key=lambda m: (m[0], m[1] != "close"))
        previous = 0
        for offset, kind in marks:
            out.extend(_text(child, previous, offset))
            out.append(Token(f"bracket_{kind}", "span", 1 if kind == "open" else -1))
            previous = offset
        out.extend(_text(child, previous, len(child.content)))
    return out


def _text(child: Token, start: int, end: int) -> list[Token]:
    if start >= end:
        return []
    piece = Token("text", "", 0)
    piece.content = child.content[start:end]
    return [piece]


_MD = _build()
