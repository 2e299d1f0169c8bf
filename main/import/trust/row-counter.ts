// A column of row numbers is not an appointment id. Report writers number their lines 1…n, or
// restart at 1 on each page or each day; taken for an id, the numbers move to other patients as
// soon as a row is added above them in the next export. Decided by the values in row order. A
// counter written after the day it counts in (`20270315-01`, `20270315-02`, `20270316-01`: a day's
// list numbered from 1, the day before it) is one too: unique in the file, yet the 2nd of a day
// is another patient once a booking is added before it.

/**
 * True when the values (in row order, blanks ignored) are a counter: whole numbers starting at 0
 * or 1 that go up by one, restarting at 0 or 1 any number of times (per page, per day).
 */
export function isRowCounter(values: readonly string[]): boolean {
  const nums: number[] = [];
  for (const raw of values) {
    const v = raw.trim();
    if (!v) continue;
    if (!/^\d{1,7}\.?$/.test(v)) return headedCounter(values);
    nums.push(parseInt(v, 10));
  }
  if (nums.length === 0) return false;
  if (nums[0] !== 0 && nums[0] !== 1) return false;
  for (let i = 1; i < nums.length; i++) {
    const n = nums[i]!;
    if (n !== nums[i - 1]! + 1 && n !== 0 && n !== 1) return false;
  }
  return true;
}

/** `<day><separator><number>`: the day (`20270315`, `2027-03-15`, `03/15/2027`) and the row's number
 *  in it. Not a dot: `12345.0` is an id a spreadsheet wrote as a decimal. */
const DAY_NUMBERED = /^(\d{8}|\d{4}-\d\d-\d\d|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4}))[-_/#:](\d{1,5})$/;

/**
 * True when every value is a day and a number (`20270315-01`), the number counting 0 or 1, 2, 3…
 * while the day stays the same and starting again at 0 or 1 whenever it changes, and some day
 * has two rows at least (one row a day proves no counting).
 */
function headedCounter(values: readonly string[]): boolean {
  let head: string | undefined;
  let last = 0;
  let counted = false;
  for (const raw of values) {
    const v = raw.trim();
    if (!v) continue;
    const m = DAY_NUMBERED.exec(v);
    if (!m) return false;
    const n = parseInt(m[2]!, 10);
    if (m[1] === head ? n !== last + 1 : n !== 0 && n !== 1) return false;
    if (m[1] === head) counted = true;
    head = m[1];
    last = n;
  }
  return counted;
}
