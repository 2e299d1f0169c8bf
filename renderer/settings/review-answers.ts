// What a person must answer before a held file's mapping can be confirmed, worked out from the
// file's doubts: each unknown status word needs a meaning, an unsettled date order needs a side,
// a workbook with two lists may be read from another sheet than the one shown first,
// and columns in doubt are marked for checking in the column table. Pure, so it is tested alone.
import type { Doubt, ReviewAnswers, StatusAnswer } from '../shared/types.ts';

export const STATUS_CHOICES: ReadonlyArray<{ value: StatusAnswer; label: string }> = [
  { value: 'new', label: 'Booked' },
  { value: 'cancel', label: 'Cancelled' },
  { value: 'skip', label: 'Not an appointment' },
];

export interface Answers {
  /** Unknown status word (as written in the file) → what it means. */
  status: Record<string, StatusAnswer | undefined>;
  dateOrder?: 'DMY' | 'MDY';
  /** One-column names without a comma: family name first or given name first. */
  nameOrder?: 'first-last' | 'last-first';
  /** The workbook sheet picked as the appointment list (unset: the one shown first). */
  sheet?: string;
  /** Blank dates answer: an empty date is the day of the row above, or those rows are left out. */
  blankDate?: 'above' | 'left-out';
  /** The twelve-hour answer: the hours written without AM/PM that are after noon (1 to 6: 1:00
   *  to 6:59 PM; from 7:00 on before noon). Unset: confirmed as read. */
  afterNoon?: { from: number; to: number };
  /** Times written as UTC that would start at odd hours: really UTC, or the practice's own clock
   *  marked UTC by mistake. Unset: not answered yet (the window asks for one of the two). */
  markedUtc?: 'local' | 'utc';
  /** Starts at exactly midnight, where the file lets it be answered: `no-time`, midnight is how
   *  the export writes a visit saved without a time (those rows are not sent); `midnight`, they
   *  really start then. Unset: not answered yet (the window asks for one of the two). */
  midnight?: 'no-time' | 'midnight';
  /** Locations on another clock: each location asked about → `practice` (its times are the
   *  practice's clock) or the IANA zone it keeps. Unset: not answered yet (none is a default). */
  locationZones?: Record<string, string>;
}

/** The value of a location answered as on the practice's own clock. */
export const PRACTICE_CLOCK = 'practice';

export const NO_ANSWERS: Answers = { status: {} };

/** The status words to ask about: each sample of a 'status' doubt is one word the file uses. */
export function unknownStatusWords(doubts: readonly Doubt[]): string[] {
  const words = doubts.filter((d) => d.kind === 'status').flatMap((d) => d.samples.map((s) => s.trim()));
  return [...new Set(words.filter(Boolean))];
}

export function asksDateOrder(doubts: readonly Doubt[]): boolean {
  return doubts.some((d) => d.kind === 'date-order');
}

/** Whether a doubt asks which comes first in one-column names without a comma (Tan Ah Kow, Smith
 *  John): the person may answer family name first, which the mapping then keeps. */
export function asksNameOrder(doubts: readonly Doubt[]): boolean {
  return doubts.some((d) => d.check === 'family-first' || d.check === 'name-order');
}

/** Blank dates answer: whether a doubt asks if an empty date is the day of the row above (a
 *  report that prints each day's date once); `above` is kept in the mapping. */
export function asksBlankDate(doubts: readonly Doubt[]): boolean {
  return doubts.some((d) => d.check === 'date-gaps');
}

/** The twelve-hour question a person may answer with hours after noon (times without AM/PM
 *  that are afternoon or evening times): its start column and the file's earliest and latest
 *  such hour, the range offered. Undefined when the file asks no such question. */
export function asksAfterNoon(
  doubts: readonly Doubt[],
): { column: string; from: number; to: number } | undefined {
  const d = doubts.find((x) => x.check === 'twelve-hour-clock' && x.plainHours && x.column);
  return d ? { column: d.column!, ...d.plainHours! } : undefined;
}

/** The hours after noon as the answer says them: `1:00 to 6:59 after noon; 7:00 to 11:59 before`. */
export function afterNoonWords(a: { from: number; to: number }): string {
  const before = a.to < 11 ? `; ${a.to + 1}:00 to 11:59 before noon` : '';
  const uncovered = a.from > 1 ? `; 1:00 to ${a.from - 1}:59 asked again` : '';
  return `${a.from}:00 to ${a.to}:59 after noon${before}${uncovered}`;
}

/** The question about times written as UTC that would start at odd hours in the practice's zone
 *  (a `utc-night` doubt): its start column. Undefined when the file asks no such question. */
export function asksMarkedUtc(doubts: readonly Doubt[]): string | undefined {
  return doubts.find((d) => d.check === 'utc-night' && d.column)?.column;
}

/** The question about starts at exactly midnight where "no time was saved" can be answered (a
 *  `midnight` doubt that offers it): its start column. Undefined when the file asks no such one. */
export function asksMidnightUntimed(doubts: readonly Doubt[]): string | undefined {
  return doubts.find((d) => d.check === 'midnight' && d.midnightUntimed && d.column)?.column;
}

/** The locations a `location-zone` question asks the clock of, each with the zones it offers. */
export function asksLocationZones(doubts: readonly Doubt[]): Array<{ location: string; zones: string[] }> {
  return doubts
    .filter((d) => d.check === 'location-zone' && d.zoneChoices?.length)
    .flatMap((d) => (d.subjects ?? []).map((location) => ({ location, zones: d.zoneChoices! })));
}

