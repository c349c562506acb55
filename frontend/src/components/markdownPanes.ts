// CodeMirror with Markdown, for the panes of the three-way conflict view (raw text, side by side).
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { EditorState, type Extension } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, keymap } from "@codemirror/view";
import { cspNonce } from "../lib/csp";

/** Extensions shared by the editor and the panes of the conflict view. */
export function markdownExtensions(label: string, editable: boolean): Extension[] {
  return [...baseExtensions(label), EditorState.readOnly.of(!editable), EditorView.editable.of(editable)];
}

function baseExtensions(label: string): Extension[] {
  return [
    EditorView.cspNonce.of(cspNonce()),
    history(),
    drawSelection(),
    highlightActiveLine(),
    markdown(),
    EditorView.lineWrapping,
    // Each line takes its own direction: an Arabic paragraph reads right to left.
    EditorView.perLineTextDirection.of(true),
    EditorView.contentAttributes.of({ "aria-label": label, dir: "auto" }),
    // Tab is left to the browser: keyboard users move in and out of the editor with it.
    keymap.of([...defaultKeymap, ...historyKeymap]),
  ];
}
