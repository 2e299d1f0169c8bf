// The date range a snapshot export covers. A scheduled full export lists whole days, so the range
// is widened from the first and last appointment start to the whole calendar days they fall on in
// the practice's time zone. Without this, an appointment sent earlier on the file's first day, at a
// time before the file's first appointment, would never be cancelled when it disappears.
// When the export states its range in its title lines ("Dates: 03/01/2027 - 03/05/2027"), that
// range wins: an appointment alone on the first or last stated day, now gone, is then cancelled.
import { MIDNIGHT } from '../../import/map/parse-time.ts';
import { wallClockToUtc, zoneOffsetMs } from '../../import/map/zoned-time.ts';
import type { Appointment } from '../../model/appointment.ts';
import type { ImportSummary } from '../../model/import-summary.ts';

const DAY_MS = 86_400_000;

function calendarDay(instant: Date, zone: string): { year: number; month: number; day: number } {
  const local = new Date(instant.getTime() + zoneOffsetMs(zone, instant.getTime()));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

export function wholeDaysRange(range: { from: Date; to: Date }, zone: string): { from: Date; to: Date } {
  return daysOn(calendarDay(range.from, zone), calendarDay(range.to, zone), zone);
}

type Day = { year: number; month: number; day: number };

/** The days `first` to `last` on `zone`'s clock, inclusive at both ends. */
function daysOn(first: Day, last: Day, zone: string): { from: Date; to: Date } {
  const nextDay = new Date(Date.UTC(last.year, last.month - 1, last.day) + DAY_MS);
  const end = wallClockToUtc(
    { year: nextDay.getUTCFullYear(), month: nextDay.getUTCMonth() + 1, day: nextDay.getUTCDate() },
    MIDNIGHT,
    zone,
  ).instant;
  return { from: wallClockToUtc(first, MIDNIGHT, zone).instant, to: new Date(end.getTime() - 1) };
}

/**
 * The range a snapshot export covers, inclusive at both ends (as the ledger's
 * cancellationsForSnapshot takes it): the range the file states, else its appointments' whole days,
 * either way less what had already begun before the file was written (`writtenMs`, its
 * modification time) and comes before every row of it. Undefined when the file has neither (no appointments):
 * nothing is cancelled.
 */
export function snapshotRange(
  summary: Pick<ImportSummary, 'range' | 'statedRange' | 'otherClocks'>,
  zone: string,
  writtenMs?: number,
): { from: Date; to: Date } | undefined {
  // statedRange is [first day 00:00, day after the last 00:00): the last millisecond is inside.
  // A stated day is cut like a file's own first day: a report stating `Dates: 03/01/2027 -
  // 03/01/2027` written at 8:45 that lists from 9:00 (the visits checked out, or a list of what is
  // still ahead) leaves the 8:00 visit out because it is over.
  const covered = summary.statedRange
    ? { from: summary.statedRange.from, to: new Date(summary.statedRange.to.getTime() - 1) }
    : summary.range && wholeDaysRange(summary.range, zone);
  if (!covered) return undefined;
  const days = onEveryClock(covered, zone, summary.otherClocks);
  if (writtenMs === undefined || !summary.range) return days;
  // An "upcoming appointments" export written at 11:00 starts at 11:00: the morning's visits are
  // not in it because they are over, not because they were cancelled. The first day counts from
  // the file's first row or from when it was written, whichever is earlier (an appointment still
  // ahead when the file was written, and missing from it, is cancelled as before). A visit
  // deleted after it took place, before every row of the file, then stays on the portal: a wrong
  // CANCEL on visits that happened is worse, and no later export would put it right either.
  const from = Math.min(summary.range.from.getTime(), Math.max(days.from.getTime(), writtenMs));
  return { from: new Date(Math.max(from, days.from.getTime())), to: days.to };
}

/**
 * Of the days `days` covers on the practice's clock, what is on those same days on each of
 * `clocks` too: the rows of a location answered to keep another clock (import/map/location-clock.ts)
 * are that location's days, so a file of 11 March from Louisville and Bowling Green (Central)
 * covers 11 March from 00:00 Central to 24:00 Eastern. Outside it lies another day on one of the
 * two clocks (a Bowling Green visit at 11:30 PM on the 10th, a Louisville one at 00:30 on the
 * 12th), which the file does not list: never cancelled by its absence.
 */
function onEveryClock(
  days: { from: Date; to: Date },
  zone: string,
  clocks: readonly string[] | undefined,
): { from: Date; to: Date } {
  if (!clocks?.length) return days;
  const first = calendarDay(days.from, zone);
  const last = calendarDay(days.to, zone);
  let from = days.from.getTime();
  let to = days.to.getTime();
  for (const clock of clocks) {
    const there = daysOn(first, last, clock);
    from = Math.max(from, there.from.getTime());
    to = Math.min(to, there.to.getTime());
  }
  return { from: new Date(from), to: new Date(to) };
}

/** The day of `instant` in `zone`, as `2027-03-03`. */
export function localDay(instant: Date, zone: string): string {
  const d = calendarDay(instant, zone);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * The cancellations `gone` of a snapshot with a stated range that fall after the whole day of the
 * file's last row, when they are on two days or more: a report stating `03/01/2027 - 03/05/2027`
 * whose rows stop on Wednesday while Thursday and Friday had appointments may have been cut short
 * where its exporter stopped, with no page marker to say so. One day's appointments gone (the
 * only visit of Friday deleted) is an ordinary cancellation; empty otherwise.
 */
export function afterLastRow(
  gone: readonly Appointment[],
  rows: { from: Date; to: Date } | undefined,
  zone: string,
): Appointment[] {
  if (!rows) return [];
  const lastDayEnds = wholeDaysRange(rows, zone).to.getTime();
  const after = gone.filter((c) => new Date(c.start).getTime() > lastDayEnds);
  const days = new Set(after.map((c) => localDay(new Date(c.start), zone)));
  return days.size >= 2 ? after : [];
}
