import { act, type ReactNode, Suspense } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { type Mounted, mount } from "../components/margin/render.test-util";
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
  let mounted: Mounted | null = null;
  const show = (node: ReactNode) => {
    mounted = mount(<Suspense fallback={<p>Loading the editor…</p>}>{node}</Suspense>);
    return mounted.container;
  };
  afterEach(() => mounted?.unmount());

  it("is drawn at once, with no fallback, once its code has come", async () => {
    const { arrive, code } = deferredModule();
    const preloading = code.preload();
    arrive();
    await preloading;
    const container = show(<Preloaded of={code} name="Amina" />);
    // Within the same synchronous render: `lazy` alone would show its fallback here.
    expect(container.textContent).toBe("Hello Amina");
  });

  it("waits for its code as lazy does when it has not come", async () => {
    const { arrive, code } = deferredModule();
    const container = show(<Preloaded of={code} name="Amina" />);
    expect(container.textContent).toBe("Loading the editor…");
    await act(async () => arrive());
    expect(container.textContent).toBe("Hello Amina");
  });
});
