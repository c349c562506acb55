// Markdown <-> editor document. Parsing reads Markdown the way the server renders it (markdown-it,
// CommonMark + tables + footnotes, links checked the same way); serializing writes the canonical
// spelling of docs/markdown.md, the same as concord.drafting.canonical on the server, byte for byte.
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import footnote from "markdown-it-footnote";
import { MarkdownParser } from "prosemirror-markdown";
import type { Mark, Node as PMNode } from "prosemirror-model";
import { schema } from "./schema";

const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);
// Browsers drop ASCII whitespace and controls inside a scheme ("java\tscript:"); so does the server.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what it removes, as the server does.
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  const area = document.createElement("textarea");
  area.innerHTML = text;
  return area.value;
}

/** The server's `url_is_safe`: http(s), mailto and relative targets only. */
export function urlIsSafe(url: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    decoded = url;
  }
  decoded = decodeEntities(decoded).replace(INVISIBLE, "").toLowerCase();
  const head = decoded.split(/[/?#]/, 1)[0] ?? "";
  if (!head.includes(":")) return true;
  return ALLOWED_SCHEMES.has(head.split(":", 1)[0] ?? "");
}

export function markdownIt(): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt("commonmark", { html: false, linkify: false });
  md.enable("table");
  md.use(footnote);
  // Definitions stay where they are written (the tail would move them and drop unused ones) and
  // inline notes (^[...]) are not part of the subset; images neither.
  md.core.ruler.disable("footnote_tail");
  md.inline.ruler.disable(["footnote_inline", "image"]);
  md.validateLink = urlIsSafe;
  return md;
}

/** Tight when the list's own paragraphs are hidden (markdown-it marks those of tight lists). */
function listIsTight(tokens: Token[], index: number): boolean {
  const level = tokens[index]?.level ?? 0;
  for (let i = index + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.level === level && token.nesting === -1) break;
    if (token.type === "paragraph_open" && token.level === level + 2) return token.hidden;
  }
  return true;
}

function align(token: Token): string | null {
  const match = /text-align:\s*(\w+)/.exec(token.attrGet("style") ?? "");
  return match?.[1] ?? null;
}

const parser = new MarkdownParser(schema, markdownIt(), {
  paragraph: { block: "paragraph" },
  heading: { block: "heading", getAttrs: (tok) => ({ level: Number(tok.tag.slice(1)) }) },
  blockquote: { block: "blockquote" },
  code_block: { block: "code_block", noCloseToken: true },
  fence: { block: "code_block", getAttrs: (tok) => ({ params: tok.info }), noCloseToken: true },
  hr: { node: "horizontal_rule" },
  bullet_list: { block: "bullet_list", getAttrs: (_tok, tokens, i) => ({ tight: listIsTight(tokens, i) }) },
  ordered_list: {
    block: "ordered_list",
    getAttrs: (tok, tokens, i) => ({ order: Number(tok.attrGet("start") ?? 1), tight: listIsTight(tokens, i) }),
  },
  list_item: { block: "list_item" },
  table: { block: "table" },
  thead: { ignore: true },
  tbody: { ignore: true },
  tr: { block: "table_row" },
  th: { block: "table_header", getAttrs: (tok) => ({ align: align(tok) }) },
  td: { block: "table_cell", getAttrs: (tok) => ({ align: align(tok) }) },
  footnote_reference: { block: "footnote_def", getAttrs: (tok) => ({ label: tok.meta.label }) },
  footnote_ref: { node: "footnote_ref", getAttrs: (tok) => ({ label: tok.meta.label }) },
  softbreak: { node: "soft_break" },
  hardbreak: { node: "hard_break" },
  em: { mark: "em" },
  strong: { mark: "strong" },
  link: {
    mark: "link",
    getAttrs: (tok) => ({ href: tok.attrGet("href"), title: tok.attrGet("title") || null }),
  },
  code_inline: { mark: "code", noCloseToken: true },
});

