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

/** `<day><separator><number>`: the day and the row's number in it. The day as programs write one in
 *  an id: `20270315`, `270315` (six digits, YYMMDD or DDMMYY), `2027-03-15`, `2027/03/15`,
 *  `03/15/2027`, `15.03.27`, after a letter prefix or none (`V20270315-01`). Not a dot before the
 *  number: `12345.0` is an id a spreadsheet wrote as a decimal. */
const DAY_NUMBERED =
  /^([A-Za-z]{0,4}[-_]?(?:\d{8}|\d{6}|\d{4}([-/.])\d\d\2\d\d|\d{1,2}([/.-])\d{1,2}\3(?:\d{2}|\d{4})))[-_/#:](\d{1,5})$/;

/** `<day><number>` written together (`2027031501`): eight digits that are a day of the calendar,
 *  then two to four of the row's number. Counted only where the day changes and the count starts
 *  again, as a plain number that merely begins with a date does not. */
const DAY_JOINED = /^([A-Za-z]{0,4}(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(\d{2,4})$/;

/**
 * True when every value is a day and a number (`20270315-01`), the number counting 0 or 1, 2, 3…
 * while the day stays the same and starting again at 0 or 1 whenever it changes, and some day
 * has two rows at least (one row a day proves no counting). Written together (`2027031501`), the
 * day must also change at least once.
 */
function headedCounter(values: readonly string[]): boolean {
  return (
    counted(
      values,
      (v) => {
        const m = DAY_NUMBERED.exec(v);
        return m ? [m[1]!, m[4]!] : undefined;
      },
      false,
    ) ||
    counted(
      values,
      (v) => {
        const m = DAY_JOINED.exec(v);
        return m ? [m[1]!, m[2]!] : undefined;
      },
      true,
    )
  );
}

/** Whether `split` takes every value apart into a head and a number that counts from 0 or 1 under
 *  each head, some head counting past one (and, with `restarts`, some head following another). */
function counted(
  values: readonly string[],
  split: (v: string) => [string, string] | undefined,
  restarts: boolean,
): boolean {
  let head: string | undefined;
  let last = 0;
  let counting = false;
  let heads = 0;
  for (const raw of values) {
    const v = raw.trim();
    if (!v) continue;
    const parts = split(v);
    if (!parts) return false;
    const n = parseInt(parts[1], 10);
    if (parts[0] === head ? n !== last + 1 : n !== 0 && n !== 1) return false;
    if (parts[0] === head) counting = true;
    else heads++;
    head = parts[0];
    last = n;
  }
  return counting && (!restarts || heads > 1);
}
