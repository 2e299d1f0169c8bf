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

/** A count as written: `7`, or `7 of 12` / `7/12` (the visits the plan or authorization allows),
 *  also after the word counted, as therapy lists print it (`Session 12`, `Visit #3`, `Tx 4`):
 *  under such a header it had been taken as the appointment id unsurely and the file held. */
const COUNT_VALUE = new RegExp(
  `^(?:(?:${[...COUNTED].join('|')})\\.?\\s*(?:#|no\\.?)?\\s*)?0*[1-9]\\d{0,2}(?:\\s*(?:of|\\/)\\s*\\d{1,3})?$`,
  'i',
);

/** Words before the visit that make its number a record's (`Hospital Visit No`, `Patient Visit
 *  Number`: an encounter's number; `Appt Visit No`), never a kind of visit. */
const RECORD_WORDS = new Set([
  'id',
  'key',
  'ref',
  'reference',
  'record',
  'encounter',
  'enc',
  'account',
  'acct',
  'case',
  'claim',
  'booking',
  'appointment',
  'appt',
  'apt',
  'hospital',
  'patient',
  'billing',
  'invoice',
  'ticket',
  'order',
  'accession',
]);

/** The header names the number of a visit, treatment or session, and nothing else: no `ID`
 *  (`Visit ID` is the booking's id in many systems), no appointment word. The kind of visit may
 *  come first (`Prenatal Visit No`, `OB Visit #`, `PT Visit #`, `Therapy Session #`: an OB
 *  practice counts a pregnancy's visits 1 to 14, a probe of corpus 336's OB list took `7` as a booking's id);
 *  a word naming a record there (RECORD_WORDS) does not count as a kind. What this could do wrong
 *  elsewhere: a real id under such a header would be left out, and ids made from patient,
 *  provider and day sent instead: never another appointment's id; and a hospital's encounter
 *  number is long, which the values' check (visitOrdinalColumn) keeps as it was. */
export function visitOrdinalHeader(header: string): boolean {
  const words = headerWords(header).filter((w) => !FILLER.has(w));
  const first = words.findIndex((w) => COUNTED.has(w));
  if (first < 0) return false;
  const kind = words.slice(0, first);
  const count = words.slice(first);
  return (
    kind.every((w) => /^\p{L}+$/u.test(w) && !RECORD_WORDS.has(w) && !NUMBER_WORDS.has(w)) &&
    count.length >= 2 &&
    count.some((w) => NUMBER_WORDS.has(w)) &&
    count.every((w) => COUNTED.has(w) || NUMBER_WORDS.has(w))
  );
}

/** A column that counts the patient's visits: such a header, and every value a count below 1000. */
export function visitOrdinalColumn(header: string, values: readonly string[]): boolean {
  if (!visitOrdinalHeader(header)) return false;
  const filled = values.map((v) => v.trim()).filter(Boolean);
  return filled.length > 0 && filled.every((v) => COUNT_VALUE.test(v));
}