export function parseMarkdown(text: string): PMNode {
  return parser.parse(text);
}

// ---- Serializing: the canonical spelling -------------------------------------------------------

// CommonMark's Unicode whitespace (Zs, tab, line feed, form feed, carriage return).
const SPACE = /[ \t\n\f\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const MARK_ORDER = ["link", "strong", "em", "code"];
const ALWAYS = new Set(["\\", "*", "_", "`", "<", "|"]);
const ENTITY = /^&[#A-Za-z0-9]+;/;
const ORDERED_MARKER = /^([0-9]{1,9})[.)]([ \t]|$)/;
const LINK_DEFINITION = /^\[[^\]]*\]:/;
const OBJECT = "\ufffc"; // a footnote reference in the plain text the escaping rules look at

interface Piece {
  kind: "text" | "break" | "hard" | "ref";
  text: string;
  marks: readonly Mark[];
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((m) => b.some((n) => n.eq(m)));
}

function pieces(block: PMNode): Piece[] {
  const out: Piece[] = [];
  block.forEach((child) => {
    let piece: Piece;
    if (child.isText) piece = { kind: "text", text: child.text ?? "", marks: child.marks };
    else if (child.type.name === "footnote_ref") piece = { kind: "ref", text: child.attrs.label, marks: child.marks };
    else piece = { kind: child.type.name === "hard_break" ? "hard" : "break", text: "\n", marks: child.marks };
    const last = out[out.length - 1];
    if (piece.kind === "text" && last?.kind === "text" && sameMarks(last.marks, piece.marks)) last.text += piece.text;
    else out.push(piece);
  });
  return trimLines(out);
}

/** Spaces at the start and end of a line mean nothing in Markdown (or a break): drop them. */
function trimLines(list: Piece[]): Piece[] {
  let atStart = true;
  for (let i = 0; i < list.length; i++) {
    const piece = list[i] as Piece;
    if (piece.kind !== "text") {
      atStart = piece.kind !== "ref";
      continue;
    }
    if (has(piece.marks, "code")) {
      // Spaces in code are its text, shown as written.
      atStart = false;
      continue;
    }
    if (atStart) piece.text = piece.text.replace(/^[ \t]+/, "");
    const next = list[i + 1];
    if (!next || next.kind === "break" || next.kind === "hard") piece.text = piece.text.replace(/[ \t]+$/, "");
    atStart = atStart && piece.text === "";
  }
  const kept = list.filter((p) => p.kind !== "text" || p.text !== "");
  while (kept.length && kept[kept.length - 1]?.kind !== "text" && kept[kept.length - 1]?.kind !== "ref") kept.pop();
  return kept;
}

const has = (marks: readonly Mark[], name: string) => marks.some((m) => m.type.name === name);

/** Whitespace just inside an emphasis, strong or link edge moves outside it, as Markdown needs. */
function expel(list: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < list.length; i++) {
    const piece = list[i] as Piece;
    if (piece.kind !== "text" || has(piece.marks, "code")) {
      out.push(piece);
      continue;
    }
    const prev = out[out.length - 1]?.marks ?? [];
    const next = list[i + 1]?.marks ?? [];
    const opening = piece.marks.filter((m) => !m.isInSet(prev));
    const closing = piece.marks.filter((m) => !m.isInSet(next));
    let text = piece.text;
    let lead = "";
    let trail = "";
    if (opening.length) {
      while (text && SPACE.test(text[0] as string)) {
        lead += text[0];
        text = text.slice(1);
      }
    }
    if (closing.length) {
      while (text && SPACE.test(text[text.length - 1] as string)) {
        trail = text[text.length - 1] + trail;
        text = text.slice(0, -1);
      }
    }
    if (lead) out.push({ kind: "text", text: lead, marks: piece.marks.filter((m) => m.isInSet(prev)) });
    if (text) out.push({ kind: "text", text, marks: piece.marks });
    if (trail) out.push({ kind: "text", text: trail, marks: piece.marks.filter((m) => m.isInSet(next)) });
  }
  return out;
}

