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

/** `YYYY-MM-DDThh:mm:ss±hh:mm` for `date` in `timeZone` (default: the machine's zone). */
export function formatLocalDateTime(date: Date, timeZone: string = machineTimeZone()): string {
  const p: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) p[part.type] = part.value;
  // longOffset reads "GMT-08:00", or plain "GMT" for a zero offset.
  const offset = (p.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}
