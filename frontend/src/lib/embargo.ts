// An embargo is told as a wall-clock time in a named time zone ("10 December, 09:00, Paris"); the
// server takes an instant with its offset. These turn one into the other with the browser's own
// time-zone data (Intl), summer time included, whatever zone the browser itself is in.

/** The zone's offset from UTC at `instant`, in minutes (Paris in winter: 60). */
export function offsetMinutes(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(parts ?? "");
  if (!match) return 0; // "GMT" alone: UTC
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "2026-12-10T09:00" in "Europe/Paris" → "2026-12-10T09:00:00+01:00"; null if not a time. */
export function zonedToIso(wall: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wall);
  if (!m) return null;
  const seconds = m[6] ?? "00";
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(seconds));
  try {
    // The offset at the wall time read as UTC, then once more at the instant it gives: right on
    // both sides of a change of summer time.
    let offset = offsetMinutes(new Date(asUtc), zone);
    offset = offsetMinutes(new Date(asUtc - offset * 60_000), zone);
    const sign = offset < 0 ? "-" : "+";
    const abs = Math.abs(offset);
    return `${wall.slice(0, 16)}:${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  } catch {
    return null; // an unknown zone
  }
}

/** The instant as a wall-clock time in `zone`, for a datetime-local input ("2026-12-10T09:00"),
 * with its seconds when it has some. */
export function isoToZoned(iso: string, zone: string): string {
  const instant = new Date(iso);
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, zone) * 60_000).toISOString();
  return shifted.slice(17, 19) === "00" ? shifted.slice(0, 16) : shifted.slice(0, 19);
}

/** The IANA zones the browser knows, for the picker (a short list if it cannot say). */
export function timeZones(): string[] {
  const known = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const zones = known ? known("timeZone") : ["UTC", "Europe/Paris", "Europe/London", "Asia/Riyadh", "America/New_York"];
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

/** The browser's own zone, the picker's first choice. */
export function homeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
