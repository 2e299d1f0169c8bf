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
