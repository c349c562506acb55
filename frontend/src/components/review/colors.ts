// One colour per delegation for its suggestions: the same delegation keeps its colour on every
// paragraph and for every viewer (by its id), and the code is always written beside it, so
// colour is never the only way to tell who proposed what.
import type { CSSProperties } from "react";

/** Dark enough for text on white (contrast above 4.5:1), distinct from one another. */
export const TRACK_COLORS = [
  "#1a5fb4",
  "#a51d2d",
  "#26734d",
  "#8a4a00",
  "#6b2fa0",
  "#006b75",
  "#9c2a72",
  "#4d5a00",
] as const;

export const CHANGE_COLOR = "#1f3a5f";

export function trackColor(key: number): string {
  return TRACK_COLORS[((key % TRACK_COLORS.length) + TRACK_COLORS.length) % TRACK_COLORS.length] ?? CHANGE_COLOR;
}

/** The style that colours the <ins>/<del> inside (review.css reads --track). */
export function trackStyle(color: string): CSSProperties {
  return { "--track": color } as CSSProperties;
}
