// How many letters apart two words are (Levenshtein: one inserted, deleted or changed letter is
// one): a misspelt profile field name's nearest allowed one (profile.ts), a patient's name typed
// wrong once and corrected later (engine/job/same-person.ts).
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/**
 * As editDistance, with two neighbouring letters swapped counted as one typo, not two (the
 * optimal string alignment distance, Damerau's: `Smiht`/`Smith`, `Aan`/`Ana`): what one slip of
 * the fingers does to a name. Used where names are compared as one person's typed wrong once
 * (engine/job/same-person.ts); on a name of three letters Levenshtein's 2 had put a swap past the
 * one letter allowed there, and `Aan` corrected to `Ana` and moved had gone as a second visit.
 */
export function typoDistance(a: string, b: string): number {
  // Three rows: the one before the previous is what a swap of a[i-2..i-1] builds on.
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      cur.push(d);
    }
    [before, prev] = [prev, cur];
  }
  return prev[b.length]!;
}
