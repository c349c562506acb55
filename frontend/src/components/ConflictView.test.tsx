import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EditState } from "../lib/conflict";
import { ConflictView } from "./ConflictView";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

type Conflict = Extract<EditState, { phase: "conflict" }>;

const BASE = "**Parties** shall publish their positions.";
const STATE: Conflict = {
  phase: "conflict",
  base: { version: 2, text: BASE },
  theirs: { version: 3, text: BASE.replace("publish", "openly publish") },
  mine: BASE.replace("publish", "promptly publish"),
  resolution: BASE.replace("publish", "promptly publish"),
  ranges: [{ base_start: 20, base_end: 20, current: "openly ", proposed: "promptly " }],
  saving: false,
};

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function part(id: string): HTMLElement {
  const found = host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe("ConflictView", () => {
  it("shows the three texts rendered, each side's change over the base marked", async () => {
    await act(async () => root.render(<ConflictView state={STATE} dispatch={() => {}} />));
    expect(part("conflict-base").querySelector("strong")?.textContent).toBe("Parties");
    expect(part("conflict-base").querySelectorAll("ins, del")).toHaveLength(0);
    expect(part("conflict-theirs").querySelector("ins")?.textContent).toBe("openly ");
    expect(part("conflict-mine").querySelector("ins")?.textContent).toBe("promptly ");
    expect(host.textContent).not.toContain("**");
    // The clash is said in words, over rendered text.
    expect(part("conflict-clashes").textContent).toBe("At one place they added “openly”, you added “promptly”");
    // The text to save opens in the rich-text editor, as my text.
    const resolution = part("conflict-resolution");
    expect(resolution.getAttribute("contenteditable")).toBe("true");
    expect(resolution.textContent).toBe("Parties shall promptly publish their positions.");
  });

  it("starts the text to save from their text on request", async () => {
    const dispatch = vi.fn();
    await act(async () => root.render(<ConflictView state={STATE} dispatch={dispatch} />));
    const button = Array.from(host.querySelectorAll("button")).find((b) => b.textContent === "Start from their text");
    await act(async () => button?.click());
    expect(dispatch).toHaveBeenCalledWith({ type: "take", side: "theirs" });
    // The reducer's new resolution replaces the editor's text.
    await act(async () =>
      root.render(<ConflictView state={{ ...STATE, resolution: STATE.theirs.text }} dispatch={dispatch} />),
    );
    expect(part("conflict-resolution").textContent).toBe("Parties shall openly publish their positions.");
  });
});
