import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SectionPublic } from "../../api/client";
import type { Suggestion } from "../../api/review";
import { ReviewBar } from "./ReviewBar";
import type { SuggestEditorProps } from "./SuggestEditor";
import { SuggestForm } from "./SuggestForm";
import { SuggestionList } from "./SuggestionList";
import type { Review } from "./useReview";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

// openapi-fetch takes the global fetch and Request when the client is made (at import): stub
// them first; its requests have relative URLs, which Node's Request resolves against nothing.
const net = vi.hoisted(() => {
  const Base = globalThis.Request;
  globalThis.Request = class extends Base {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === "string" && input.startsWith("/") ? `http://localhost${input}` : input, init);
    }
  } as typeof Request;
  const state = {
    requests: [] as { url: string; method: string; body: unknown }[],
    answer: (_url: string): unknown => ({}),
  };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const text = await request.text();
    state.requests.push({ url: request.url, method: request.method, body: text ? JSON.parse(text) : null });
    return new Response(JSON.stringify(state.answer(request.url)), {
      status: 200,
      headers: { "Content-Type": "application/json" },
    });
  }) as typeof fetch;
  return state;
});

const SECTION = {
  id: 7,
  document_id: 3,
  kind: "paragraph",
  level: null,
  number: 2,
  comments: 0,
  current: { number: 4, text: "We welcome the consortium.", html: "<p>We welcome the consortium.</p>" },
} as unknown as SectionPublic;

function suggestion(id: number, code: string, extra: Partial<Suggestion["amendment"]> = {}): Suggestion {
  return {
    current_version: 4,
    html: `<p>We <ins title="${code}, 2026-12-05">warmly </ins>welcome the consortium.</p>`,
    amendment: {
      id: `amd_${id}`,
      section_id: 7,
      base_version: 4,
      text: "We warmly welcome the consortium.",
      rationale: "",
      proposer: { id: 100 + id, name: `Person ${id}` },
      delegation: { id, code, name: `Delegation ${code}`, kind: "government", announced: true },
      status: "open",
      created_at: "2026-12-05T07:00:00Z",
      decided_by: null,
      decided_at: null,
      reason: "",
      result_version: null,
      diff: [],
      stale: false,
      collisions: [],
      mergeable: true,
      ...extra,
    },
  } as Suggestion;
}

