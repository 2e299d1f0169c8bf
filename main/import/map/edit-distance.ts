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
