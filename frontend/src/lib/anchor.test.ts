import { describe, expect, it } from "vitest";
import { anchorFromSelection, anchorInText, locateInSource, rangeOffsets } from "./anchor";

function paragraph(html: string): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

/** A node the test's markup is known to have (a missing one fails the test). */
function present<T extends Node>(node: T | null | undefined): T {
  if (!node) throw new Error("the test's markup lacks this node");
  return node;
}

function select(root: Node, startNode: Node, start: number, endNode: Node, end: number): Selection {
  const range = document.createRange();
  range.setStart(startNode, start);
  range.setEnd(endNode, end);
  const selection = window.getSelection();
  if (!selection) throw new Error("no selection");
  selection.removeAllRanges();
  selection.addRange(range);
  expect(root.contains(range.commonAncestorContainer)).toBe(true);
  return selection;
}

describe("rangeOffsets", () => {
  it("measures offsets across element boundaries", () => {
    const root = paragraph("<p>The <strong>parties</strong> agree.</p>");
    const strong = present(present(root.querySelector("strong")).firstChild);
    const tail = present(present(root.querySelector("p")).lastChild);
    const range = document.createRange();
    range.setStart(strong, 0);
    range.setEnd(tail, 6);
    expect(rangeOffsets(root, range)).toEqual({ start: 4, end: 17 });
  });

  it("refuses a range that leaves the paragraph", () => {
    const root = paragraph("<p>inside</p>");
    const outside = document.createElement("p");
    outside.textContent = "outside";
    document.body.append(outside);
    const range = document.createRange();
    range.setStart(present(present(root.querySelector("p")).firstChild), 0);
    range.setEnd(present(outside.firstChild), 3);
    expect(rangeOffsets(root, range)).toBeNull();
  });
});

describe("anchorInText", () => {
  it("trims whitespace and keeps context on both sides", () => {
    const text = "All parties shall respect the ceasefire.";
    expect(anchorInText(text, 11, 25, 6)).toEqual({
      quote: "shall respect",
      prefix: "rties ",
      suffix: " the c",
    });
  });

  it("gives nothing for a blank selection", () => {
    expect(anchorInText("a   b", 1, 4)).toBeNull();
  });
});

describe("locateInSource", () => {
  it("finds a quote that spans inline markup", () => {
    const source = "The parties **shall** respect it.";
    const found = locateInSource(source, { quote: "parties shall respect", prefix: "The ", suffix: " it." });
    expect(found && source.slice(found.start, found.end)).toBe("parties **shall** respect");
  });

  it("picks the occurrence whose context matches", () => {
    const source = "peace now. Lasting peace later.";
    const found = locateInSource(source, { quote: "peace", prefix: "Lasting ", suffix: " later" });
    expect(found?.start).toBe(19);
  });
});

describe("anchorFromSelection", () => {
  it("anchors a selected phrase to the Markdown source", () => {
    const source = "All parties **shall** respect the [ceasefire].";
    const root = paragraph(
      '<p>All parties <strong>shall</strong> respect the <span class="bracket">[ceasefire]</span>.</p>',
    );
    const p = present(root.querySelector("p"));
    const selection = select(root, present(p.firstChild), 4, present(p.childNodes[2]), 8);
    expect(anchorFromSelection(root, selection, source, 8)).toEqual({
      quote: "parties **shall** respect",
      prefix: "All ",
      suffix: " the [ce",
    });
  });

  it("anchors Arabic text selected right to left", () => {
    const source = "تلتزم الأطراف بوقف إطلاق النار.";
    const root = paragraph(`<p dir="auto">${source}</p>`);
    const text = present(present(root.querySelector("p")).firstChild);
    // A backwards selection (focus before anchor) is still one forward range.
    const selection = select(root, text, 6, text, 13);
    expect(anchorFromSelection(root, selection, source)?.quote).toBe("الأطراف");
  });

  it("gives nothing for a collapsed selection", () => {
    const root = paragraph("<p>text</p>");
    const text = present(present(root.querySelector("p")).firstChild);
    expect(anchorFromSelection(root, select(root, text, 2, text, 2), "text")).toBeNull();
  });
});
