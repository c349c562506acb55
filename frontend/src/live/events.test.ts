import { describe, expect, it } from "vitest";
import { keys } from "../api/keys";
import { invalidationsFor, isFinalEnd, type PresentPerson, parseEvent, presenceBySection } from "./events";

describe("invalidationsFor", () => {
  it("refreshes the document and the section on a new version", () => {
    expect(invalidationsFor({ name: "version", data: { section_id: 7, number: 3 } }, 1)).toEqual([
      keys.document(1),
      keys.section(7),
    ]);
  });

  it("refreshes the approval matrix on a new position", () => {
    expect(invalidationsFor({ name: "approval", data: { section_id: 7 } }, 1)).toContainEqual(keys.approvals(1));
  });

  it("refreshes comments of the section on a comment", () => {
    expect(invalidationsFor({ name: "comment", data: { section_id: 9 } }, 1)[0]).toEqual(keys.comments(9));
  });

  it("refreshes a translation's threads, not the document, on a comment on a translation", () => {
    expect(invalidationsFor({ name: "comment", data: { section_id: 9, language: "ar" } }, 1)).toEqual([
      keys.comments(9),
    ]);
  });

  it("refreshes the language's translations on a new translation", () => {
    expect(invalidationsFor({ name: "translation", data: { section_id: 9, language: "ar" } }, 1)).toEqual([
      keys.translations(1, "ar"),
      keys.sectionTranslation(9, "ar"),
    ]);
  });

  it("refreshes the list of documents on a lifecycle change", () => {
    expect(invalidationsFor({ name: "lifecycle", data: { action: "circulated" } }, 1)).toContainEqual(keys.documents);
  });

  it("leaves the cache alone on presence", () => {
    expect(invalidationsFor({ name: "presence", data: { people: [] } }, 1)).toEqual([]);
  });
});

describe("presenceBySection", () => {
  const people: PresentPerson[] = [
    { user: { id: 1, name: "Me" }, delegation: null, section_id: 4, state: "editing" },
    { user: { id: 2, name: "Amal" }, delegation: null, section_id: 4, state: "editing" },
    { user: { id: null, name: "Undisclosed participant" }, delegation: null, section_id: null, state: "viewing" },
  ];

  it("groups others by section, leaving oneself out", () => {
    const map = presenceBySection(people, 1);
    expect(map.get(4)?.map((p) => p.user.name)).toEqual(["Amal"]);
    expect(map.get("document")?.map((p) => p.user.name)).toEqual(["Undisclosed participant"]);
  });
});

describe("isFinalEnd", () => {
  it("stops after an expired session but not after a shutdown", () => {
    expect(isFinalEnd({ reason: "session_expired" })).toBe(true);
    expect(isFinalEnd({ reason: "shutdown" })).toBe(false);
  });
});

describe("parseEvent", () => {
  it("takes known events with JSON data and drops the rest", () => {
    expect(parseEvent({ event: "version", data: '{"section_id":7}' })).toEqual({
      name: "version",
      data: { section_id: 7 },
    });
    expect(parseEvent({ event: "mystery", data: "{}" })).toBeNull();
    expect(parseEvent({ event: "version", data: "not json" })).toBeNull();
    expect(parseEvent({ data: "{}" })).toBeNull();
  });
});
