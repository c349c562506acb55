// The rich-text editor for a section's text: bold, italic, links, lists, footnotes, tables and
// negotiation brackets shown as they look; the stored text stays Markdown (docs/markdown.md).
// A "Markdown" switch shows the raw text in a plain box. The caller gets the edited Markdown through
// `onChange`: the original text while the document is unchanged, so opening and leaving saves nothing.
// It hears of typing at a pause (see `whenQuiet`), and at once before Escape, Ctrl+Enter, a pointer
// press, leaving the editor (blur), switching to Markdown or closing.
import { toggleMark } from "prosemirror-commands";
import { history } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import type { Node as PMNode } from "prosemirror-model";
import { type Command, EditorState, TextSelection } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { t } from "../../i18n";
import { bracketHighlight } from "./brackets";
import {
  inList,
  insertFootnote,
  insertTable,
  keymapBindings,
  linkHref,
  markActive,
  setLink,
  toggleList,
} from "./commands";
import { LinkDialog } from "./LinkDialog";
import { parseMarkdown, serializeMarkdown } from "./markdown";
import { whenQuiet } from "./quiet";
import { schema } from "./schema";
import { trackedChanges } from "./tracked";
import "./editor.css";

export interface RichEditorProps {
  /** The Markdown to start from. Later changes replace the text only when it differs from what is shown. */
  value: string;
  onChange?: (markdown: string) => void;
  label: string;
  editable?: boolean;
  autoFocus?: boolean;
  testId?: string;
  /** Escape pressed in the editor (the document page leaves the editor). */
  onEscape?: () => void;
  /** Ctrl/Cmd+Enter (save). */
  onSubmit?: () => void;
  placeholder?: string;
  /** Suggesting: the Markdown the text started from; what the person changes from it shows in place. */
  trackFrom?: string;
}

interface Active {
  strong: boolean;
  em: boolean;
  link: boolean;
  bullet: boolean;
  ordered: boolean;
  /** Words are selected (what a link needs). */
  selected: boolean;
}

function activeOf(state: EditorState): Active {
  return {
    strong: markActive(state, schema.marks.strong),
    em: markActive(state, schema.marks.em),
    link: markActive(state, schema.marks.link),
    bullet: inList(state, schema.nodes.bullet_list),
    ordered: inList(state, schema.nodes.ordered_list),
    selected: !state.selection.empty,
  };
}

/**
 * Escape and Ctrl/Cmd+Enter go to the caller, when it listens, once it has heard of every change
 * and rendered it (flushSync): Ctrl+Enter right after a key saves the text with that key.
 */
function callerKeys(latest: { current: RichEditorProps }, tell: () => void): Record<string, Command> {
  const keys: Record<string, Command> = {};
  keys.Escape = () => {
    flushSync(tell);
    latest.current.onEscape?.();
    return !!latest.current.onEscape;
  };
  keys["Mod-Enter"] = () => {
    flushSync(tell);
    latest.current.onSubmit?.();
    return !!latest.current.onSubmit;
  };
  return keys;
}

function sameActive(a: Active, b: Active): boolean {
  return (Object.keys(a) as (keyof Active)[]).every((key) => a[key] === b[key]);
}

