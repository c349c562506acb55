import { describe, expect, it } from "vitest";
import {
  conflictDetails,
  type EditEvent,
  type EditState,
  editReducer,
  isDirty,
  saveRequest,
  startEditing,
} from "./conflict";

const details = {
  base: "The parties shall respect the ceasefire.",
  current: "The parties must respect the ceasefire.",
  proposed: "The parties should respect the ceasefire.",
  conflicts: [{ base_start: 12, base_end: 17, current: "must", proposed: "should" }],
  currentVersion: 4,
};
const serverDetails = { ...details, current_version: 4 };

function run(state: EditState, ...events: EditEvent[]): EditState {
  return events.reduce(editReducer, state);
}

describe("editing a section", () => {
  it("saves against the version the editor started from", () => {
    const state = run(startEditing(3, "old"), { type: "edit", text: "new" }, { type: "save" });
    expect(saveRequest(state)).toEqual({ text: "new", base_version: 3 });
  });

  it("reports a merged save", () => {
    const state = run(
      startEditing(3, "old"),
      { type: "edit", text: "new" },
      { type: "save" },
      { type: "saved", version: 5, merged: true, created: true, text: "merged" },
    );
    expect(state).toMatchObject({ phase: "saved", version: 5, merged: true });
  });

  it("notes a newer version that arrives while editing", () => {
    const state = run(startEditing(3, "old"), { type: "newer", version: 4 }, { type: "newer", version: 2 });
    expect(state).toMatchObject({ phase: "editing", newerVersion: 4 });
  });

  it("ignores edits while saving", () => {
    const state = run(startEditing(1, "a"), { type: "edit", text: "b" }, { type: "save" }, { type: "edit", text: "c" });
    expect(saveRequest(state)?.text).toBe("b");
  });
});

describe("resolving a conflict", () => {
  const conflicted = run(
    startEditing(3, details.base),
    { type: "edit", text: details.proposed },
    { type: "save" },
    { type: "conflict", details, theirsVersion: 4 },
  );

  it("opens a three-way state with base, theirs and mine", () => {
    expect(conflicted).toMatchObject({
      phase: "conflict",
      base: { version: 3, text: details.base },
      theirs: { version: 4, text: details.current },
      mine: details.proposed,
      resolution: details.proposed,
    });
    expect(isDirty(conflicted)).toBe(true);
  });

  it("saves the resolution against their version, not the old base", () => {
    const state = run(conflicted, { type: "resolve", text: "The parties must respect the truce." }, { type: "save" });
    expect(saveRequest(state)).toEqual({ text: "The parties must respect the truce.", base_version: 4 });
  });

  it("can take either side whole", () => {
    expect(run(conflicted, { type: "take", side: "theirs" })).toMatchObject({ resolution: details.current });
    expect(run(conflicted, { type: "take", side: "theirs" }, { type: "take", side: "mine" })).toMatchObject({
      resolution: details.proposed,
    });
  });

  it("meets a second conflict with the newer version as base", () => {
    const again = run(
      conflicted,
      { type: "resolve", text: "resolved" },
      { type: "save" },
      { type: "conflict", details: { ...details, current: "even newer", proposed: "resolved" }, theirsVersion: 5 },
    );
    expect(again).toMatchObject({
      phase: "conflict",
      base: { version: 4 },
      theirs: { version: 5, text: "even newer" },
      mine: "resolved",
      saving: false,
    });
  });

  it("keeps the resolution when the save fails, and returns to it", () => {
    const failed = run(
      conflicted,
      { type: "resolve", text: "mine+theirs" },
      { type: "save" },
      { type: "failed", message: "offline" },
    );
    expect(failed.phase).toBe("failed");
    expect(run(failed, { type: "dismiss" })).toMatchObject({
      phase: "conflict",
      resolution: "mine+theirs",
      saving: false,
    });
  });
});

describe("conflictDetails", () => {
  it("reads the server's edit_conflict details, with the number of their version", () => {
    expect(conflictDetails(serverDetails)?.conflicts).toHaveLength(1);
    expect(conflictDetails(serverDetails)?.currentVersion).toBe(4);
  });

  it("refuses details that do not name their version", () => {
    expect(conflictDetails({ ...serverDetails, current_version: undefined })).toBeNull();
    expect(conflictDetails({ ...serverDetails, current_version: "4" })).toBeNull();
  });

  it("refuses malformed details", () => {
    expect(conflictDetails({ base: "a" })).toBeNull();
    expect(conflictDetails(null)).toBeNull();
  });
});
