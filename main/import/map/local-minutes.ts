// A start's wall-clock time in the practice's zone, as minutes after midnight: what a note typed
// beside it (`moved to 10am`) is compared with.
const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes after local midnight of `at` in `timeZone` (10:00 AM is 600). */
export function localMinutes(at: Date, timeZone: string): number {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, f);
  }
  const parts = f.formatToParts(at);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}
