// Editing commands and the keymap: the few things a negotiator does to a paragraph.
import { baseKeymap, chainCommands, exitCode, toggleMark } from "prosemirror-commands";
import { redo, undo } from "prosemirror-history";
import type { MarkType, NodeType } from "prosemirror-model";
import { liftListItem, sinkListItem, splitListItem, wrapInList } from "prosemirror-schema-list";
import { type Command, type EditorState, TextSelection } from "prosemirror-state";
import { schema } from "./schema";

export function markActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks || $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

/** The address the selected words link to (the first link in the selection), or null. */
export function linkHref(state: EditorState): string | null {
  const { from, to } = state.selection;
  let href: string | null = null;
  state.doc.nodesBetween(from, to, (node) => {
    const link = href === null ? schema.marks.link.isInSet(node.marks) : undefined;
    if (link) href = String(link.attrs.href);
    return href === null;
  });
  return href;
}

export function inList(state: EditorState, type: NodeType): boolean {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    if ($from.node(depth).type === type) return true;
  }
  return false;
}

/** Wrap in the list, or take the paragraph out of it when it is already one. */
export function toggleList(type: NodeType): Command {
  return (state, dispatch) => {
    if (inList(state, type)) return liftListItem(schema.nodes.list_item)(state, dispatch);
    return wrapInList(type)(state, dispatch);
  };
}

/** Link the selection to `href`, or unlink it when `href` is empty. */
export function setLink(href: string): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty) return false;
    if (dispatch) {
      const tr = state.tr.removeMark(from, to, schema.marks.link);
      if (href) tr.addMark(from, to, schema.marks.link.create({ href, title: null }));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

export function nextNoteLabel(state: EditorState): string {
  let highest = 0;
  state.doc.descendants((node) => {
    if (node.type === schema.nodes.footnote_def || node.type === schema.nodes.footnote_ref) {
      const n = Number(node.attrs.label);
      if (Number.isInteger(n)) highest = Math.max(highest, n);
    }
  });
  return String(highest + 1);
}

/** A footnote: its number in the text, its note at the end, the caret in the note. */
export const insertFootnote: Command = (state, dispatch) => {
  if (!dispatch) return true;
  const label = nextNoteLabel(state);
  const tr = state.tr.replaceSelectionWith(schema.nodes.footnote_ref.create({ label }), false);
  const end = tr.doc.content.size;
  tr.insert(end, schema.nodes.footnote_def.create({ label }, schema.nodes.paragraph.create()));
  tr.setSelection(TextSelection.create(tr.doc, end + 2));
  dispatch(tr.scrollIntoView());
  return true;
};

/** A two-by-two table after the current block. */
export const insertTable: Command = (state, dispatch) => {
  if (!dispatch) return true;
  const { nodes } = schema;
  const row = (cell: typeof nodes.table_cell) => nodes.table_row.create(null, [cell.create(), cell.create()]);
  const table = nodes.table.create(null, [row(nodes.table_header), row(nodes.table_cell)]);
  const at = state.selection.$from.after(1);
  const tr = state.tr.insert(at, table);
  tr.setSelection(TextSelection.create(tr.doc, at + 3));
  dispatch(tr.scrollIntoView());
  return true;
};

const hardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
  dispatch?.(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView());
  return true;
});

export function keymapBindings(): Record<string, Command> {
  return {
    ...baseKeymap,
    "Mod-z": undo,
    "Shift-Mod-z": redo,
    "Mod-y": redo,
    "Mod-b": toggleMark(schema.marks.strong),
    "Mod-i": toggleMark(schema.marks.em),
    Enter: chainCommands(splitListItem(schema.nodes.list_item), baseKeymap.Enter as Command),
    "Shift-Enter": hardBreak,
    "Mod-Enter": () => false,
    "Mod-[": liftListItem(schema.nodes.list_item),
    "Mod-]": sinkListItem(schema.nodes.list_item),
  };
}
