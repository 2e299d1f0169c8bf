// A column headed only for hours (`Hours`, `Hrs`, `Session Hours`: TherapyPM's schedule list,
// "Hours: the timings of the session") is read as the start time by its values alone, so it is
// asked about: hours may be a length (`3.00`) or the opening hours of a provider or clinic
// (`08:00 AM to 05:00 PM` on every row). So is a column headed only for the slot (`Slot`, `Time
// Slot`: an Indian clinic EMR's 15-minute booking slot, `09:30 AM - 09:45 AM`), which may as well
// be a session's block (`Morning slot`, `09:00 AM - 01:00 PM` on each of its patients). Where every value is a range of two clock times, it is no
// length; and where the file also shows the range is each visit's own, it is the visit's time and
// its first time the start:
// - two rows of one day with one provider (at one site, where there is a location column) give
//   different ranges, and no two of that provider's ranges that day overlap: opening hours are one
//   range per provider (or site) and day, and a session's (`08:00 AM to 12:00 PM` on each of the
//   morning's patients, or over a visit of an hour within it) covers the visits booked in it. With
//   no provider column, ranges that differ may be two providers' or two sites' hours: no proof; or
// - every row states its visit's length elsewhere (`(3.00 Hrs)` in the service, a `Duration` or
//   `Minutes` column of 30, 60) and the range lasts exactly that long: opening hours do not
//   follow each visit's length.
// Neither holds where a row's stated length (`Duration` 15) differs from its range, and the first
// does not for a `Slot` of two hours or more: one patient in each of a provider's sessions gives
// ranges that differ and never overlap as well.
// A header naming a place or opening hours (`Office Hours`, `Clinic Hours`, `Hours of Operation`)
// stays asked, and so does a range without AM/PM (the clock checks read it as any start).
import type { Recognition } from '../map/recognize.ts';
import { headerConcepts } from '../map/header-meaning.ts';
import { parseTime, type TimeOfDay } from '../map/parse-time.ts';

/** The concepts of a header for hours or a slot and nothing else (`Hours`, `Hrs`, `Session
 *  Hours`, `Slot`). */
const HOURS = new Set(['hours', 'hrs', 'slot']);
const BESIDE_HOURS = new Set(['appt', 'time']);

/** A length written out with its unit: `3.00 Hrs`, `2.5 hours`, `45 min`, `90 minutes`. */
const LENGTH_IN_TEXT = /(?:^|[^\d.])(\d{1,3}(?:\.\d{1,2})?)\s*(hrs?|hours?|mins?|minutes)(?![\p{L}])/giu;

export function sessionHoursColumn(
  recognition: Pick<Recognition, 'fields'>,
  column: string,
  headers: readonly string[],
  sampleValues: (column: string) => string[],
): boolean {
  const concepts = [...headerConcepts(column)];
  if (!concepts.some((c) => HOURS.has(c))) return false;
  if (!concepts.every((c) => HOURS.has(c) || BESIDE_HOURS.has(c))) return false;
  const values = sampleValues(column);
  const ranges: Array<{ row: number; start: TimeOfDay; minutes: number; text: string } | undefined> = [];
  let count = 0;
  for (const [row, raw] of values.entries()) {
    const v = raw.trim();
    if (!v) {
      ranges.push(undefined);
      continue;
    }
    const t = parseTime(v);
    if (!t.ok || !t.end || !t.meridiem) return false;
    const from = t.time.hour * 60 + t.time.minute;
    const to = t.end.hour * 60 + t.end.minute;
    ranges.push({ row, start: t.time, minutes: (to - from + 24 * 60) % (24 * 60), text: v });
    count++;
  }
  if (count < 2) return false;
  if (lengthsDisagree(ranges, headers, column, sampleValues)) return false;
  const of = (field: string): string | undefined => recognition.fields.find((f) => f.field === field)?.column;
  // A slot as long as a session (`08:00 AM - 12:00 PM`) with one patient in each proves nothing by
  // never overlapping: a provider's morning and afternoon blocks differ and never overlap too
  // (red team 61r5). `Hours` keep the proof: TherapyPM's are the session's own timings.
  const sessionLong = concepts.includes('slot') && ranges.some((r) => r && r.minutes >= SESSION_MINUTES);
  return (
    (!sessionLong &&
      rangesDifferOnOneDay(
        ranges,
        of('date'),
        of('providerName') ?? of('providerId'),
        of('location'),
        sampleValues,
      )) ||
    lengthsAgree(ranges, headers, column, sampleValues)
  );
}

