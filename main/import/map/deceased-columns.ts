// Columns that say a patient has died: a date of death (Cerner's `DECEASED_DT_TM`, OpenEMR's
// `deceased_date`, `Date of Death`, `DOD`), a deceased flag (`Deceased`, `IsDeceased`), or the
// patient's own status (`Patient Status`, `Vital Status`: `Deceased`). The appointment status
// beside them still says `Scheduled`, and a portal appointment for a dead patient reaches the
// family: such a booked row is a row error (a cancellation still goes, which is what the family
// should see). Read only where the header says so, so a file without such a column costs nothing.
//
// `DOD` is read as the date of death, the medical sense; a discharge date is written `D/C Date`
// or `Discharge Date`. Read wrong, a discharged patient's row is refused with the column and
// value named, never sent. Other patient statuses (`Inactive`, `Archived`, `Non-patient`) are no
// reason to hold back a visit that is booked: such a patient is still coming.
import { headerWordsAsWritten } from './header-meaning.ts';
import { memoized } from './parse-memo.ts';
import type { FieldName } from './profile.ts';
import type { ColumnRef, ColumnRefs } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';
import { isPlaceholderDate } from './row-status.ts';
import { foldAccents, isNoValue, parseFlag } from './status-vocabulary.ts';

export interface DeceasedColumn extends ColumnRef {
  /** `death`: a date of death or deceased flag, set when filled; `status`: the patient's status,
   *  set when it says deceased. */
  kind: 'death' | 'status';
}

/** Header words (letters, lower case, joined) of death, in the languages the connector reads. */
const DEATH_HEADER = /deceas|death|verstorb|sterbedat|todes|fallec|defunc|deces|decede|overled|falecid/;
/** Whole header words of death: `DOD`, `Died`, `Expired` (this one only with date or flag words
 *  beside it: an `Auth Expired` or `Insurance Expired` column is no patient's death). */
const DEATH_WORD = /^(?:dod|died|obito)$/;
const EXPIRED_ONLY = /^(?:expired|date|dt|tm|time|on|is|ind|flag|yn|patient|pt|pat)$/;
/** A status of the patient: the patient words and a status word, none of another thing's. */
const PATIENT_WORD = /^(?:patient|pt|pat|client|person|member)$/;
const STATUS_WORD = /^(?:status|stat)$/;
const OTHER_THING =
  /^(?:appt|appointment|visit|encounter|booking|sched|schedule|event|insurance|eligibility|coverage|auth|authorization|referral|account|acct|balance|billing|payment|portal|recall|claim)$/;

/** Values of a death column that say the patient is alive or nobody knows. */
const NOT_DECEASED = /^(?:unknown|unk|u|alive|living|not deceased|not dead|not recorded|not known)$/;
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
  if (words.includes('expired') && words.every((w) => EXPIRED_ONLY.test(w))) return 'death';
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
  // A date of death, a `Deceased` or any other remark: only a placeholder date or a word for
  // "alive" or "not known" leaves the row to go.
  return !isPlaceholderDate(v) && !NOT_DECEASED.test(v.replace(/[^a-z]+/g, ' ').trim());
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
