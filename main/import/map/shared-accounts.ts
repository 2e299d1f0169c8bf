// An account number that belongs to a family, not to one patient. South African medical-aid
// practices (Healthbridge, GoodX) bill the main member's account and tell the dependants on it
// apart by a dependant code (00, 01, 02); a US paediatric practice's family account (PCC) is the
// same. Read as the patient id, a mother's and her son's visits would go to one patient on the
// portal. A header that says only `Account No` (not `Patient Account`) is not sure of it anyway;
// when the first rows already give one value to different people (another name or birth date),
// it is no patient's id: the connector derives the patient ids from name and birth date, as for
// a file with none. A `Patient Account` shared so is still held (file-audit.ts).

import { formatDate, parseDate } from './parse-date.ts';

/** Why an account shared by people is left out (shown by `detect`). */
export const SHARED_ACCOUNT_WHY =
  "an account shared by different people (a family's or the main member's), not one patient's id; patient ids are made from name and birth date";

/** The days a birth date may be, read both ways round: `9/2/1963`, `09/02/1963` and `Monday,
 *  September 2, 1963` may all be one day (a report, or a spreadsheet re-saving some of its cells,
 *  writes some otherwise). Text that is no date stands for itself. */
function birthDays(dob: string): Set<string> {
  const days = new Set<string>();
  for (const order of ['MDY', 'DMY'] as const) {
    const r = parseDate(dob, { order, twoDigitYear: 'birth' });
    if (r.ok) days.add(formatDate(r.date));
  }
  if (days.size === 0) days.add(dob.trim().toLowerCase());
  return days;
}

/** The day part of a start's cell as written: the cell without a time at its end (`3/2/2027 9:00
 *  AM`, `2027-03-02T09:00Z` → `3/2/2027`, `2027-03-02`). The whole cell otherwise: `Tue 3/2/2027`
 *  or `Mar 2, 2027` is one day, where its first word alone (`Tue`, `Mar`) would make every Tuesday
 *  or every March day one. */
export function dayOf(cell: string): string {
  return cell
    .trim()
    .replace(
      /(?:T|\s+)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?|[ap])?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i,
      '',
    )
    .toLowerCase();
}

/** A person as the row names them: the name cells, folded, and the days the birth date may be. */
interface Person {
  name: string;
  born?: Set<string>;
}

function personOf(row: readonly string[], nameCols: readonly number[], dobCol: number | undefined): Person {
  const name = nameCols.map((c) => (row[c] ?? '').trim().toLowerCase()).join('\u0000');
  return dobCol === undefined ? { name } : { name, born: birthDays(row[dobCol] ?? '') };
}

/** Surely two people: another name, or birth dates that cannot be the same day. */
function others(a: Person, b: Person): boolean {
  if (a.name !== b.name) return true;
  return a.born !== undefined && b.born !== undefined && ![...a.born].some((d) => b.born!.has(d));
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
  const seen = new Map<string, Person>();
  for (const row of rows) {
    const value = (row[col] ?? '').trim();
    if (!value || nameCols.every((c) => !(row[c] ?? '').trim())) continue;
    const who = personOf(row, nameCols, dobCol);
    const before = seen.get(value);
    if (before === undefined) seen.set(value, who);
    else if (others(before, who)) return true;
  }
  return false;
}

/**
 * Whether the file shows an account column (`Acct #`) to be each patient's own, beside the
 * guarantor's column (`Guarantor`, `Responsible Party`): two people under one guarantor (a
 * mother's two children) have accounts of their own, so the account is neither the guarantor's
 * nor the family's; every person keeps one account on all their rows, and someone comes back with
 * it on another day, so it is no per-visit account either (MEDITECH's `Account Number` is one visit's); and
 * no account is given to two people. Anything short of all three says nothing.
 */
export function ownAccountsUnderOneGuarantor(
  rows: readonly (readonly string[])[],
  accountCol: number,
  guarantorCol: number,
  nameCols: readonly number[],
  dobCol: number | undefined,
  /** The start's date (or date-time) column: the second visit must be on another day. */
  dayCol?: number,
): boolean {
  if (nameCols.length === 0 || sharedByPeople(rows, accountCol, nameCols, dobCol)) return false;
  const accountOf = new Map<string, string>();
  const firstDay = new Map<string, string>();
  const byGuarantor = new Map<string, Array<{ who: Person; account: string }>>();
  let cameTwice = false;
  let apart = false;
  for (const row of rows) {
    const account = (row[accountCol] ?? '').trim();
    if (!account || nameCols.every((c) => !(row[c] ?? '').trim())) continue;
    const who = personOf(row, nameCols, dobCol);
    // One person as the row writes them: the folded names and the birth date as written.
    const key = `${who.name}\u0001${dobCol === undefined ? '' : (row[dobCol] ?? '').trim()}`;
    const before = accountOf.get(key);
    if (before !== undefined && before !== account) return false;
    // Back on another day: a visit's account (MEDITECH's, a hospital encounter's) may cover two
    // bookings of one day (a lab draw, then the doctor), never the next week's visit.
    const day = dayCol === undefined ? '' : dayOf(row[dayCol] ?? '');
    if (before !== undefined && (dayCol === undefined || (day !== '' && firstDay.get(key) !== day)))
      cameTwice = true;
    if (before === undefined) firstDay.set(key, day);
    accountOf.set(key, account);
    const guarantor = (row[guarantorCol] ?? '').trim().toLowerCase();
    if (!namesOneGuarantor(guarantor)) continue;
    const under = byGuarantor.get(guarantor) ?? [];
    if (under.some((u) => u.account !== account && others(u.who, who))) apart = true;
    under.push({ who, account });
    byGuarantor.set(guarantor, under);
  }
  return apart && cameTwice;
}

/** A guarantor cell that names one person: not `Self` (every adult who pays their own way, so two
 *  of them are no family), `Same`, `Patient`, `N/A`, a dash or a number of zeros. */
function namesOneGuarantor(value: string): boolean {
  return /[\p{L}1-9]/u.test(value) && !NO_GUARANTOR.test(value);
}
const NO_GUARANTOR = /^(?:self|same|same as (?:patient|pt)|patient|pt|n\/?a|none|unknown)\.?$/i;
