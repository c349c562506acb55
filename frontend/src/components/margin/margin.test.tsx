import { afterEach, describe, expect, it } from "vitest";
import type { MePublic, SectionPublic } from "../../api/client";
import { ParagraphMenu } from "./ParagraphMenu";
import { PositionControl } from "./PositionControl";
import { click, type Mounted, mount } from "./render.test-util";
import { reviewedCurrent, setReviewed } from "./reviewed";
import { pickSelection } from "./useTextSelection";

const aur = { id: 2, code: "AUR", name: "Aurelia", kind: "government" as const, announced: true };
const head: MePublic = {
  id: 1,
  email: "h@a.test",
  name: "Anna",
  delegation: aur,
  is_head: true,
  is_secretariat: false,
};
const section = {
  id: 11,
  document_id: 5,
  kind: "paragraph",
  number: 3,
  comments: 0,
  current: { number: 2, text: "The parties **shall** meet.", html: "<p>The parties <strong>shall</strong> meet.</p>" },
} as unknown as SectionPublic;

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  window.localStorage.clear();
});

describe("the paragraph menu", () => {
  it("opens and closes its actions, saying so to assistive technology", () => {
    mounted = mount(
      <ParagraphMenu label="para. 3">
        <button type="button">History</button>
      </ParagraphMenu>,
    );
    const toggle = mounted.container.querySelector("button[aria-expanded]");
    expect(toggle?.getAttribute("aria-label")).toBe("Actions on para. 3");
    expect(toggle?.textContent).toContain("Actions");
    expect(mounted.container.querySelector(".paragraph-menu")?.getAttribute("data-open")).toBe("false");
    click(toggle);
    expect(toggle?.getAttribute("aria-expanded")).toBe("true");
    expect(mounted.container.querySelector(".paragraph-menu")?.getAttribute("data-open")).toBe("true");
  });
});

describe("a head's position on a paragraph", () => {
  it("says there is none yet, and offers Approve with a name that contains its label", () => {
    mounted = mount(
      <PositionControl section={section} me={head} mine={undefined} reviewedVersion={undefined} label="para. 3" />,
    );
    expect(mounted.container.querySelector('[data-testid="my-position"]')?.textContent).toBe("AUR: no position yet");
    const approve = mounted.container.querySelector('[data-testid="approve"]');
    expect(approve?.textContent).toBe("Approve");
    expect(approve?.getAttribute("aria-label")).toBe("Approve para. 3");
  });

  it("marks the paragraph reviewed on its current version", () => {
    mounted = mount(
      <PositionControl section={section} me={head} mine={undefined} reviewedVersion={undefined} label="para. 3" />,
    );
    click(mounted.container.querySelector('[data-testid="reviewed"]'));
    const stored = JSON.parse(window.localStorage.getItem("concord.reviewed.1.5") ?? "{}");
    expect(stored).toEqual({ "11": 2 });
  });
});

describe("reviewed paragraphs", () => {
  it("count only while the text is the version that was reviewed", () => {
    setReviewed(1, 9, 11, 2);
    setReviewed(1, 9, 12, 1);
    const sections = [
      { id: 11, current: { number: 2 } },
      { id: 12, current: { number: 3 } },
      { id: 13, current: { number: 1 } },
    ];
    const stored = new Map(
      Object.entries(JSON.parse(window.localStorage.getItem("concord.reviewed.1.9") ?? "{}")).map(([k, v]) => [
        Number(k),
        v as number,
      ]),
    );
    expect(reviewedCurrent(sections, stored).map((s) => s.id)).toEqual([11]);
    setReviewed(1, 9, 11, null);
    expect(window.localStorage.getItem("concord.reviewed.1.9")).toBe('{"12":1}');
  });
});

describe("words selected in the document", () => {
  function page(): HTMLElement {
    const container = document.createElement("section");
    container.innerHTML =
      '<article data-section-id="11"><div data-testid="section-text">' +
      "<p>The parties <strong>shall</strong> meet.</p></div></article>" +
      '<article data-section-id="12"><div data-testid="section-text"><p>Another text.</p></div></article>';
    document.body.appendChild(container);
    return container;
  }

  it("become the anchor of a comment on their paragraph, in its Markdown", () => {
    const container = page();
    const text = container.querySelector("strong")?.firstChild as Text;
    const selection = window.getSelection();
    selection?.removeAllRanges();
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text.parentElement?.nextSibling as Text, 5);
    selection?.addRange(range);
    const picked = pickSelection(container, selection, (id) => (id === 11 ? "The parties **shall** meet." : undefined));
    expect(picked?.sectionId).toBe(11);
    expect(picked?.anchor.quote).toBe("shall** meet");
    container.remove();
  });

  it("across two paragraphs, or outside the text, are not an anchor", () => {
    const container = page();
    const texts = container.querySelectorAll("p");
    const selection = window.getSelection();
    selection?.removeAllRanges();
    const range = document.createRange();
    range.setStart(texts[0]?.firstChild as Text, 0);
    range.setEnd(texts[1]?.firstChild as Text, 3);
    selection?.addRange(range);
    expect(pickSelection(container, selection, () => "x")).toBeNull();
    container.remove();
  });
});