/** A range this long under `Slot` may be a clinic session's block (a half-day is 3 to 4 hours). */
const SESSION_MINUTES = 120;

type Range = { row: number; start: TimeOfDay; minutes: number; text: string } | undefined;

function rangesDifferOnOneDay(
  ranges: readonly Range[],
  date: string | undefined,
  provider: string | undefined,
  location: string | undefined,
  sampleValues: (column: string) => string[],
): boolean {
  if (!date || !provider) return false;
  const days = sampleValues(date);
  const who = sampleValues(provider);
  const where = location ? sampleValues(location) : [];
  const seen = new Map<string, Array<NonNullable<Range>>>();
  let differ = false;
  for (const r of ranges) {
    if (!r) continue;
    const day = (days[r.row] ?? '').trim();
    const person = (who[r.row] ?? '').trim().toLowerCase();
    if (!day || !person) continue;
    const key = `${day}\u0000${person}\u0000${(where[r.row] ?? '').trim().toLowerCase()}`;
    const before = seen.get(key);
    if (!before) {
      seen.set(key, [r]);
      continue;
    }
    // One provider's ranges that overlap (the same one twice, or one inside another) are a
    // session's or a day's hours, not one visit each.
    if (before.some((b) => overlap(b, r))) return false;
    if (before.some((b) => b.text !== r.text)) differ = true;
    before.push(r);
  }
  return differ;
}

/** Two ranges of one day share a minute (ranges that only touch, 9 to 10 and 10 to 11, do not). */
function overlap(a: NonNullable<Range>, b: NonNullable<Range>): boolean {
  const from = (r: NonNullable<Range>) => r.start.hour * 60 + r.start.minute;
  return from(a) < from(b) + b.minutes && from(b) < from(a) + a.minutes;
}

/** Every range lasts as long as a length stated on its own row: a column headed for a length
 *  (`Duration`, `Minutes`, `Len`) of bare minutes, or a length written with its unit in any other
 *  cell (`97153 Direct Behavior Treatment (3.00 Hrs)`). */
function lengthsAgree(
  ranges: readonly Range[],
  headers: readonly string[],
  column: string,
  sampleValues: (column: string) => string[],
): boolean {
  const others = headers.filter((h) => h !== column);
  const cells = others.map((h) => sampleValues(h));
  const durationColumn = others.map((h) => headerConcepts(h).has('duration'));
  return ranges.every((r) => {
    if (!r) return true;
    return cells.some((col, j) => {
      const cell = (col[r.row] ?? '').trim();
      if (!cell) return false;
      if (durationColumn[j] && /^\d{1,3}$/.test(cell)) return Number(cell) === r.minutes;
      return statesLength(cell, r.minutes);
    });
  });
}

/** Some row states its visit's length in a length column (`Duration`, `Slot Duration`: bare
 *  minutes) and its range lasts otherwise: the range is a session's or a grid's, not that visit's
 *  (red team 61r5: a 4-hour block beside `Duration` 15 was sent at the block's start). */
function lengthsDisagree(
  ranges: readonly Range[],
  headers: readonly string[],
  column: string,
  sampleValues: (column: string) => string[],
): boolean {
  const lengths = headers
    .filter((h) => h !== column && headerConcepts(h).has('duration'))
    .map((h) => sampleValues(h));
  if (lengths.length === 0) return false;
  return ranges.some(
    (r) =>
      r !== undefined &&
      lengths.some((col) => {
        const cell = (col[r.row] ?? '').trim();
        return /^\d{1,3}$/.test(cell) && Number(cell) !== r.minutes;
      }),
  );
}

/** Whether `text` writes out a length of `minutes` with its unit (`(3.00 Hrs)`, `90 minutes`). */
export function statesLength(text: string, minutes: number): boolean {
  return [...text.matchAll(LENGTH_IN_TEXT)].some((m) => {
    const n = Number(m[1]);
    return Math.abs((/^h/i.test(m[2]!) ? n * 60 : n) - minutes) < 0.5;
  });
}
