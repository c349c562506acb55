// Which margin is being written in: one new comment at a time on the document page.
import { useCallback, useState } from "react";
import type { Anchor } from "../../lib/anchor";
import type { Composing } from "./Margin";

export function useMargin() {
  const [composing, setComposing] = useState<{ sectionId: number; composing: Composing } | null>(null);
  const compose = useCallback((sectionId: number, anchor: Anchor | null) => {
    setComposing({ sectionId, composing: { anchor } });
  }, []);
  const close = useCallback(() => setComposing(null), []);
  const composingIn = (sectionId: number): Composing | null =>
    composing?.sectionId === sectionId ? composing.composing : null;
  return { compose, close, composingIn, sectionId: composing?.sectionId ?? null };
}
