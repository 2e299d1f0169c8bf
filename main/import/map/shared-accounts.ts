// An account number that belongs to a family, not to one patient. South African medical-aid
// practices (Healthbridge, GoodX) bill the main member's account and tell the dependants on it
// apart by a dependant code (00, 01, 02); a US paediatric practice's family account (PCC) is the
// same. Read as the patient id, a mother's and her son's visits would go to one patient on the
// portal. A header that says only `Account No` (not `Patient Account`) is not sure of it anyway;
// when the first rows already give one value to different people (another name or birth date),
// it is no patient's id: the connector derives the patient ids from name and birth date, as for
// a file with none. A `Patient Account` shared so is still held (file-audit.ts).

/** Why an account shared by people is left out (shown by `detect`). */
export const SHARED_ACCOUNT_WHY =
  "an account shared by different people (a family's or the main member's), not one patient's id; patient ids are made from name and birth date";

/** A person as the row names them: the name cells and the birth date, folded. */
function personKey(row: readonly string[], nameCols: readonly number[], dobCol: number | undefined): string {
  const parts = nameCols.map((c) => (row[c] ?? '').trim().toLowerCase());
  if (dobCol !== undefined) parts.push((row[dobCol] ?? '').trim());
  return parts.join('\u0000');
}

/**
 * Whether column `col` (an account, by its header) gives one value to two different people in
 * `rows`. People are told apart by the name columns and the birth date; rows with no value, or
 * with no name, say nothing.
 */
export function sharedByPeople(
  rows: readonly (readonly string[])[],
  col: number,
  nameCols: readonly number[],
  dobCol: number | undefined,
): boolean {
  if (nameCols.length === 0) return false;
  const seen = new Map<string, string>();
  for (const row of rows) {
    const value = (row[col] ?? '').trim();
    if (!value || nameCols.every((c) => !(row[c] ?? '').trim())) continue;
    const who = personKey(row, nameCols, dobCol);
    const before = seen.get(value);
    if (before === undefined) seen.set(value, who);
    else if (before !== who) return true;
  }
  return false;
}
