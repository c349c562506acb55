// The life of one edit of a section, as a reducer: editing from a base version, saving,
// merged or not, and a conflict resolved against the newer version before saving again.
// Pure: the page dispatches events; the reducer decides what is saved against which base.

export interface ConflictRange {
  base_start: number;
  base_end: number;
  current: string;
  proposed: string;
}

export interface ConflictDetails {
  base: string;
  current: string;
  proposed: string;
  conflicts: ConflictRange[];
  /** The number of "theirs": the version whose text `current` is. */
  currentVersion: number;
}

export type EditState =
  | { phase: "editing"; baseVersion: number; baseText: string; text: string; newerVersion: number | null }
  | { phase: "saving"; baseVersion: number; baseText: string; text: string; newerVersion: number | null }
  | {
      phase: "conflict";
      /** The version both edits started from. */
      base: { version: number; text: string };
      /** The version saved meanwhile by someone else: the new base. */
      theirs: { version: number; text: string };
      /** What this person wrote. */
      mine: string;
      /** The text being resolved (starts as `mine`); saved against `theirs.version`. */
      resolution: string;
      ranges: ConflictRange[];
      saving: boolean;
    }
  | { phase: "saved"; version: number; merged: boolean; created: boolean; text: string }
  | { phase: "failed"; previous: Exclude<EditState, { phase: "failed" }>; message: string };

export type EditEvent =
  | { type: "edit"; text: string }
  | { type: "save" }
  | { type: "saved"; version: number; merged: boolean; created: boolean; text: string }
  | { type: "conflict"; details: ConflictDetails; theirsVersion: number }
  | { type: "resolve"; text: string }
  | { type: "take"; side: "mine" | "theirs" | "base" }
  | { type: "newer"; version: number }
  | { type: "failed"; message: string }
  | { type: "dismiss" }
  | { type: "restart"; baseVersion: number; baseText: string };

export function startEditing(baseVersion: number, baseText: string): EditState {
  return { phase: "editing", baseVersion, baseText, text: baseText, newerVersion: null };
}

export function editReducer(state: EditState, event: EditEvent): EditState {
  switch (event.type) {
    case "edit":
      if (state.phase === "editing") return { ...state, text: event.text };
      return state;
    case "resolve":
      if (state.phase === "conflict" && !state.saving) return { ...state, resolution: event.text };
      return state;
    case "take":
      if (state.phase !== "conflict" || state.saving) return state;
      return {
        ...state,
        resolution: event.side === "mine" ? state.mine : event.side === "theirs" ? state.theirs.text : state.base.text,
      };
    case "save":
      if (state.phase === "editing") return { ...state, phase: "saving" };
      if (state.phase === "conflict" && !state.saving) return { ...state, saving: true };
      return state;
    case "saved":
      if (state.phase === "saving" || (state.phase === "conflict" && state.saving)) {
        return {
          phase: "saved",
          version: event.version,
          merged: event.merged,
          created: event.created,
          text: event.text,
        };
      }
      return state;
    case "conflict": {
      if (state.phase === "saving") {
        return {
          phase: "conflict",
          base: { version: state.baseVersion, text: event.details.base },
          theirs: { version: event.theirsVersion, text: event.details.current },
          mine: event.details.proposed,
          resolution: event.details.proposed,
          ranges: event.details.conflicts,
          saving: false,
        };
      }
      if (state.phase === "conflict" && state.saving) {
        // Someone saved again while this person resolved: the resolution meets the newer text.
        return {
          ...state,
          base: state.theirs,
          theirs: { version: event.theirsVersion, text: event.details.current },
          mine: event.details.proposed,
          resolution: event.details.proposed,
          ranges: event.details.conflicts,
          saving: false,
        };
      }
      return state;
    }
    case "newer":
      if ((state.phase === "editing" || state.phase === "saving") && event.version > state.baseVersion) {
        return { ...state, newerVersion: Math.max(event.version, state.newerVersion ?? 0) };
      }
      return state;
    case "failed":
      if (state.phase === "saving")
        return { phase: "failed", previous: { ...state, phase: "editing" }, message: event.message };
      if (state.phase === "conflict" && state.saving) {
        return { phase: "failed", previous: { ...state, saving: false }, message: event.message };
      }
      return state;
    case "dismiss":
      return state.phase === "failed" ? state.previous : state;
    case "restart":
      return startEditing(event.baseVersion, event.baseText);
  }
}

/** The request body a save sends in this state, or null when there is nothing to save. */
export function saveRequest(state: EditState): { text: string; base_version: number } | null {
  if (state.phase === "saving") return { text: state.text, base_version: state.baseVersion };
  if (state.phase === "conflict" && state.saving) {
    return { text: state.resolution, base_version: state.theirs.version };
  }
  return null;
}

export function isDirty(state: EditState): boolean {
  if (state.phase === "editing" || state.phase === "saving") return state.text !== state.baseText;
  return state.phase === "conflict";
}

/** Reads an `edit_conflict` error's details defensively (they come from the network). */
export function conflictDetails(details: unknown): ConflictDetails | null {
  if (typeof details !== "object" || details === null) return null;
  const d = details as Record<string, unknown>;
  if (
    typeof d.base !== "string" ||
    typeof d.current !== "string" ||
    typeof d.proposed !== "string" ||
    !Number.isInteger(d.current_version)
  ) {
    return null;
  }
  const conflicts = Array.isArray(d.conflicts) ? (d.conflicts as ConflictRange[]) : [];
  return {
    base: d.base,
    current: d.current,
    proposed: d.proposed,
    conflicts,
    currentVersion: d.current_version as number,
  };
}
