import type { ComponentType } from "react";

/**
 * What Suggesting mode needs of an editor: the paragraph's Markdown in, the edited Markdown
 * out. A plain textarea for now; the rich-text editor can take its place by implementing
 * this interface (and being passed as `Editor` to SuggestForm), nothing else changes.
 */
export interface SuggestEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** The accessible name: which paragraph this suggestion is for. */
  label: string;
  onEscape?: () => void;
  autoFocus?: boolean;
}

export type SuggestEditorComponent = ComponentType<SuggestEditorProps>;

export function PlainSuggestEditor({ value, onChange, label, onEscape, autoFocus = false }: SuggestEditorProps) {
  return (
    <textarea
      className="suggest-editor"
      aria-label={label}
      dir="auto"
      rows={Math.min(12, Math.max(3, Math.ceil(value.length / 70)))}
      value={value}
      // biome-ignore lint/a11y/noAutofocus: opened on purpose by "Suggest a change".
      autoFocus={autoFocus}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === "Escape" && onEscape) {
          event.preventDefault();
          onEscape();
        }
      }}
      data-testid="suggest-editor"
    />
  );
}

export const SuggestEditor: SuggestEditorComponent = PlainSuggestEditor;
