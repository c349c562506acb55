import { act, Suspense } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Preloaded, preloadable } from "./preloadable";

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A module that comes when `arrive` is called, as a chunk over the network would. */
function deferredModule() {
  let arrive: () => void = () => {};
  const came = new Promise<{ Greeting: typeof Greeting }>((resolve) => {
    arrive = () => resolve({ Greeting });
  });
  return {
    arrive,
    code: preloadable(
      () => came,
      (m) => m.Greeting,
    ),
  };
}

describe("a preloaded component", () => {
  let container: HTMLElement;
  let root: Root;
  const show = (node: React.ReactNode) =>
    act(() => root.render(<Suspense fallback={<p>Loading the editor…</p>}>{node}</Suspense>));

  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    container = document.createElement("div");
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it("is drawn at once, with no fallback, once its code has come", async () => {
    const { arrive, code } = deferredModule();
    const preloading = code.preload();
    arrive();
    await preloading;
    show(<Preloaded of={code} name="Amina" />);
    // Within the same synchronous render: `lazy` alone would show its fallback here.
    expect(container.textContent).toBe("Hello Amina");
  });

  it("waits for its code as lazy does when it has not come", async () => {
    const { arrive, code } = deferredModule();
    show(<Preloaded of={code} name="Amina" />);
    expect(container.textContent).toBe("Loading the editor…");
    await act(async () => arrive());
    expect(container.textContent).toBe("Hello Amina");
  });
});
