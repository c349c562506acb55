"""The canonical spelling of a section's Markdown (docs/markdown.md), applied to every saved text.

Markdown often has two spellings of one thing (`*a*` and `_a_`, `-` and `*` bullets, `1)` and
`1.`); the web app's rich-text editor writes exactly one of them. The server writes the same one,
so that a text opened in the editor and saved unchanged is the text already stored, and hashes,
approvals and diffs are not disturbed by spelling. This module mirrors the editor's serializer
(frontend/src/components/editor/markdown.ts) rule for rule; a fixture generated here
(tests/corpus/canonical.json) is checked by both sides.

The text is read as the reading view reads it (render.py's parser: CommonMark, tables, footnotes,
the same link check), with footnote definitions kept where they are written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from concord.drafting.render import url_is_safe

# A mark: ("strong",), ("em",), ("code",) or ("link", href, title).
Mark = tuple[str, ...]
_ORDER = {"link": 0, "strong": 1, "em": 2, "code": 3}
_SPACE = frozenset(
    " \t\n\f\r\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
)
_ALWAYS = frozenset("\\*_`<|")
_ENTITY = re.compile(r"&[#A-Za-z0-9]+;")
_ORDERED_MARKER = re.compile(r"([0-9]{1,9})[.)]([ \t]|$)")
_LINK_DEFINITION = re.compile(r"\[[^\]]*\]:")
_PLUS_MARKER = re.compile(r"\+([ \t]|$|\n)")
_OBJECT = "\ufffc"


class _Markdown(MarkdownIt):
    def validateLink(self, url: str) -> bool:  # noqa: N802 - markdown-it's name
        return url_is_safe(url)


def _parser() -> MarkdownIt:
    md = _Markdown("commonmark", {"html": False, "linkify": False})
    md.enable("table")
    md.use(footnote_plugin)
    md.core.ruler.disable("footnote_tail")
    md.inline.ruler.disable(["footnote_inline", "image"])
    return md


_MD = _parser()


@dataclass
class Node:
    """The editor's document model, as far as serializing needs it."""

    type: str
    attrs: dict[str, object] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    text: str = ""
    marks: tuple[Mark, ...] = ()


def canonical(markdown: str) -> str:
    """The canonical spelling of `markdown`: what the editor writes for the same document."""
    return _blocks(parse(markdown))


# ---- Markdown to the document tree -------------------------------------------------------------


def parse(markdown: str) -> Node:
    tokens = _MD.parse(markdown)
    root = Node("doc")
    stack = [root]
    for index, token in enumerate(tokens):
        top = stack[-1]
        kind = token.type
        if kind == "inline":
            top.children.extend(_inline(token.children or []))
        elif kind in ("fence", "code_block"):
            content = token.content[:-1] if token.content.endswith("\n") else token.content
            params = token.info if kind == "fence" else ""
            top.children.append(Node("code_block", {"params": params}, text=content))
        elif kind == "hr":
            top.children.append(Node("horizontal_rule"))
        elif kind in ("thead_open", "thead_close", "tbody_open", "tbody_close"):
            continue
        elif token.nesting == 1:
            node = Node(*_block_type(tokens, index))
            top.children.append(node)
            stack.append(node)
        elif token.nesting == -1:
            stack.pop()
    return root


def _block_type(tokens: Sequence[Token], index: int) -> tuple[str, dict[str, object]]:
    token = tokens[index]
    base = token.type.removesuffix("_open")
    if base == "heading":
        return "heading", {"level": int(token.tag[1:])}
    if base == "bullet_list":
        return "bullet_list", {"tight": _tight(tokens, index)}
    if base == "ordered_list":
        return "ordered_list", {
            "order": int(str(token.attrGet("start") or 1)),
            "tight": _tight(tokens, index),
        }
    if base in ("th", "td"):
        match = re.search(r"text-align:\s*(\w+)", str(token.attrGet("style") or ""))
        return ("table_header" if base == "th" else "table_cell"), {
            "align": match.group(1) if match else None
        }
    if base == "tr":
        return "table_row", {}
    if base == "footnote_reference":
        return "footnote_def", {"label": token.meta["label"]}
    return base, {}


def _tight(tokens: Sequence[Token], index: int) -> bool:
    level = tokens[index].level
    for token in tokens[index + 1 :]:
        if token.level == level and token.nesting == -1:
            break
        if token.type == "paragraph_open" and token.level == level + 2:
            return token.hidden
    return True