/** Which characters of an inline's plain text need a backslash (docs/markdown.md, "Escaping"). */
function escapes(plain: string, heading: boolean): boolean[] {
  const marks: boolean[] = new Array(plain.length).fill(false);
  let lineStart = 0;
  let firstLine = true;
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i] as string;
    if (ch === "\n") {
      lineStart = i + 1;
      firstLine = false;
      continue;
    }
    if (ALWAYS.has(ch) || (heading && ch === "#")) marks[i] = true;
    else if (ch === "[" && (plain[i + 1] === "^" || (i === 0 && LINK_DEFINITION.test(plain)))) marks[i] = true;
    else if (ch === "]" && plain[i + 1] === "(") marks[i] = true;
    else if (ch === "&" && ENTITY.test(plain.slice(i))) marks[i] = true;
    // "[^1](a)" would be a link: the parenthesis after a footnote reference is escaped.
    else if (ch === "(" && plain[i - 1] === OBJECT) marks[i] = true;
    if (i !== lineStart) continue;
    const rest = plain.slice(i);
    if ("#>-=~".includes(ch)) marks[i] = true;
    else if (ch === "+" && /^\+([ \t]|$|\n)/.test(rest)) marks[i] = true;
    else {
      const match = ORDERED_MARKER.exec(rest.split("\n", 1)[0] as string);
      if (match && (firstLine || (Number(match[1]) === 1 && match[2] !== ""))) {
        marks[i + (match[1] as string).length] = true;
      }
    }
  }
  return marks;
}

function codeSpan(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || (/^ .*[^ ].* $/s.test(text) && text.length > 2);
  return pad ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

function linkClose(mark: Mark): string {
  const href: string = mark.attrs.href ?? "";
  const target = href === "" || /[()\s<>]/.test(href) ? `<${href}>` : href;
  const title: string | null = mark.attrs.title;
  return title ? `](${target} "${title.replace(/[\\"]/g, "\\$&")}")` : `](${target})`;
}

function openMark(mark: Mark): string {
  return { link: "[", strong: "**", em: "*", code: "" }[mark.type.name] ?? "";
}

function closeMark(mark: Mark): string {
  if (mark.type.name === "link") return linkClose(mark);
  return { strong: "**", em: "*", code: "" }[mark.type.name] ?? "";
}

type Context = "heading" | "cell" | null;

function inline(block: PMNode, context: Context = null): string {
  const heading = context === "heading";
  const list = expel(pieces(block));
  const plain = list.map((p) => (p.kind === "ref" ? OBJECT : p.kind === "text" ? p.text : "\n")).join("");
  const escaped = escapes(plain, heading);
  let out = "";
  let at = 0;
  const stack: Mark[] = [];
  for (const piece of list) {
    const wanted = piece.marks.filter((m) => m.type.name !== "code");
    // Close from the top until every open mark is still wanted, then open the missing ones.
    let keep = 0;
    while (keep < stack.length && (stack[keep] as Mark).isInSet(wanted)) keep++;
    while (stack.length > keep) out += closeMark(stack.pop() as Mark);
    const missing = wanted
      .filter((m) => !m.isInSet(stack))
      .sort((a, b) => MARK_ORDER.indexOf(a.type.name) - MARK_ORDER.indexOf(b.type.name));
    for (const mark of missing) {
      out += openMark(mark);
      stack.push(mark);
    }
    if (piece.kind === "ref") {
      out += `[^${piece.text}]`;
      at += 1;
    } else if (piece.kind === "break" || piece.kind === "hard") {
      out += heading ? " " : piece.kind === "hard" ? "\\\n" : "\n";
      at += 1;
    } else if (has(piece.marks, "code")) {
      // A table splits its row at every pipe not escaped, code or not.
      out += codeSpan(context === "cell" ? piece.text.replace(/\|/g, "\\|") : piece.text);
      at += piece.text.length;
    } else {
      const inLink = has(piece.marks, "link");
      for (const ch of piece.text) {
        const needed = escaped[at] || (inLink && (ch === "[" || ch === "]"));
        out += needed ? `\\${ch}` : ch;
        at += ch.length;
      }
    }
  }
  while (stack.length) out += closeMark(stack.pop() as Mark);
  return out;
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? first + line : line === "" ? "" : rest + line))
    .join("\n");
}