export function RichEditor(props: RichEditorProps) {
  const { value, label, editable = true, testId, trackFrom } = props;
  const [raw, setRaw] = useState(false);
  const [rawText, setRawText] = useState(value);
  const [active, setActive] = useState<Active>({
    strong: false,
    em: false,
    link: false,
    bullet: false,
    ordered: false,
    selected: false,
  });
  // The link being asked for: the address the selected words link to now (null: none).
  const [linking, setLinking] = useState<{ current: string | null } | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // What the view was opened with: while the document equals it, the caller gets `value` back unchanged.
  const origin = useRef<{ doc: PMNode; text: string } | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const shown = useRef(value);
  // Tells the caller of changes it has not heard of yet, at once (set while the view lives).
  const tellNow = useRef(() => {});
  const ids = { raw: useId() };
  const tracking = useMemo(
    () => (trackFrom === undefined ? null : trackedChanges(parseMarkdown(trackFrom))),
    [trackFrom],
  );

  // The view is created once per mount and once per switch back from the raw text.
  useEffect(() => {
    if (raw || !host.current) return;
    const text = shown.current;
    const doc = parseMarkdown(text);
    origin.current = { doc, text };
    const report = () => {
      // Unchanged document, unchanged text: what was opened is given back as it was written.
      const start = origin.current;
      const current = created.state.doc;
      const edited = start && current.eq(start.doc) ? start.text : serializeMarkdown(current);
      if (edited === shown.current) return;
      shown.current = edited;
      latest.current.onChange?.(edited);
    };
    const tell = whenQuiet(report);
    tellNow.current = tell.now;
    // Set while ProseMirror takes in a character the browser typed into the text itself: the
    // browser has scrolled its caret into view already (see handleScrollToSelection).
    let typedNatively = false;
    const created: EditorView = new EditorView(host.current, {
      state: EditorState.create({
        doc,
        plugins: [
          history(),
          keymap(callerKeys(latest, tell.now)),
          keymap(keymapBindings()),
          bracketHighlight(),
          ...(tracking ? [tracking] : []),
        ],
      }),
      editable: () => latest.current.editable ?? true,
      // The browser types a character into a text block itself, and ProseMirror reads it from the
      // page; only a character typed over a selection across blocks, or over a selected node, is
      // put in by ProseMirror (then it must scroll).
      handleTextInput(current) {
        const { selection } = current.state;
        typedNatively = selection instanceof TextSelection && selection.$from.sameParent(selection.$to);
        return false;
      },
      // Scrolling the caret into view measures every box from the caret to the page, which lays
      // the page out in the middle of the key's handling: a typed character is in view already.
      handleScrollToSelection: () => typedNatively,
      // Leaving the editor (for its Save button, say) tells the caller first.
      handleDOMEvents: {
        blur: () => {
          tell.now();
          return false;
        },
      },
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label,
        dir: "auto",
        class: `rich-text section-text${tracking ? " tracked" : ""}`,
        ...(testId ? { "data-testid": testId } : {}),
      },
      dispatchTransaction(tr) {
        const next = created.state.apply(tr);
        created.updateState(next);
        typedNatively = false;
        const now = activeOf(next);
        setActive((was) => (sameActive(was, now) ? was : now));
        if (!tr.docChanged) return;
        // Whether there is anything to save the caller hears at once (its guard against leaving
        // unsaved must hold from the first key); the words themselves at the pause.
        const start = origin.current;
        const edited = !start || !next.doc.eq(start.doc);
        if (edited === (shown.current !== start?.text)) tell.ask();
        else {
          tell.cancel();
          report();
        }
      },
    });
    view.current = created;
    if (latest.current.autoFocus) created.focus();
    // A press anywhere (a Save button that takes no focus on click, as in Safari) tells it too.
    document.addEventListener("pointerdown", tell.now, true);
    return () => {
      document.removeEventListener("pointerdown", tell.now, true);
      tell.now();
      tellNow.current = () => {};
      created.destroy();
      view.current = null;
    };
    // Recreated only when switching views; value changes are applied below.
  }, [raw, label, testId, tracking]);

  // An outside change of `value` (start again from the latest version, a conflict resolution) replaces the text.
  useEffect(() => {
    if (value === shown.current) return;
    shown.current = value;
    setRawText(value);
    const current = view.current;
    if (!current) return;
    const doc = parseMarkdown(value);
    origin.current = { doc, text: value };
    current.updateState(EditorState.create({ doc, plugins: current.state.plugins }));
  }, [value]);

  useEffect(() => {
    view.current?.setProps({ editable: () => editable });
  }, [editable]);

  function exec(command: (state: EditorState, dispatch?: EditorView["dispatch"]) => boolean) {
    const current = view.current;
    if (!current) return;
    command(current.state, current.dispatch);
    current.focus();
  }

  function askLink() {
    const current = view.current;
    if (current) setLinking({ current: linkHref(current.state) });
  }

  function applyLink(href: string) {
    setLinking(null);
    exec(setLink(href));
  }

  function switchRaw() {
    tellNow.current();
    if (raw) {
      // Back to the rich view: the raw text becomes the document.
      shown.current = rawText;
      setRaw(false);
    } else {
      setRawText(shown.current);
      setRaw(true);
    }
  }

  const disabled = !editable || raw;
  const button = (
    name: keyof Active | "note" | "table",
    label: string,
    text: string,
    action: () => void,
    off = false,
  ) => (
    <button
      type="button"
      className={`tool${name in active && active[name as keyof Active] ? " on" : ""}`}
      title={label}
      aria-pressed={name in active ? active[name as keyof Active] : undefined}
      disabled={disabled || off}
      onMouseDown={(e) => e.preventDefault()}
      onClick={action}
      data-testid={`tool-${name}`}
    >
      {/* The glyph is what one sees, the words what one hears (a name need not start with "1."). */}
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );

  return (
    <div className="rich-editor" data-raw={raw}>
      <div className="toolbar" role="toolbar" aria-label={t.richEditor.toolbar}>
        {button("strong", t.richEditor.bold, "B", () => exec(toggleMark(schema.marks.strong)))}
        {button("em", t.richEditor.italic, "I", () => exec(toggleMark(schema.marks.em)))}
        {button(
          "link",
          active.selected ? t.richEditor.link : t.richEditor.linkSelectFirst,
          t.richEditor.linkShort,
          askLink,
          !active.selected,
        )}
        {button("bullet", t.richEditor.bulletList, "•", () => exec(toggleList(schema.nodes.bullet_list)))}
        {button("ordered", t.richEditor.numberedList, "1.", () => exec(toggleList(schema.nodes.ordered_list)))}
        {button("note", t.richEditor.footnote, "¹", () => exec(insertFootnote))}
        {button("table", t.richEditor.table, "▦", () => exec(insertTable))}
        <label className="tool-raw checkbox">
          <input type="checkbox" checked={raw} onChange={switchRaw} disabled={!editable} data-testid="tool-markdown" />
          {t.richEditor.markdown}
        </label>
      </div>
      {raw ? (
        <textarea
          id={ids.raw}
          className="raw-markdown"
          aria-label={t.richEditor.rawLabel(label)}
          dir="auto"
          value={rawText}
          readOnly={!editable}
          data-testid={testId ? `${testId}-markdown` : undefined}
          onChange={(e) => {
            setRawText(e.target.value);
            shown.current = e.target.value;
            props.onChange?.(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape" && props.onEscape) props.onEscape();
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && props.onSubmit) props.onSubmit();
          }}
        />
      ) : (
        <div className="editor rich" ref={host} data-placeholder={props.placeholder} />
      )}
      {linking && <LinkDialog current={linking.current} onApply={applyLink} onCancel={() => setLinking(null)} />}
    </div>
  );
}
