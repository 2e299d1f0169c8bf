// Formats an instant as local wall-clock time WITH its UTC offset in a given IANA zone
// (`2026-12-01T07:45:00-08:00`), as Medfusion's Sender/@DeviceLocalTime wants. Uses Intl so it
// is right for any zone and any date (DST included), not just the machine's current offset.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The machine's IANA zone (e.g. `Europe/Berlin`); `UTC` when the runtime cannot tell. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'longOffset',
      });
    } catch {
      throw new RangeError(
        `Unknown time zone '${timeZone}'. Use an IANA zone name such as America/Los_Angeles or Europe/London.`,
      );
    }
    formatters.set(timeZone, f);
  }
  return f;
}

// The last answer: convert stamps every document (4,000 for 200,000 rows) with the time it was
// built, and formatToParts costs ~20 µs; documents built within the same second share the text.
let last = { second: NaN, timeZone: '', text: '' };

/** `YYYY-MM-DDThh:mm:ss±hh:mm` for `date` in `timeZone` (default: the machine's zone). */
export function formatLocalDateTime(date: Date, timeZone: string = machineTimeZone()): string {
  const second = Math.floor(date.getTime() / 1000);
  if (second === last.second && timeZone === last.timeZone) return last.text;
  const text = formatUncached(date, timeZone);
  last = { second, timeZone, text };
  return text;
}

function formatUncached(date: Date, timeZone: string): string {
  const p: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) p[part.type] = part.value;
  // longOffset reads "GMT-08:00", or plain "GMT" for a zero offset.
  const offset = (p.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

/** Offset of `timeZone` from UTC at instant `ms`, in minutes (e.g. -480 for PST). */
function offsetMinutes(ms: number, timeZone: string): number {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(formatLocalDateTime(new Date(ms), timeZone));
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * The instant at which the wall clock in `timeZone` shows the given time. For a time that
 * occurs twice (DST fall-back) the first occurrence wins; for one that is skipped (spring
 * forward) the result lands just after the gap.
 */
export function wallTimeToDate(
  t: { year: number; month: number; day: number; hour: number; minute: number; second: number; ms?: number },
  timeZone: string,
): Date {
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.ms ?? 0);
  const o1 = offsetMinutes(asUtc, timeZone);
  const g1 = asUtc - o1 * 60_000;
  const o2 = offsetMinutes(g1, timeZone);
  if (o1 === o2) return new Date(g1);
  const g2 = asUtc - o2 * 60_000;
  if (offsetMinutes(g2, timeZone) === o2) return new Date(g2);
  return new Date(Math.max(g1, g2)); // inside a DST gap
}