def _inline(children: Sequence[Token]) -> list[Node]:
    out: list[Node] = []
    marks: list[Mark] = []

    def add(node: Node) -> None:
        node.marks = tuple(marks)
        last = out[-1] if out else None
        if (
            node.type == "text"
            and last is not None
            and last.type == "text"
            and set(last.marks) == set(node.marks)
        ):
            last.text += node.text
        elif node.type != "text" or node.text:
            out.append(node)

    for token in children:
        kind = token.type
        if kind == "text":
            add(Node("text", text=token.content))
        elif kind == "code_inline":
            marks.append(("code",))
            add(Node("text", text=token.content))
            marks.pop()
        elif kind == "softbreak":
            add(Node("soft_break"))
        elif kind == "hardbreak":
            add(Node("hard_break"))
        elif kind == "footnote_ref":
            add(Node("footnote_ref", {"label": token.meta["label"]}))
        elif kind in ("em_open", "strong_open"):
            marks.append((kind.removesuffix("_open"),))
        elif kind == "link_open":
            marks.append(
                ("link", str(token.attrGet("href") or ""), str(token.attrGet("title") or ""))
            )
        elif kind in ("em_close", "strong_close", "link_close"):
            name = kind.removesuffix("_close")
            for i in range(len(marks) - 1, -1, -1):
                if marks[i][0] == name:
                    del marks[i]
                    break
    return out


# ---- The document tree to canonical Markdown -------------------------------------------------


@dataclass
class _Piece:
    kind: str  # text | break | hard | ref
    text: str
    marks: tuple[Mark, ...]


def _pieces(block: Node) -> list[_Piece]:
    out: list[_Piece] = []
    for child in block.children:
        if child.type == "text":
            piece = _Piece("text", child.text, child.marks)
        elif child.type == "footnote_ref":
            piece = _Piece("ref", str(child.attrs["label"]), child.marks)
        else:
            piece = _Piece("hard" if child.type == "hard_break" else "break", "\n", child.marks)
        last = out[-1] if out else None
        if (
            piece.kind == "text"
            and last is not None
            and last.kind == "text"
            and set(last.marks) == set(piece.marks)
        ):
            last.text += piece.text
        else:
            out.append(piece)
    return _trim_lines(out)


def _trim_lines(pieces: list[_Piece]) -> list[_Piece]:
    at_start = True
    for i, piece in enumerate(pieces):
        if piece.kind != "text":
            at_start = piece.kind != "ref"
            continue
        if _has(piece.marks, "code"):  # spaces in code are its text, shown as written
            at_start = False
            continue
        if at_start:
            piece.text = piece.text.lstrip(" \t")
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        if following is None or following.kind in ("break", "hard"):
            piece.text = piece.text.rstrip(" \t")
        at_start = at_start and piece.text == ""
    kept = [p for p in pieces if p.kind != "text" or p.text]
    while kept and kept[-1].kind not in ("text", "ref"):
        kept.pop()
    return kept


def _has(marks: Sequence[Mark], name: str) -> bool:
    return any(mark[0] == name for mark in marks)


def _expel(pieces: list[_Piece]) -> list[_Piece]:
    out: list[_Piece] = []
    for i, piece in enumerate(pieces):
        if piece.kind != "text" or _has(piece.marks, "code"):
            out.append(piece)
            continue
        before = out[-1].marks if out else ()
        after = pieces[i + 1].marks if i + 1 < len(pieces) else ()
        opening = [m for m in piece.marks if m not in before]
        closing = [m for m in piece.marks if m not in after]
        text = piece.text
        lead = trail = ""
        if opening:
            while text and text[0] in _SPACE:
                lead, text = lead + text[0], text[1:]
        if closing:
            while text and text[-1] in _SPACE:
                trail, text = text[-1] + trail, text[:-1]
        if lead:
            out.append(_Piece("text", lead, tuple(m for m in piece.marks if m in before)))
        if text:
            out.append(_Piece("text", text, piece.marks))
        if trail:
            out.append(_Piece("text", trail, tuple(m for m in piece.marks if m in after)))
    return out


def _escaped_anywhere(plain: str, i: int, heading: bool) -> bool:
    ch = plain[i]
    after = plain[i + 1 : i + 2]
    if ch in _ALWAYS or (heading and ch == "#"):
        return True
    if ch == "[":
        return after == "^" or (i == 0 and _LINK_DEFINITION.match(plain) is not None)
    if ch == "]":
        return after == "("
    if ch == "&":
        return _ENTITY.match(plain, i) is not None
    # "[^1](a)" would be a link
    return ch == "(" and i > 0 and plain[i - 1] == _OBJECT


def _escapes(plain: str, heading: bool) -> list[bool]:
    marks = [False] * len(plain)
    line_start = 0
    first_line = True
    for i, ch in enumerate(plain):
        if ch == "\n":
            line_start = i + 1
            first_line = False
            continue
        if _escaped_anywhere(plain, i, heading):
            marks[i] = True  # never unset: the number's "." may be marked from its line start
        if i != line_start:
            continue
        if ch in "#>-=~" or (ch == "+" and _PLUS_MARKER.match(plain, i)):
            marks[i] = True
        else:
            match = _ORDERED_MARKER.match(plain[i:].split("\n", 1)[0])
            if match and (first_line or (int(match.group(1)) == 1 and match.group(2) != "")):
                marks[i + len(match.group(1))] = True
    return marks


def _code_span(text: str) -> str:
    runs = re.findall(r"`+", text)
    fence = "`" * (max((len(r) for r in runs), default=0) + 1)
    pad = (
        text.startswith("`")
        or text.endswith("`")
        or (re.fullmatch(r" .*[^ ].* ", text, re.DOTALL) is not None and len(text) > 2)
    )
    return f"{fence} {text} {fence}" if pad else f"{fence}{text}{fence}"


