// The silence procedure's deadline: a live countdown, and the deadline typed in a
// datetime-local input turned into ISO 8601 with the browser's offset (what the API wants).

export interface Remaining {
  passed: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  totalSeconds: number;
}

export function remaining(deadline: Date | string, now: Date | number): Remaining {
  const end = typeof deadline === "string" ? Date.parse(deadline) : deadline.getTime();
  const at = typeof now === "number" ? now : now.getTime();
  const total = Math.max(0, Math.floor((end - at) / 1000));
  return {
    passed: end <= at,
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
    totalSeconds: total,
  };
}

const two = (n: number) => String(n).padStart(2, "0");

/** "2 d 03:04:05", "03:04:05"; the caller words the passed case. */
export function formatRemaining(r: Remaining, dayUnit = "d"): string {
  const clock = `${two(r.hours)}:${two(r.minutes)}:${two(r.seconds)}`;
  return r.days > 0 ? `${r.days} ${dayUnit} ${clock}` : clock;
}

function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? "+" : "-";
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** A local date and time ("2026-12-01T12:00" from <input type="datetime-local">) in ISO 8601 with its offset. */
export function localInputToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second = "00"] = m.slice(1);
  const date = new Date(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  if (Number.isNaN(date.getTime()) || date.getMonth() !== Number(month) - 1 || date.getDate() !== Number(day))
    return null;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${offsetOf(date)}`;
}

/** The value for a datetime-local input, `hours` from `now`, rounded up to the next quarter hour. */
export function defaultDeadlineInput(now: Date, hours: number): string {
  const d = new Date(now.getTime() + hours * 3600_000);
  d.setSeconds(0, 0);
  const rest = d.getMinutes() % 15;
  if (rest) d.setMinutes(d.getMinutes() + 15 - rest);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}