let root: Root;
let host: HTMLDivElement;

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  net.requests.length = 0;
  net.answer = (url) => (url.endsWith("/revisions") ? [] : {});
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function render(node: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // A data router: the suggestion form guards unsaved changes with the router's blocker.
  const router = createMemoryRouter([{ path: "/", element: node }]);
  await act(async () =>
    root.render(
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  );
}

function byTestId(id: string): HTMLElement[] {
  return Array.from(host.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
}

function button(name: string): HTMLButtonElement {
  const found = Array.from(host.querySelectorAll("button")).find(
    (b) => b.textContent === name || b.getAttribute("aria-label") === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), "value")?.set;
  await act(async () => {
    setter?.call(element, value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

function list(suggestions: Suggestion[], layout: "one" | "side", pen: boolean) {
  const byId = new Map(suggestions.map((s) => [s.amendment.id, s]));
  return (
    <SuggestionList
      section={SECTION}
      label="para. 2"
      suggestions={suggestions}
      layout={layout}
      pen={pen}
      meId={null}
      byId={byId}
    />
  );
}

/** Another editor behind the SuggestEditor interface: each click adds "!". */
function FakeEditor({ value, onChange, base, label, onEscape }: SuggestEditorProps) {
  return (
    <button
      type="button"
      aria-label={label}
      data-base={base}
      data-testid="fake-editor"
      onClick={() => onChange(`${value.slice(0, -1)}, warmly.`)}
      onKeyDown={(event) => event.key === "Escape" && onEscape?.()}
    >
      {value}
    </button>
  );
}

describe("SuggestionList", () => {
  it("shows a suggestion as tracked changes with its delegation's code and colour", async () => {
    await render(list([suggestion(1, "FRA")], "one", false));
    const text = byTestId("suggestion-text")[0];
    expect(text?.querySelector("ins")?.textContent).toBe("warmly ");
    expect(byTestId("suggestion-code")[0]?.textContent).toBe("FRA");
    expect(byTestId("suggestion")[0]?.getAttribute("style")).toContain("--track");
    expect(byTestId("suggestion-accept")).toHaveLength(0); // not the chair
  });

  it("switches between several suggestions one at a time", async () => {
    await render(list([suggestion(1, "FRA"), suggestion(2, "JPN")], "one", false));
    expect(byTestId("suggestion")).toHaveLength(1);
    expect(byTestId("suggestion-position")[0]?.textContent).toBe("Suggestion 1 of 2");
    await act(async () => button("Next suggestion").click());
    expect(byTestId("suggestion-position")[0]?.textContent).toBe("Suggestion 2 of 2");
    expect(byTestId("suggestion-code")[0]?.textContent).toBe("JPN");
    await act(async () => button("FRA").click());
    expect(byTestId("suggestion-code")[0]?.textContent).toBe("FRA");
  });

  it("puts several suggestions side by side", async () => {
    await render(list([suggestion(1, "FRA"), suggestion(2, "JPN")], "side", false));
    expect(byTestId("suggestion-code").map((e) => e.textContent)).toEqual(["FRA", "JPN"]);
  });

  it("says in words when a suggestion is stale or collides", async () => {
    const stale = suggestion(1, "FRA", { stale: true, base_version: 2, mergeable: false, collisions: ["amd_2"] });
    await render(list([stale, suggestion(2, "JPN", { collisions: ["amd_1"] })], "one", true));
    expect(byTestId("suggestion-stale")[0]?.textContent).toContain("Proposed on version 2; the text is now version 4");
    expect(byTestId("suggestion-stale")[0]?.textContent).toContain("cannot be accepted");
    expect(byTestId("suggestion-collision")[0]?.textContent).toContain("Changes the same words as JPN");
    expect((byTestId("suggestion-accept")[0] as HTMLButtonElement).disabled).toBe(true);
  });

  it("lets the chair accept in place with the amendment API", async () => {
    await render(list([suggestion(5, "FRA")], "one", true));
    await act(async () => byTestId("suggestion-accept")[0]?.click());
    const accept = net.requests.find((r) => r.method === "POST");
    expect(accept?.url).toMatch(/\/api\/v1\/amendments\/amd_5\/accept$/);
  });

  it("asks the chair for a reason before rejecting", async () => {
    await render(list([suggestion(5, "FRA")], "one", true));
    await act(async () => byTestId("suggestion-reject")[0]?.click());
    const confirm = button("Reject suggestion");
    expect(confirm.disabled).toBe(true);
    const reason = host.querySelector<HTMLInputElement>(".reject-form input");
    if (!reason) throw new Error("no reason field");
    await type(reason, "Not agreed");
    await act(async () => button("Reject suggestion").click());
    const reject = net.requests.find((r) => r.method === "POST");
    expect(reject?.url).toMatch(/\/amendments\/amd_5\/reject$/);
    expect(reject?.body).toEqual({ reason: "Not agreed" });
  });
});

describe("SuggestForm", () => {
  it("proposes the edited text on the current version, with the rationale optional", async () => {
    const done = vi.fn();
    await render(<SuggestForm section={SECTION} label="para. 2" delegation="FRA" onDone={done} Editor={FakeEditor} />);
    const editor = byTestId("fake-editor")[0];
    expect(editor?.getAttribute("aria-label")).toBe("Your suggested text for para. 2");
    // The editor tracks the person's changes against the paragraph's current text.
    expect(editor?.dataset.base).toBe("We welcome the consortium.");
    expect(button("Propose").disabled).toBe(true); // nothing changed yet
    await act(async () => editor?.click());
    expect(button("Propose").disabled).toBe(false);
    await act(async () => button("Propose").click());
    const sent = net.requests.find((r) => r.method === "POST");
    expect(sent?.url).toMatch(/\/api\/v1\/sections\/7\/amendments$/);
    expect(sent?.body).toEqual({ text: "We welcome the consortium, warmly.", base_version: 4, rationale: "" });
    expect(done).toHaveBeenCalled();
  });

  it("leaves at once on Escape when nothing changed", async () => {
    const done = vi.fn();
    await render(<SuggestForm section={SECTION} label="para. 2" delegation="FRA" onDone={done} Editor={FakeEditor} />);
    const editor = byTestId("fake-editor")[0];
    await act(async () => editor?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true })));
    expect(done).toHaveBeenCalled();
  });

  it("asks before dropping a changed suggestion", async () => {
    const done = vi.fn();
    await render(<SuggestForm section={SECTION} label="para. 2" delegation="FRA" onDone={done} Editor={FakeEditor} />);
    const editor = byTestId("fake-editor")[0];
    await act(async () => editor?.click());
    await act(async () => editor?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true })));
    expect(done).not.toHaveBeenCalled();
    expect(byTestId("unsaved-dialog")).toHaveLength(1);
    await act(async () => button("Keep editing").click());
    expect(byTestId("unsaved-dialog")).toHaveLength(0);
    expect(byTestId("fake-editor")[0]?.textContent).toBe("We welcome the consortium, warmly.");
    await act(async () => button("Cancel").click());
    await act(async () => button("Leave without saving").click());
    expect(done).toHaveBeenCalled();
  });
});

