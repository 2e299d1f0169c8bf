// A location column of codes: `1`, `2`, `02`, or a place word and its number (`LOC02`, `Site 3`,
// `FAC1`). Some schedules write the site's number in the system, not its name, under `Location`:
// sent, the portal would tell the patient to go to `1` or `LOC02`, naming no place. Such a column is
// left out, as one of rooms is (room-values.ts), and the practice name is sent. A name stays, in
// capitals or short too (`MAIN`, `North`, `Main Street Clinic`, `Clinic 2`): only a number, or
// the word for "location" itself and a number, says nothing of where.

/** The words a system numbers its sites by (`LOC02`, `Site 3`, `Facility 2`, `Dept 10`). */
const PLACE_NUMBER_WORDS = new Set(['loc', 'location', 'site', 'fac', 'facility', 'dept', 'department']);

/** A site number (`1`, `02`) or a place word and its number (`LOC02`, `Site 3`). */
export function locationCode(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (/^\d{1,6}$/.test(v)) return true;
  const m = /^(\p{L}+)[\s#._-]*(\d{1,4})$/u.exec(v);
  return m !== null && PLACE_NUMBER_WORDS.has(m[1]!);
}

/** Every value of the column (a sample) is a code: the column names no place. */
export function codesOnly(values: readonly string[]): boolean {
  const filled = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return filled.length > 0 && filled.every(locationCode);
}
