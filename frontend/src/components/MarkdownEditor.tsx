import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { Compartment, EditorState, type Extension } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  placeholder as placeholderExt,
} from "@codemirror/view";
import { useEffect, useRef } from "react";
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

interface Props {
  value: string;
  onChange?: (text: string) => void;
  label: string;
  editable?: boolean;
  placeholder?: string;
  testId?: string;
  /** Put the caret in the editor when it opens. */
  autoFocus?: boolean;
}

/** CodeMirror 6 with Markdown. Controlled loosely: outside changes to `value` replace the text. */
export function MarkdownEditor({
  value,
  onChange,
  label,
  editable = true,
  placeholder,
  testId,
  autoFocus = false,
}: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const access = useRef(new Compartment());
  // What the view starts with when it is (re)created; later changes are applied below.
  const start = useRef({ value, editable, placeholder, autoFocus });
  start.current = { value, editable, placeholder, autoFocus };

  useEffect(() => {
    if (!host.current) return;
    const { value, editable, placeholder, autoFocus } = start.current;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          ...baseExtensions(label),
          access.current.of([EditorState.readOnly.of(!editable), EditorView.editable.of(editable)]),
          ...(placeholder ? [placeholderExt(placeholder)] : []),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current?.(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    if (autoFocus) created.focus();
    return () => {
      created.destroy();
      view.current = null;
    };
    // The view is created once per label; `value` and `editable` changes are applied below.
  }, [label]);

  useEffect(() => {
    view.current?.dispatch({
      effects: access.current.reconfigure([EditorState.readOnly.of(!editable), EditorView.editable.of(editable)]),
    });
  }, [editable]);

  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value) {
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div className="editor" ref={host} data-testid={testId} />;
}
