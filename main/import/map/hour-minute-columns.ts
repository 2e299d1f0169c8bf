// A start time written in two columns, the hour and the minute (`Hour` = 13 beside `Minute` = 30,
// a database's numeric fields exported as they are kept): read together as the time, `13:30`
// (row-cursor.ts joins them), beside the date column. Only where nothing else can be meant:
//  - the headers say the start's hour and minute and nothing else (`Hour` / `Minute`, `Start
//    Hour` / `Start Minute`, `Appt Hr` / `Appt Minute`), the minute right after the hour;
//  - no other column speaks of an hour, a minute or the half of the day (`End Hour`, `Minutes`, a
//    duration; `AM/PM`): which hour is the start's, or whether 9 is 9 PM, is then not sure;
//  - every sampled row fills both with whole numbers, the hour 0-23 and the minute 0-59, and some
//    hour is 13 or later, or the hour's header says `24h`: a 24-hour clock. Hours of 1 to 12 alone
//    under a bare `Hour` may be a 12-hour clock whose AM/PM was never exported (9 and 1 for 9 AM
//    and 1 PM): that file is held, as before.
// The words are those of the languages whose exports are met (export-formats.md): Spanish and
// Portuguese `Hora` / `Minuto`, German `Stunde` / `Minute`, French `Heure` / `Minute`, Dutch
// `Uur` / `Minuut`, Italian `Ora` / `Minuto`; a database's columns are named so in each (63r1 found
// them all held where the English pair went).
// A row read later whose cells are not such numbers is a row error naming both (parse-time.ts
// cannot read `9:`, `25:00` or `7:100`).
import { headerWordsAsWritten } from './header-meaning.ts';

/** A header's note that its hours are a 24-hour clock's (`Hour (24h)`, `Stunde 24`): no AM/PM was
 *  left out, so hours of 1 to 12 alone are read as written. */
const TWENTY_FOUR_WORDS = new Set(['24h', '24hr', '24hrs', '24']);
/** Words a start's hour or minute header may carry besides its own: the start's or the
 *  appointment's. */
const START_WORDS = new Set([
  'start',
  'starting',
  'begin',
  'appt',
  'appointment',
  'visit',
  ...TWENTY_FOUR_WORDS,
]);
const HOUR_WORDS = new Set(['hour', 'hr', 'hora', 'stunde', 'heure', 'uur', 'ora']);
const MINUTE_WORDS = new Set(['minute', 'minuto', 'minuut']);
/** `Min` as a minute's header beside an hour (`Hr` / `Min`): only to see that the hour is not the
 *  whole time; never read as the minute (it may be a minimum). */
const MIN_WORDS = new Set(['min', 'mins', 'minutes']);
/** Words of another column that make the hour or the minute unsure: another hour or minute (an
 *  end's, a length's) or the half of the day. */
const CLOCK_PART_WORDS = new Set([
  'hour',
  'hours',
  'hr',
  'hrs',
  'minute',
  'minutes',
  'min',
  'mins',
  'hora',
  'horas',
  'stunde',
  'stunden',
  'heure',
  'heures',
  'uur',
  'ora',
  'ore',
  'minuto',
  'minutos',
  'minuten',
  'minuut',
  'minuti',
  'am',
  'pm',
  'ampm',
  'meridiem',
  'meridian',
]);

/** The header's own word (`hour` or `minute`) and its start words, or undefined when it has any
 *  other word or none of `own`. */
function startPart(header: string, own: ReadonlySet<string>): string | undefined {
  const words = headerWordsAsWritten(header).map((w) => w.toLowerCase());
  const mine = words.filter((w) => own.has(w));
  if (mine.length !== 1 || !words.every((w) => own.has(w) || START_WORDS.has(w))) return undefined;
  return words
    .filter((w) => !own.has(w) && !TWENTY_FOUR_WORDS.has(w))
    .sort()
    .join(' ');
}

const WHOLE = /^\d{1,2}$/;

/** The hour and minute columns that together hold the start time, when the file says so plainly
 *  (above); undefined otherwise. `usedCols`: columns already read for a field. */
export function hourMinuteColumns(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  usedCols: ReadonlySet<number>,
): { hour: number; minute: number } | undefined {
  if (rows.length === 0) return undefined;
  const hours = headers.flatMap((h, j) => (startPart(h, HOUR_WORDS) !== undefined ? [j] : []));
  if (hours.length !== 1) return undefined;
  const hour = hours[0]!;
  const minute = hour + 1;
  if (minute >= headers.length || usedCols.has(hour) || usedCols.has(minute)) return undefined;
  // The two name the same start: both bare, or both the start's (`Start Hour` beside `Minute` is
  // read too: the minute has no other hour to be of).
  const hourWords = startPart(headers[hour]!, HOUR_WORDS)!;
  const minuteWords = startPart(headers[minute]!, MINUTE_WORDS);
  if (minuteWords === undefined || (minuteWords !== '' && minuteWords !== hourWords)) return undefined;
  const others = headers.some(
    (h, j) =>
      j !== hour &&
      j !== minute &&
      headerWordsAsWritten(h).some((w) => CLOCK_PART_WORDS.has(w.toLowerCase())),
  );
  if (others) return undefined;
  const says24 = headerWordsAsWritten(headers[hour]!).some((w) => TWENTY_FOUR_WORDS.has(w.toLowerCase()));
  let afterNoon = false;
  for (const r of rows) {
    const h = r[hour]?.trim() ?? '';
    const m = r[minute]?.trim() ?? '';
    if (!WHOLE.test(h) || !WHOLE.test(m) || Number(h) > 23 || Number(m) > 59) return undefined;
    if (Number(h) >= 13) afterNoon = true;
  }
  return afterNoon || says24 ? { hour, minute } : undefined;
}

/**
 * Whether the column read as the start time (`time`) is headed as the start's hour alone (`Hour`,
 * `Start Hr`) while another column is headed as its minute (`Minute`, `Start Min`): its cells
 * (`1 PM`, `13:00`) then hold the hour only, and read alone every 13:30 goes as 13:00 (63r1). The
 * pair is read together only as hourMinuteColumns allows; otherwise no start is read from it.
 */
export function hourAloneBesideMinute(headers: readonly string[], time: number): boolean {
  if (startPart(headers[time] ?? '', HOUR_WORDS) === undefined) return false;
  return headers.some(
    (h, j) =>
      j !== time && (startPart(h, MINUTE_WORDS) !== undefined || startPart(h, MIN_WORDS) !== undefined),
  );
}

/** The start time of an hour cell and a minute cell (`9`, `5` → `9:05`); '' when both are empty.
 *  Anything else is joined as written, for the time reader to refuse with both values. */
export function hourMinuteTime(hour: string, minute: string): string {
  if (hour === '' && minute === '') return '';
  return `${hour}:${/^\d$/.test(minute) ? `0${minute}` : minute}`;
}
