// The number of a visit within a plan of care, as chiropractic, physical-therapy and counselling
// exports print it: `Visit #`, `Visit No`, `Visit Number`, `Tx #`, `Treatment #`, `Session #` =
// 1, 2, 3… counted per patient (WebPT's visit count restarts at each new case). The same number
// stands for many patients over the days, so it is no appointment id: taken for one, a day whose
// patients are each at another visit passed the uniqueness check, and tomorrow's `5` for another
// patient would move today's `5`. A hospital's `Visit Number` (an encounter id) is a long number;
// so a header of this shape only counts where every value is a small count.
import { FILLER, NUMBER_WORDS } from './header-words.ts';
import { headerWords } from './header-meaning.ts';

/** What is counted: a visit, a treatment, a session (and their short forms and translations). */
const COUNTED = new Set([
  'visit',
  'visits',
  'tx',
  'treatment',
  'treatments',
  'trt',
  'session',
  'sessions',
  'sitzung',
  'behandlung',
  'seance',
  'visite',
  'sesion',
  'visita',
]);

/** A count as written: `7`, or `7 of 12` / `7/12` (the visits the plan or authorization allows). */
const COUNT_VALUE = /^0*[1-9]\d{0,2}(?:\s*(?:of|\/)\s*\d{1,3})?$/i;

/** The header names the number of a visit, treatment or session, and nothing else: no `ID`
 *  (`Visit ID` is the booking's id in many systems), no appointment word. */
export function visitOrdinalHeader(header: string): boolean {
  const words = headerWords(header).filter((w) => !FILLER.has(w));
  return (
    words.length >= 2 &&
    words.some((w) => COUNTED.has(w)) &&
    words.some((w) => NUMBER_WORDS.has(w)) &&
    words.every((w) => COUNTED.has(w) || NUMBER_WORDS.has(w))
  );
}

/** A column that counts the patient's visits: such a header, and every value a count below 1000. */
export function visitOrdinalColumn(header: string, values: readonly string[]): boolean {
  if (!visitOrdinalHeader(header)) return false;
  const filled = values.map((v) => v.trim()).filter(Boolean);
  return filled.length > 0 && filled.every((v) => COUNT_VALUE.test(v));
}
