// Code loaded ahead of the click that needs it (the editors), and drawn at once when it has come.
import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/** A component loaded when first wanted, or before by `preload`: drawn by `Preloaded`. */
export interface Preloadable<P extends object> {
  /** Loads the code now (when the page sees it will be wanted). */
  preload: () => Promise<void>;
  /** The component, once its code has come. */
  ready: () => ComponentType<P> | null;
  lazy: LazyExoticComponent<ComponentType<P>>;
}

export function preloadable<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): Preloadable<P> {
  let ready: ComponentType<P> | null = null;
  const loaded = () =>
    load().then((module) => {
      ready ??= pick(module);
      return ready;
    });
  return {
    preload: () => loaded().then(() => undefined),
    ready: () => ready,
    lazy: lazy(() => loaded().then((component) => ({ default: component }))),
  };
}

/**
 * Draws the component of `of` with the other props. `lazy` alone suspends on its first render even
 * when its code has come already: its fallback ("Loading the editor…") shows for a frame, the page
 * moves under the pointer and a screen reader announces it, at every first opening. Once preloaded,
 * the component is drawn at once; until then it suspends as `lazy` does (keep a Suspense above).
 */
export function Preloaded<P extends object>({ of, ...props }: { of: Preloadable<P> } & P) {
  // `lazy` shows its component only once it has loaded, and `ready` is set before: a mounted
  // component is never swapped for the other one.
  const Shown = of.ready() ?? of.lazy;
  return <Shown {...(props as unknown as P)} />;
}
