import type { HTMLAttributes } from "react";

type Tag = "div" | "h2" | "h3" | "h4" | "h5" | "h6";

interface Props extends Omit<HTMLAttributes<HTMLElement>, "children" | "dangerouslySetInnerHTML"> {
  /** Safe HTML: a version's `html` or tracked changes as the server rendered them, or lib/markdown's preview. */
  html: string;
  as?: Tag;
}

/** The heading element for a heading section of `level` (1 is the document's top level: h2). */
export function headingTag(level: number | null | undefined): Tag {
  return `h${Math.min(6, Math.max(1, level ?? 1) + 1)}` as Tag;
}

/**
 * The one place the web app inserts HTML. Both sources render Markdown with raw HTML disabled
 * and unsafe links removed (the server's renderer, and lib/markdown.ts for the live preview),
 * so what comes here is safe by construction: nothing else may be passed.
 */
export function TrustedHtml({ html, as: Element = "div", ...rest }: Props) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: both sources render Markdown with raw HTML off (see above).
  return <Element {...rest} dangerouslySetInnerHTML={{ __html: html }} />;
}
