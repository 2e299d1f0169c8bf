// A patient's age written beside the birth date (`Age`, `Pt Age`, `Patient Age`, `Age (yrs)`):
// many day sheets print it. A birth date with a two-digit year (`03/04/52`, `07/02/19`) is read as
// 20xx unless that lies in the future, and a 20xx reading is held since 19xx is as possible
// (row-patient.ts). An age that agrees with the 20xx reading (`07/02/19` beside `7`) settles it
// for that row: the other reading would make the patient a hundred years older. Any row whose age
// does not agree, or cannot be read, is held as before.
import { headerWordsAsWritten } from './header-meaning.ts';
import type { ColumnRef, ColumnRefs } from './resolve-columns.ts';

/** The file's own column (mapped to no field) headed as the patient's age in years. */
export function patientAgeColumn(headers: readonly string[], refs: ColumnRefs): ColumnRef | undefined {
  const used = new Set(
    Object.values(refs)
      .filter((r): r is ColumnRef => !!r && r.source === 'main')
      .map((r) => r.index),
  );
  const found = headers.flatMap((header, index) =>
    !used.has(index) && AGE_HEADER.test(headerWordsAsWritten(header).join(' ').toLowerCase())
      ? [{ header, source: 'main' as const, index }]
      : [],
  );
  // Two such columns (the patient's and a guarantor's): neither settles anything.
  return found.length === 1 ? found[0] : undefined;
}

/** `Age`, `Pt Age`, `Patient Age`, `Age Yrs`, `Age (years)`; never another's (`Guarantor Age`). */
const AGE_HEADER = /^(?:pt |patient |patients )?age(?: yrs| years| y)?$/;

/** The whole years an age cell says (`74`, `74 y`, `74 yrs`; `3 mo`, `10 d` are 0), or undefined. */
export function ageInYears(cell: string): number | undefined {
  const v = cell.trim().toLowerCase();
  const years = /^(\d{1,3})(?:\s*(?:y|yr|yrs|years?))?$/.exec(v);
  if (years) return Number(years[1]);
  if (/^\d{1,2}\s*(?:m|mo|mos|months?|w|wk|wks|weeks?|d|days?)$/.test(v)) return 0;
  return undefined;
}

/** Whole years from the birth date `dob` to `day` (both `YYYY-MM-DD`). */
export function yearsOld(dob: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dob.slice(0, 4));
  return day.slice(5) < dob.slice(5) ? years - 1 : years;
}

/**
 * A birth date with the age printed after it in the same cell, as day sheets and patient lists do
 * (`03/04/1970 (56 y)`, `03/04/1970 56yo`, `1970-03-04 - 56 yrs`, `04.03.1970 (56 J.)`, `(56 ans)`,
 * `(56 años)`, `(Age 56)`, `(3 mo)`): the date, and the age in whole years (months, weeks, days are
 * 0). The age must be marked, by brackets, a unit or the word age: a bare number after a date
 * (`03/04/1970 56`) is left for the date reader to refuse, and so is a time's (`9:00 a`). A cell without an age is returned as is.
 */
export function splitStatedAge(cell: string): { date: string; age?: number } {
  // An age needs a unit, the word `age` or brackets: a cell of digits and date marks alone (most
  // birth dates) has none, and the pattern below, tried at every position, is not run.
  if (!MAY_STATE_AGE.test(cell)) return { date: cell };
  const m = STATED_AGE.exec(cell);
  if (!m || !(m[2] || m[4] || (m[1] && m[5]))) return { date: cell };
  const unit = (m[4] ?? 'y').toLowerCase().replace(/\./g, '');
  // `a`, `m`, `d`, `w` alone end a time too (`9 a`, Spanish `a. m.`): an age only in brackets.
  if (/^[amdw]$/.test(unit) && !m[1]) return { date: cell };
  const years = /^(?:y|yo|y\/o|yr|yrs|years?|j|jahre|ans?|años?|a)$/.test(unit);
  const age = ageInYears(`${m[3]} ${years ? 'y' : unit}`);
  const date = cell.slice(0, m.index).trimEnd();
  // Only after a date: an age column's own `56 y` is no date with an age.
  return age === undefined || !/\d[\s\S]*\d/.test(date) ? { date: cell } : { date, age };
}

const MAY_STATE_AGE = /[^\d\s/.,:-]/;
const STATED_AGE =
  /\s*(?:[-–,]\s*)?(\()?\s*(age:?\s*)?(?<![\d:])(\d{1,3})\s*(y\/o|y\.o\.|yo|yrs?\.?|years?|y|j\.?|jahre|ans?|años?|a|mos?|months?|m|wks?|weeks?|w|days?|d)?\.?\s*(\))?$/i;

/** Whether `age` is the patient's with birth date `dob`: at the visit or today, or a year less
 *  (a report run before a birthday that has since passed). */
export function ageAgrees(age: number, dob: string, today: string, apptDay?: string): boolean {
  const ages = [yearsOld(dob, today), ...(apptDay ? [yearsOld(dob, apptDay)] : [])];
  return age >= Math.min(...ages) - 1 && age <= Math.max(...ages);
}
