// A caller told of typing at a pause, not at every key (the rich-text editor's `onChange`).

/** How long a pause in typing is before the caller hears the words typed. */
export const QUIET_MS = 250;

/**
 * Runs `then` once asked and not asked again for QUIET_MS (a pause in typing), at most once
 * however often it is asked meanwhile; `now` runs it at once if it is due. While the person
 * types, a key costs only what the editor does for it: the caller's re-render and the Markdown
 * wait for the pause, and do not compete with drawing the keys on a busy machine.
 */
export function whenQuiet(then: () => void): { ask: () => void; now: () => void; cancel: () => void } {
  let task = 0;
  const cancel = () => {
    clearTimeout(task);
    task = 0;
  };
  return {
    ask() {
      clearTimeout(task);
      task = window.setTimeout(() => {
        task = 0;
        then();
      }, QUIET_MS);
    },
    now() {
      if (!task) return;
      cancel();
      then();
    },
    cancel,
  };
}