function blocks(parent: PMNode, tight = false, depth = 0): string {
  const out: string[] = [];
  let previous: { name: string; marker: string } | null = null;
  parent.forEach((child) => {
    const name = child.type.name;
    let marker = "";
    if (name === "bullet_list" || name === "ordered_list") {
      // Nested bullets alternate "-" and "*" ("- - -" would be a rule), and two lists in a row
      // stay two lists: the second takes the other marker.
      const pair = name === "ordered_list" ? [".", ")"] : depth % 2 === 0 ? ["-", "*"] : ["*", "-"];
      const [usual, other] = pair as [string, string];
      marker = previous?.name === name && previous.marker === usual ? other : usual;
    }
    const text = block(child, marker, depth);
    if (text !== null) out.push(text);
    previous = { name, marker };
  });
  return out.join(tight ? "\n" : "\n\n");
}

function block(node: PMNode, marker: string, depth: number): string | null {
  switch (node.type.name) {
    case "paragraph": {
      const text = inline(node);
      return text === "" ? null : text;
    }
    case "heading": {
      // A line break the heading began with is a space now: not shown, and not kept.
      const text = inline(node, "heading").replace(/^ +| +$/g, "");
      return "#".repeat(node.attrs.level) + (text ? ` ${text}` : "");
    }
    case "blockquote":
      return blocks(node, false, depth)
        .split("\n")
        .map((line) => (line === "" ? ">" : `> ${line}`))
        .join("\n");
    case "code_block": {
      const text = node.textContent;
      const runs = text.match(/`{3,}/g) ?? [];
      const fence = "`".repeat(Math.max(2, ...runs.map((r) => r.length)) + 1);
      return `${fence}${node.attrs.params}\n${text}${text ? "\n" : ""}${fence}`;
    }
    case "horizontal_rule":
      return "___";
    case "bullet_list":
    case "ordered_list": {
      const items: string[] = [];
      node.forEach((item, _offset, index) => {
        const head = node.type.name === "bullet_list" ? marker : `${node.attrs.order + index}${marker}`;
        const body = blocks(item, node.attrs.tight, depth + 1);
        items.push(body === "" ? head : indent(body, `${head} `, " ".repeat(head.length + 1)));
      });
      return items.join(node.attrs.tight ? "\n" : "\n\n");
    }
    case "table":
      return table(node);
    case "footnote_def": {
      const head = `[^${node.attrs.label}]:`;
      const body = blocks(node, false, depth);
      return body === "" ? head : indent(body, `${head} `, "    ");
    }
    default:
      return null;
  }
}

function table(node: PMNode): string {
  const rows: string[] = [];
  node.forEach((row, _offset, index) => {
    const cells: string[] = [];
    row.forEach((cell) => {
      const text = inline(cell, "cell").replace(/\n/g, " ");
      cells.push(text);
    });
    rows.push(`| ${cells.join(" | ")} |`);
    if (index === 0) {
      const rule: string[] = [];
      row.forEach((cell) => {
        const a = cell.attrs.align;
        rule.push(a === "left" ? ":---" : a === "center" ? ":---:" : a === "right" ? "---:" : "---");
      });
      rows.push(`| ${rule.join(" | ")} |`);
    }
  });
  return rows.join("\n");
}

/** The canonical Markdown of an editor document. */
export function serializeMarkdown(doc: PMNode): string {
  return blocks(doc);
}

/** What the server stores for this Markdown: parse, then write the canonical spelling. */
export function canonicalMarkdown(text: string): string {
  return serializeMarkdown(parseMarkdown(text));
}
