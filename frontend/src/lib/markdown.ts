// Client-side Markdown for the editor's live preview only. Saved text is always shown as the
// server renders it (the `html` of a version). Raw HTML is disabled, so the output is safe to
// insert; negotiation brackets are highlighted the way the server does (span.bracket).
import MarkdownIt from "markdown-it";

const md = new MarkdownIt("commonmark", { html: false, linkify: false });
md.enable("table");

const escapeHtml = md.utils.escapeHtml;
const BRACKETED = /\[[^[\]\n]*\]/g;

md.renderer.rules.text = (tokens, idx) => {
  const content = tokens[idx]?.content ?? "";
  let out = "";
  let last = 0;
  for (const match of content.matchAll(BRACKETED)) {
    const start = match.index ?? 0;
    out += `${escapeHtml(content.slice(last, start))}<span class="bracket">${escapeHtml(match[0])}</span>`;
    last = start + match[0].length;
  }
  return out + escapeHtml(content.slice(last));
};

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx]?.attrSet("rel", "noopener noreferrer");
  return self.renderToken(tokens, idx, options);
};

export function renderPreview(markdown: string): string {
  return md.render(markdown);
}
