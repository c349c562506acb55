import { type ComponentType, Suspense } from "react";
import { Preloaded, preloadable } from "../../app/preloadable";
import { t } from "../../i18n";
import { Loading } from "../Status";

// The editor (ProseMirror, markdown-it) is loaded when first wanted, not with the document page:
// reading a 634-section text should not wait for it. The page asks for it when Suggesting starts.
export const richEditor = preloadable(
  () => import("../editor/RichEditor"),
  (m) => m.RichEditor,
);

/**
 * What Suggesting mode needs of an editor: the paragraph's Markdown in, the edited Markdown out,
 * and the text it started from, so that the person's own changes show as they type. The rich-text
 * editor with tracked changes is the one people use; the interface lets a test pass a plain one.
 */
export interface SuggestEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** The current text of the paragraph: what the suggestion changes. */
  base: string;
  /** The accessible name: which paragraph this suggestion is for. */
  label: string;
  onEscape?: () => void;
  onSubmit?: () => void;
  autoFocus?: boolean;
}

export type SuggestEditorComponent = ComponentType<SuggestEditorProps>;

export function TrackedSuggestEditor({
  value,
  onChange,
  base,
  label,
  onEscape,
  onSubmit,
  autoFocus,
}: SuggestEditorProps) {
  return (
    <Suspense fallback={<Loading label={t.arrange.loadingEditor} />}>
      <Preloaded
        of={richEditor}
        value={value}
        onChange={onChange}
        trackFrom={base}
        label={label}
        onEscape={onEscape}
        onSubmit={onSubmit}
        autoFocus={autoFocus}
        testId="suggest-editor"
      />
    </Suspense>
  );
}

export const SuggestEditor: SuggestEditorComponent = TrackedSuggestEditor;
