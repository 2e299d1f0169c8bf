// Columns written under one name (an Excel report's two `Date`s, a query joining two tables that
// both have `ID`): the reader tells them apart as `Date` and `Date (2)` (read/detect-layout.ts
// cleanHeaders), a name a person does not see in the file. A doubt that names one of them says
// where each one is, by its place in the header line, so the person answers about the right one
// (in a file whose columns stand side by side: an XML record's second `<Provider>` has no place).
import type { Doubt } from '../../model/doubt.ts';

/** The columns of one written name, left to right, each with its 1-based place. */
type Repeated = Array<{ name: string; place: number }>;

const NUMBERED = /^(.*) \((\d+)\)$/;

/** The names written more than once, as cleanHeaders numbered them (`Date`, `Date (2)`). */
export function repeatedColumns(headers: readonly string[]): Repeated[] {
  const place = new Map(headers.map((h, i) => [h.toLowerCase(), i + 1]));
  const groups = new Map<string, Repeated>();
  headers.forEach((h, i) => {
    const m = NUMBERED.exec(h);
    if (!m || Number(m[2]) < 2) return;
    const first = place.get(m[1]!.toLowerCase());
    if (first === undefined || first > i) return;
    const key = m[1]!.toLowerCase();
    const group = groups.get(key) ?? [{ name: headers[first - 1]!, place: first }];
    group.push({ name: h, place: i + 1 });
    groups.set(key, group);
  });
  return [...groups.values()];
}

/**
 * Two columns of one written name that hold the same value on every row of the file: a query
 * joining two tables on a key writes it twice (`SELECT a.*, p.*` gives `PatientID` from both).
 * Either one sends the same, so the pair is no close call. Only for the whole file: a later row
 * may differ, and then which one is meant cannot be told from the file.
 */
export function sameColumnTwice(
  headers: readonly string[],
  a: string,
  b: string,
  values: (column: string) => readonly string[],
): boolean {
  const group = repeatedColumns(headers).find((g) => g.some((c) => c.name === a));
  if (!group?.some((c) => c.name === b)) return false;
  const [va, vb] = [values(a), values(b)];
  if (va.length !== vb.length) return false;
  let filled = 0;
  for (let i = 0; i < va.length; i++) {
    const x = va[i]!.trim();
    if (x !== vb[i]!.trim()) return false;
    if (x) filled++;
  }
  return filled > 0;
}

/** A column's place as a person finds it: its number and, as a spreadsheet heads it, its letter. */
function placeOf(place: number): string {
  let letters = '';
  for (let n = place; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `column ${place} (${letters})`;
}

/** Each doubt that names a repeated column, with where each of that name's columns is. Per file,
 *  never per row. */
export function placeRepeatedColumns(doubts: Doubt[], headers: readonly string[]): Doubt[] {
  const groups = repeatedColumns(headers);
  if (!groups.length) return doubts;
  return doubts.map((d) => {
    const text = `${d.message} ${d.question}`;
    const named = groups.filter((g) =>
      g.some((c) => d.column?.toLowerCase() === c.name.toLowerCase() || text.includes(`'${c.name}'`)),
    );
    if (!named.length) return d;
    const where = named.flatMap((g) => g.map((c) => `'${c.name}' is ${placeOf(c.place)}`)).join(', ');
    return { ...d, message: `${d.message} (${where})` };
  });
}
