// Negotiation brackets highlighted while editing, as the reading view highlights them (span.bracket):
// pairs are matched within one paragraph, innermost first; a "[" before "^" is not a bracket.
import type { Node as PMNode } from "prosemirror-model";
import { Plugin } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";

function decorate(doc: PMNode): DecorationSet {
  const found: Decoration[] = [];
  doc.descendants((block, blockPos) => {
    if (!block.isTextblock) return true;
    const open: number[] = [];
    block.forEach((child, offset) => {
      if (!child.isText) return;
      const text = child.text ?? "";
      for (let i = 0; i < text.length; i++) {
        const at = blockPos + 1 + offset + i;
        if (text[i] === "[" && text[i + 1] !== "^") open.push(at);
        else if (text[i] === "]" && open.length) {
          found.push(Decoration.inline(open.pop() as number, at + 1, { class: "bracket" }));
        }
      }
    });
    return false;
  });
  return DecorationSet.create(doc, found);
}

export function bracketHighlight(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    state: {
      init: (_config, state) => decorate(state.doc),
      // Only the paragraph being typed in changes; recomputing the whole (short) section is cheap.
      apply: (tr, old) => (tr.docChanged ? decorate(tr.doc) : old),
    },
    props: {
      decorations(state) {
        return this.getState(state);
      },
    },
  });
}