/** Appointment fields whose column is in doubt: the table marks them "please check". */
export function uncertainFields(doubts: readonly Doubt[]): Set<string> {
  const fields = doubts
    .filter((d) => d.kind === 'column' || d.kind === 'appointment-id' || d.kind === 'start-time')
    .map((d) => d.field ?? (d.kind === 'appointment-id' ? 'appointmentId' : undefined));
  return new Set(fields.filter((f): f is string => f !== undefined));
}

/** What is still unanswered, in words for the button's hint ([] when the person may confirm). */
export function unanswered(doubts: readonly Doubt[], answers: Answers): string[] {
  const missing = unknownStatusWords(doubts)
    .filter((w) => !answers.status[w])
    .map((w) => `what ‘${w}’ means`);
  if (asksDateOrder(doubts) && !answers.dateOrder) missing.push('how the dates are written');
  // Neither reading of times marked UTC is a default: a wrong one moves every appointment.
  if (asksMarkedUtc(doubts) && !answers.markedUtc)
    missing.push('whether the times marked UTC are UTC or the practice’s own clock');
  // Neither reading of midnight is a default: one sends a visit at midnight, the other leaves it out.
  if (asksMidnightUntimed(doubts) && !answers.midnight)
    missing.push('whether the starts at midnight are real or visits saved without a time');
  // A location's clock is not a default either: the practice's puts its visits an hour off if wrong.
  for (const { location } of asksLocationZones(doubts))
    if (!answers.locationZones?.[location]) missing.push(`which clock ‘${location}’ keeps`);
  // The twelve-hour answer's hours, in order (6 to 1 says nothing).
  if (asksAfterNoon(doubts) && answers.afterNoon && answers.afterNoon.from > answers.afterNoon.to)
    missing.push('which hours are after noon (the first not after the last)');
  return missing;
}

/** The hours after noon as the service takes them: only when asked, a range of 1–11 in order. */
function afterNoonAnswer(doubts: readonly Doubt[], answers: Answers): Pick<ReviewAnswers, 'afterNoon'> {
  const asked = asksAfterNoon(doubts);
  const a = answers.afterNoon;
  if (!asked || !a || a.from < 1 || a.to > 11 || a.from > a.to) return {};
  return { afterNoon: { column: asked.column, from: a.from, to: a.to } };
}

/** The times-marked-UTC answer as the service takes it: only when asked, for its column. */
function markedUtcAnswer(doubts: readonly Doubt[], answers: Answers): Pick<ReviewAnswers, 'markedUtc'> {
  const column = asksMarkedUtc(doubts);
  return column && answers.markedUtc ? { markedUtc: { column, reading: answers.markedUtc } } : {};
}

/** The midnight answer as the service takes it: only when offered, for its column, and only
 *  `no-time` (a real midnight is what confirming as read says). */
function midnightAnswer(doubts: readonly Doubt[], answers: Answers): Pick<ReviewAnswers, 'midnightUntimed'> {
  const column = asksMidnightUntimed(doubts);
  return column && answers.midnight === 'no-time' ? { midnightUntimed: { column } } : {};
}

/** The locations answered with a zone of their own, as the service takes them (a location on the
 *  practice's clock is what confirming says): only locations asked about, zones offered. */
function locationZonesAnswer(
  doubts: readonly Doubt[],
  answers: Answers,
): Pick<ReviewAnswers, 'locationZones'> {
  const zoned = asksLocationZones(doubts).flatMap(({ location, zones }) => {
    const zone = answers.locationZones?.[location];
    return zone && zone !== PRACTICE_CLOCK && zones.includes(zone) ? [{ location, zone }] : [];
  });
  return zoned.length ? { locationZones: zoned } : {};
}

/** The answers as the service takes them: only what the file's doubts asked about. */
export function reviewAnswers(doubts: readonly Doubt[], answers: Answers): ReviewAnswers {
  const statusWords = unknownStatusWords(doubts)
    .filter((w) => answers.status[w])
    .map((word) => ({ word, meaning: answers.status[word]! }));
  return {
    ...(statusWords.length ? { statusWords } : {}),
    ...(asksDateOrder(doubts) && answers.dateOrder ? { dateOrder: answers.dateOrder } : {}),
    ...(asksNameOrder(doubts) && answers.nameOrder ? { nameOrder: answers.nameOrder } : {}),
    ...(doubts.some((d) => d.kind === 'sheet') && answers.sheet !== undefined
      ? { sheet: answers.sheet }
      : {}),
    // Blank dates answer: only 'above' is kept; leaving the rows out is what confirming does.
    ...(asksBlankDate(doubts) && answers.blankDate === 'above' ? { blankDate: 'above' as const } : {}),
    // The twelve-hour answer: hours after noon, for the start column the question names.
    ...afterNoonAnswer(doubts, answers),
    // Times marked UTC: really UTC, or the practice's own clock, for the column the question names.
    ...markedUtcAnswer(doubts, answers),
    // Midnight as no time saved, for the start column the question names.
    ...midnightAnswer(doubts, answers),
    // Locations keeping another clock, each with its zone.
    ...locationZonesAnswer(doubts, answers),
  };
}
