// The margin asks for a paragraph's comments only when it has some (a 634-paragraph text would
// otherwise set up 634 queries), and keeps what it read when the last open thread is resolved.
import { act, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MePublic, SectionPublic } from "../../api/client";
import type { CommentPublic } from "../../lib/negotiation/threads";
import { Margin } from "./Margin";
import { type Mounted, mount } from "./render.test-util";

const net = vi.hoisted(() => {
  const Base = globalThis.Request;
  globalThis.Request = class extends Base {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === "string" && input.startsWith("/") ? `http://localhost${input}` : input, init);
    }
  } as typeof Request;
  const state = { urls: [] as string[], comments: [] as unknown[] };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    state.urls.push(new URL(request.url).pathname);
    return new Response(JSON.stringify(state.comments), {
      status: 200,
      headers: { "Content-Type": "application/json" },
    });
  }) as typeof fetch;
  return state;
});

const me: MePublic = {
  id: 1,
  email: "o@s.test",
  name: "Olu",
  delegation: null,
  is_head: false,
  is_secretariat: true,
};

function section(comments: number): SectionPublic {
  return {
    id: 11,
    document_id: 5,
    kind: "paragraph",
    number: 3,
    comments,
    current: { number: 2, text: "The parties shall meet.", html: "<p>The parties shall meet.</p>" },
  } as unknown as SectionPublic;
}

const comment: CommentPublic = {
  id: "cmt_qqqqqqqqqqqqqqqqqqqqq1",
  section_id: 11,
  language: null,
  version: 2,
  parent_id: null,
  author: { id: 2, name: "Noa" },
  delegation: null,
  visibility: "all",
  body: "Which parties?",
  anchor: { quote: "parties", start: 4, end: 11, version: 2, status: "exact" },
  created_at: "2026-01-01T00:00:00Z",
  edited_at: null,
  resolved: false,
  resolved_at: null,
  resolved_by: null,
  edits: [],
};

function margin(comments: number) {
  return (
    <Margin
      section={section(comments)}
      me={me}
      label="para. 3"
      chair={false}
      canWrite
      composing={null}
      onCompose={() => {}}
      onClose={() => {}}
      position={null}
    />
  );
}

/** A margin whose paragraph's comment count the test changes, as a live update would. */
let setComments: (count: number) => void = () => {};
function Live({ initial }: { initial: number }) {
  const [count, set] = useState(initial);
  setComments = set;
  return margin(count);
}

/** The paragraph's text as the document page shows it, where the margin lays its highlights. */
function paragraphText(): HTMLElement {
  const article = document.createElement("article");
  article.id = "section-11";
  article.innerHTML = '<div data-testid="section-text"><p>The parties shall meet.</p></div>';
  document.body.appendChild(article);
  return article;
}

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.body.innerHTML = "";
  net.urls.length = 0;
  net.comments = [];
});

describe("the margin beside a paragraph", () => {
  it("without comments offers to comment and asks the server nothing", async () => {
    mounted = mount(margin(0));
    await settle();
    expect(mounted.container.querySelector('[data-testid="margin-comment"]')?.textContent).toBe("Comment");
    expect(mounted.container.querySelector('[data-testid="threads"]')).toBeNull();
    expect(net.urls).toEqual([]);
  });

  it("with comments shows their threads and highlights, and keeps them when none is left open", async () => {
    const article = paragraphText();
    net.comments = [comment];
    mounted = mount(<Live initial={1} />);
    await settle();
    expect(net.urls).toEqual(["/api/v1/sections/11/comments"]);
    expect(mounted.container.querySelector('[data-testid="threads"]')?.textContent).toContain("Which parties?");
    expect(article.querySelector("mark.anchor-mark")?.textContent).toBe("parties");

    // The thread resolved elsewhere: no open thread is counted, and the margin asks nothing more.
    act(() => setComments(0));
    await settle();
    expect(mounted.container.querySelector('[data-testid="threads"]')?.textContent).toContain("Which parties?");
    expect(article.querySelector("mark.anchor-mark")?.textContent).toBe("parties");
    expect(net.urls).toHaveLength(1);
  });
});