describe("ReviewBar", () => {
  function review(extra: Partial<Review> = {}): Review {
    return {
      documentId: 3,
      suggestions: [],
      suggestionsLoaded: true,
      showSuggestions: true,
      setShowSuggestions: vi.fn(),
      layout: "one",
      setLayout: vi.fn(),
      crowded: false,
      mayPropose: true,
      suggesting: false,
      setSuggesting: vi.fn(),
      since: null,
      setSince: vi.fn(),
      changes: null,
      changesPending: false,
      current: 0,
      goTo: vi.fn(),
      navigable: [],
      slot: () => null,
      ...extra,
    };
  }

  it("offers every revision and my delegation's last approval to compare with", async () => {
    net.answer = (url) => (url.endsWith("/revisions") ? [{ id: 1, label: "Rev.1" }] : {});
    const setSince = vi.fn();
    await render(<ReviewBar review={review({ setSince })} hasDelegation />);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    const select = byTestId("changes-since")[0] as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value)).toEqual(["", "Rev.1", "approval"]);
    await act(async () => {
      select.value = "Rev.1";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(setSince).toHaveBeenCalledWith("Rev.1");
  });

  it("counts the changes and moves between them", async () => {
    const changes = [1, 2, 3].map((id) => ({
      section_id: id,
      status: "changed" as const,
      from_version: 1,
      to_version: 2,
      html: "<p><ins>x</ins></p>",
      moved: false,
    }));
    const goTo = vi.fn();
    await render(
      <ReviewBar review={review({ since: "Rev.1", changes, navigable: changes, current: 1, goTo })} hasDelegation />,
    );
    expect(byTestId("changes-count")[0]?.textContent).toBe("3 paragraphs changed.");
    expect(byTestId("change-position")[0]?.textContent).toBe("Change 2 of 3");
    await act(async () => button("Next change").click());
    expect(goTo).toHaveBeenCalledWith(2);
    await act(async () => button("Previous change").click());
    expect(goTo).toHaveBeenCalledWith(0);
  });

  it("counts moved paragraphs apart from changed ones", async () => {
    const change = (id: number, status: "changed" | "moved", moved: boolean) => ({
      section_id: id,
      status,
      from_version: 1,
      to_version: status === "moved" ? 1 : 2,
      html: "<p>x</p>",
      moved,
      from_number: moved ? 1 : null,
    });
    const changes = [change(1, "changed", false), change(2, "changed", true), change(3, "moved", true)];
    await render(<ReviewBar review={review({ since: "Rev.1", changes, navigable: changes })} hasDelegation />);
    expect(byTestId("changes-count")[0]?.textContent).toBe("2 paragraphs changed, 2 moved.");
    const onlyMoved = [change(3, "moved", true)];
    await render(
      <ReviewBar review={review({ since: "Rev.1", changes: onlyMoved, navigable: onlyMoved })} hasDelegation />,
    );
    expect(byTestId("changes-count").at(-1)?.textContent).toBe("1 paragraph moved.");
  });

  it("offers Suggesting mode only to those who may propose", async () => {
    await render(<ReviewBar review={review({ mayPropose: false })} hasDelegation={false} />);
    expect(byTestId("suggesting-mode")).toHaveLength(0);
    const select = byTestId("changes-since")[0] as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value)).not.toContain("approval");
  });
});
