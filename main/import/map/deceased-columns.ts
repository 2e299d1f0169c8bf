// Columns that say a patient has died: a date of death (Cerner's `DECEASED_DT_TM`, OpenEMR's
// `deceased_date`, `Date of Death`, `DOD`), a deceased flag (`Deceased`, `IsDeceased`), or the
// patient's own status (`Patient Status`, `Vital Status`: `Deceased`). The appointment status
// beside them still says `Scheduled`, and a portal appointment for a dead patient reaches the
// family: such a booked row is a row error (a cancellation still goes, which is what the family
// should see). Read only where the header says so, so a file without such a column costs nothing.
//
// `DOD` is read as the date of death, the medical sense; a discharge date is written `D/C Date`
// or `Discharge Date`. Read wrong, a discharged patient's row is refused with the column and
// value named, never sent. But `DoD ID`, `DOD Benefits Number`, `Sponsor DOD ID` are the
// Department of Defense's numbers of a TRICARE beneficiary: a `DOD` beside any word but date
// words is no death. And in any death column a bare number too long for a date is an id, not a
// death (see notADate). Other patient statuses (`Inactive`, `Archived`, `Non-patient`) are no
// reason to hold back a visit that is booked: such a patient is still coming.
import { headerWordsAsWritten } from './header-meaning.ts';
import { memoized } from './parse-memo.ts';
import type { FieldName } from './profile.ts';
import type { ColumnRef, ColumnRefs } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';
import { isPlaceholderDate } from './row-status.ts';
import { isNoValue } from './no-value.ts';
import { foldAccents, parseFlag } from './status-vocabulary.ts';

export interface DeceasedColumn extends ColumnRef {
  /** `death`: a date of death or deceased flag, set when filled; `status`: the patient's status,
   *  set when it says deceased. */
  kind: 'death' | 'status';
}

/** Header words (letters, lower case, joined) of death, in the languages the connector reads. */
const DEATH_HEADER = /deceas|death|verstorb|sterbedat|todes|fallec|defunc|deces|decede|overled|falecid/;
/** Whole header words of death: `Died`, and `DOD` or `Expired` only with date or flag words
 *  beside them: an `Auth Expired` or `Insurance Expired` column is no patient's death, nor a
 *  `DoD ID` or `Sponsor DOD ID` (the Department of Defense's). */
const DEATH_WORD = /^(?:died|obito)$/;
const WITH_DATE_WORDS = new Set(['expired', 'dod']);
const DATE_WORDS = /^(?:expired|dod|date|dt|tm|time|on|is|ind|flag|yn|patient|pt|pat)$/;
/** A status of the patient: the patient words and a status word, none of another thing's. */
const PATIENT_WORD = /^(?:patient|pt|pat|client|person|member)$/;
const STATUS_WORD = /^(?:status|stat)$/;
const OTHER_THING =
  /^(?:appt|appointment|visit|encounter|booking|sched|schedule|event|insurance|eligibility|coverage|auth|authorization|referral|account|acct|balance|billing|payment|portal|recall|claim)$/;

/** Values of a death column that say the patient is alive, nobody knows, or nothing applies. */
const NOT_DECEASED =
  /^(?:unknown|unk|u|alive|living|not deceased|not dead|not recorded|not known|n a|na|not applicable)$/;
/** Words of a patient status that say the patient died. */
const DEATH_STATUS =
  /(?:^|[^a-z])(?:deceased|dead|died|expired|death|fallecid[oa]|verstorben|decedee?|overleden|falecid[oa])(?![a-z])/;

/** The columns (mapped to no field but the status) whose header says a patient may have died. */
export function deceasedColumns(
  headers: readonly string[],
  refs: ColumnRefs,
  join?: { name: string; headers: readonly string[] },
): DeceasedColumn[] {
  const used = new Set<string>();
  for (const [field, r] of Object.entries(refs) as Array<[FieldName, ColumnRef | undefined]>)
    if (r && field !== 'status') used.add(`${r.source}:${r.index}`);
  const out: DeceasedColumn[] = [];
  const look = (source: ColumnRef['source'], list: readonly string[], shown: (h: string) => string): void =>
    list.forEach((header, index) => {
      if (used.has(`${source}:${index}`)) return;
      const kind = deceasedKind(header);
      if (kind) out.push({ header: shown(header), source, index, kind });
    });
  look('main', headers, (h) => h);
  if (join) look('join', join.headers, (h) => `${join.name}.${h}`);
  return out;
}

function deceasedKind(header: string): DeceasedColumn['kind'] | undefined {
  const words = headerWordsAsWritten(header).map((w) => w.toLowerCase());
  if (DEATH_HEADER.test(words.join('')) || words.some((w) => DEATH_WORD.test(w))) return 'death';
  if (words.some((w) => WITH_DATE_WORDS.has(w)) && words.every((w) => DATE_WORDS.test(w))) return 'death';
  if (
    words.some((w) => PATIENT_WORD.test(w) || w === 'vital') &&
    words.some((w) => STATUS_WORD.test(w)) &&
    !words.some((w) => OTHER_THING.test(w))
  )
    return 'status';
  return undefined;
}

/** Whether `value` in a column of `kind` says the patient died. */
export function saysDeceased(kind: DeceasedColumn['kind'], value: string): boolean {
  const v = foldAccents(value.trim());
  if (!v || isNoValue(v)) return false;
  if (kind === 'status') return DEATH_STATUS.test(v);
  const flag = parseFlag(v);
  if (flag !== undefined) return flag;
  // A date of death, a `Deceased` or any other remark: only a placeholder date, a word for
  // "alive" or "not known", or a number that cannot be a date leaves the row to go. A remark in
  // words stays a death: refused, the row is named and a person looks; sent, it reaches a family.
  return !isPlaceholderDate(v) && !notADate(v) && !NOT_DECEASED.test(v.replace(/[^a-z]+/g, ' ').trim());
}

/**
 * A bare number of nine digits or more that does not begin with a date (`1234567890`, a DoD ID;
 * `12345678901`, a DoD Benefits Number; a phone number): an id filed in the column, no date of
 * death. A date without separators is eight digits (`20261120`), or more with its time after
 * it (HL7's `20261120143200`), and still counts; so do a year (`2026`) and a spreadsheet's day
 * number (`46346`).
 */
function notADate(v: string): boolean {
  return (
    /^\d{9,}$/.test(v) && !/^(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d\d){1,3}$/.test(v)
  );
}

/** The row step: a booked row whose patient a column marks deceased ends in a row error. */
export function deceasedCheck(cursor: RowCursor, columns: readonly DeceasedColumn[]): () => void {
  const checks = columns.map((c) => {
    const read = cursor.readerAt(c);
    const says = memoized((v: string) => saysDeceased(c.kind, v));
    return () => {
      const v = read();
      if (v && says(v)) cursor.failAt(c.header, DECEASED.message, DECEASED.hint, v);
    };
  });
  return () => {
    for (const check of checks) check();
  };
}

/** The row error of a patient marked deceased, in a column or in the name (chart-flags.ts). */
export const DECEASED = {
  message: 'the patient is marked deceased',
  hint: 'Cancel the appointment in the scheduling software (a portal appointment would reach the family); if the patient is alive, correct the record there',
} as const;
