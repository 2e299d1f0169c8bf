// A column of row numbers is not an appointment id. Report writers number their lines 1…n, or
// restart at 1 on each page or each day; taken for an id, the numbers move to other patients as
// soon as a row is added above them in the next export. Decided by the values in row order.

/**
 * True when the values (in row order, blanks ignored) are a counter: whole numbers starting at 0
 * or 1 that go up by one, restarting at 0 or 1 any number of times (per page, per day).
 */
export function isRowCounter(values: readonly string[]): boolean {
  const nums: number[] = [];
  for (const raw of values) {
    const v = raw.trim();
    if (!v) continue;
    if (!/^\d{1,7}\.?$/.test(v)) return false;
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
