// The rich-text editor's document model: exactly the Markdown subset Concord keeps (docs/markdown.md),
// so that every stored paragraph opens as what it looks like and saves back to the same text.
import { type DOMOutputSpec, type Node as PMNode, Schema } from "prosemirror-model";

const cellAttrs = { align: { default: null as string | null } };

function cell(tag: "td" | "th") {
  return {
    content: "inline*",
    attrs: cellAttrs,
    isolating: true,
    parseDOM: [{ tag, getAttrs: (dom: HTMLElement) => ({ align: dom.style.textAlign || null }) }],
    toDOM: (node: PMNode): DOMOutputSpec =>
      node.attrs.align ? [tag, { style: `text-align: ${node.attrs.align}` }, 0] : [tag, 0],
  };
}

export const schema = new Schema({
  nodes: {
    doc: { content: "block+" },
    paragraph: { content: "inline*", group: "block", parseDOM: [{ tag: "p" }], toDOM: () => ["p", 0] },
    heading: {
      content: "inline*",
      group: "block",
      attrs: { level: { default: 1 } },
      defining: true,
      parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
      toDOM: (node) => [`h${node.attrs.level}`, 0],
    },
    blockquote: {
      content: "block+",
      group: "block",
      defining: true,
      parseDOM: [{ tag: "blockquote" }],
      toDOM: () => ["blockquote", 0],
    },
    code_block: {
      content: "text*",
      marks: "",
      group: "block",
      code: true,
      defining: true,
      attrs: { params: { default: "" } },
      parseDOM: [{ tag: "pre", preserveWhitespace: "full" }],
      toDOM: () => ["pre", ["code", 0]],
    },
    horizontal_rule: { group: "block", parseDOM: [{ tag: "hr" }], toDOM: () => ["hr"] },
    ordered_list: {
      content: "list_item+",
      group: "block",
      attrs: { order: { default: 1 }, tight: { default: true } },
      parseDOM: [{ tag: "ol", getAttrs: (dom: HTMLElement) => ({ order: Number(dom.getAttribute("start") ?? 1) }) }],
      toDOM: (node) => (node.attrs.order === 1 ? ["ol", 0] : ["ol", { start: node.attrs.order }, 0]),
    },
    bullet_list: {
      content: "list_item+",
      group: "block",
      attrs: { tight: { default: true } },
      parseDOM: [{ tag: "ul" }],
      toDOM: () => ["ul", 0],
    },
    list_item: { content: "block+", defining: true, parseDOM: [{ tag: "li" }], toDOM: () => ["li", 0] },
    table: {
      content: "table_row+",
      group: "block",
      isolating: true,
      tableRole: "table",
      parseDOM: [{ tag: "table" }],
      toDOM: () => ["table", ["tbody", 0]],
    },
    table_row: { content: "(table_header | table_cell)+", parseDOM: [{ tag: "tr" }], toDOM: () => ["tr", 0] },
    table_header: cell("th"),
    table_cell: cell("td"),
    footnote_def: {
      content: "block+",
      group: "block",
      attrs: { label: {} },
      defining: true,
      parseDOM: [{ tag: "aside.footnote-def", getAttrs: (dom: HTMLElement) => ({ label: dom.dataset.label }) }],
      toDOM: (node) => [
        "aside",
        { class: "footnote-def", "data-label": node.attrs.label, "data-note": node.attrs.label },
        0,
      ],
    },
    text: { group: "inline" },
    footnote_ref: {
      inline: true,
      group: "inline",
      atom: true,
      attrs: { label: {} },
      parseDOM: [{ tag: "sup.footnote-ref", getAttrs: (dom: HTMLElement) => ({ label: dom.dataset.label }) }],
      toDOM: (node) => ["sup", { class: "footnote-ref", "data-label": node.attrs.label }, node.attrs.label],
    },
    // A line break inside a paragraph that Markdown reads as a space (one newline): the real texts
    // put their subparagraphs on such lines, so the editor shows them as lines.
    soft_break: {
      inline: true,
      group: "inline",
      selectable: false,
      parseDOM: [{ tag: "br.soft" }],
      toDOM: () => ["br", { class: "soft" }],
    },
    hard_break: {
      inline: true,
      group: "inline",
      selectable: false,
      parseDOM: [{ tag: "br" }],
      toDOM: () => ["br"],
    },
  },
  marks: {
    // Ranked as the serializer opens them: link outermost, code innermost.
    link: {
      attrs: { href: {}, title: { default: null } },
      inclusive: false,
      parseDOM: [
        {
          tag: "a[href]",
          getAttrs: (dom: HTMLElement) => ({ href: dom.getAttribute("href"), title: dom.getAttribute("title") }),
        },
      ],
      toDOM: (mark) => ["a", { href: mark.attrs.href, title: mark.attrs.title, rel: "noopener noreferrer" }, 0],
    },
    strong: { parseDOM: [{ tag: "strong" }, { tag: "b" }], toDOM: () => ["strong", 0] },
    em: { parseDOM: [{ tag: "em" }, { tag: "i" }], toDOM: () => ["em", 0] },
    code: { code: true, parseDOM: [{ tag: "code" }], toDOM: () => ["code", 0] },
  },
});