def _open(mark: Mark) -> str:
    return {"link": "[", "strong": "**", "em": "*"}.get(mark[0], "")


def _close(mark: Mark) -> str:
    if mark[0] == "link":
        href, title = mark[1], mark[2]
        target = f"<{href}>" if href == "" or re.search(r"[()\s<>]", href) else href
        if title:
            escaped = re.sub(r'([\\"])', r"\\\1", title)
            return f']({target} "{escaped}")'
        return f"]({target})"
    return {"strong": "**", "em": "*"}.get(mark[0], "")


def _inline_text(block: Node, context: str | None = None) -> str:
    heading = context == "heading"
    pieces = _expel(_pieces(block))
    plain = "".join(
        _OBJECT if p.kind == "ref" else p.text if p.kind == "text" else "\n" for p in pieces
    )
    escaped = _escapes(plain, heading)
    out: list[str] = []
    at = 0
    stack: list[Mark] = []
    for piece in pieces:
        wanted = [m for m in piece.marks if m[0] != "code"]
        keep = 0
        while keep < len(stack) and stack[keep] in wanted:
            keep += 1
        while len(stack) > keep:
            out.append(_close(stack.pop()))
        for mark in sorted((m for m in wanted if m not in stack), key=lambda m: _ORDER[m[0]]):
            out.append(_open(mark))
            stack.append(mark)
        if piece.kind == "ref":
            out.append(f"[^{piece.text}]")
            at += 1
        elif piece.kind in ("break", "hard"):
            out.append(" " if heading else "\\\n" if piece.kind == "hard" else "\n")
            at += 1
        elif _has(piece.marks, "code"):
            # A table splits its row at every pipe not escaped, code or not.
            out.append(
                _code_span(piece.text.replace("|", "\\|") if context == "cell" else piece.text)
            )
            at += len(piece.text)
        else:
            in_link = _has(piece.marks, "link")
            for ch in piece.text:
                out.append(f"\\{ch}" if escaped[at] or (in_link and ch in "[]") else ch)
                at += 1
    while stack:
        out.append(_close(stack.pop()))
    return "".join(out)


def _indent(text: str, first: str, rest: str) -> str:
    lines = text.split("\n")
    return "\n".join(
        first + line if i == 0 else "" if line == "" else rest + line
        for i, line in enumerate(lines)
    )


def _blocks(parent: Node, tight: bool = False, depth: int = 0) -> str:
    out: list[str] = []
    previous: tuple[str, str] | None = None
    for child in parent.children:
        marker = ""
        if child.type in ("bullet_list", "ordered_list"):
            if child.type == "ordered_list":
                usual, other = ".", ")"
            else:
                usual, other = ("-", "*") if depth % 2 == 0 else ("*", "-")
            marker = other if previous == (child.type, usual) else usual
        text = _block(child, marker, depth)
        if text is not None:
            out.append(text)
        previous = (child.type, marker)
    return ("\n" if tight else "\n\n").join(out)


def _block(node: Node, marker: str, depth: int) -> str | None:
    kind = node.type
    if kind == "paragraph":
        return _inline_text(node) or None
    if kind == "heading":
        # A line break the heading began with is a space now: not shown, and not kept.
        text = _inline_text(node, "heading").strip(" ")
        return "#" * int(str(node.attrs["level"])) + (f" {text}" if text else "")
    if kind == "blockquote":
        return "\n".join(
            ">" if line == "" else f"> {line}" for line in _blocks(node, False, depth).split("\n")
        )
    if kind == "code_block":
        runs = re.findall(r"`{3,}", node.text)
        fence = "`" * (max([2, *(len(r) for r in runs)]) + 1)
        return f"{fence}{node.attrs['params']}\n{node.text}{chr(10) if node.text else ''}{fence}"
    if kind == "horizontal_rule":
        return "___"
    if kind in ("bullet_list", "ordered_list"):
        tight = bool(node.attrs["tight"])
        items: list[str] = []
        for index, item in enumerate(node.children):
            head = (
                marker
                if kind == "bullet_list"
                else f"{int(str(node.attrs['order'])) + index}{marker}"
            )
            body = _blocks(item, tight, depth + 1)
            items.append(_indent(body, f"{head} ", " " * (len(head) + 1)) if body else head)
        return ("\n" if tight else "\n\n").join(items)
    if kind == "table":
        return _table(node)
    if kind == "footnote_def":
        head = f"[^{node.attrs['label']}]:"
        body = _blocks(node, False, depth)
        return _indent(body, f"{head} ", "    ") if body else head
    return None


_RULE = {"left": ":---", "center": ":---:", "right": "---:"}


def _table(node: Node) -> str:
    rows: list[str] = []
    for index, row in enumerate(node.children):
        rows.append(
            "| "
            + " | ".join(_inline_text(cell, "cell").replace("\n", " ") for cell in row.children)
            + " |"
        )
        if index == 0:
            rows.append(
                "| "
                + " | ".join(_RULE.get(str(cell.attrs["align"]), "---") for cell in row.children)
                + " |"
            )
    return "\n".join(rows)
