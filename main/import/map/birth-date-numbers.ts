// National identity numbers that begin with the holder's birth date: South Africa's ID number
// (YYMMDD, then seven digits: 8506125012088), Sweden's personnummer (YYYYMMDD-NNNN or YYMMDD-NNNN),
// Norway's fødselsnummer and Denmark's CPR number (DDMMYY, then five or four digits). Each is one
// per person for life, so a column of them follows the patients one-to-one, and it was asked about
// as the practice's patient id (the file held). It is the state's number, never the chart's: the
// practice's system numbers its own records (the SSN is left out the same way, ssn-values.ts).

/** The digit strings a birth date is written as at the head of such a number, from the birth
 *  date as written (`1985/06/12`, `12.06.1985`, `12-06-1985`): day and month in either order,
 *  since a date like 04/01 does not say which it is. */
function birthDateHeads(dob: string): string[] {
  const parts = dob
    .trim()
    .split(/[^0-9]+/)
    .filter(Boolean);
  if (parts.length !== 3) return [];
  const year = parts.find((p) => p.length === 4);
  const short = parts.filter((p) => p.length <= 2).map((p) => p.padStart(2, '0'));
  if (!year || short.length !== 2) return [];
  const yy = year.slice(2);
  const heads: string[] = [];
  for (const [a, b] of [short, [short[1]!, short[0]!]] as Array<[string, string]>) {
    heads.push(`${year}${a}${b}`, `${yy}${a}${b}`, `${a}${b}${yy}`);
  }
  return heads;
}

/** Whether `value` is a number of ten digits or more (hyphens and spaces aside) that begins with
 *  the birth date `dob`. */
export function beginsWithBirthDate(value: string, dob: string): boolean {
  const digits = value.trim();
  if (!/^[0-9][0-9 -]{8,}[0-9]$/.test(digits)) return false;
  const plain = digits.replace(/[ -]/g, '');
  if (plain.length < 10) return false;
  return birthDateHeads(dob).some((head) => plain.startsWith(head));
}

/** Whether nine in ten of the rows that have both a value and a birth date carry a number that
 *  begins with that birth date (at least two such rows, so one coincidence decides nothing). */
export function birthDateNumberColumn(pairs: ReadonlyArray<{ value: string; dob: string }>): boolean {
  const both = pairs.filter((p) => p.value.trim() && p.dob.trim());
  const dated = both.filter((p) => beginsWithBirthDate(p.value, p.dob)).length;
  return both.length >= 2 && dated >= 0.9 * both.length;
}
