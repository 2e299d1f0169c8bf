// A string that owns its characters. Cells read from a file are often slices of the big chunk they
// were cut from, and V8 keeps that whole chunk alive for as long as a slice is kept: remembering a
// few thousand cells (an id, a derived-id group) would keep megabytes of the file in memory. Used
// only where a value outlives its row.

/** V8 makes a slice only of 13 characters or more (`SlicedString::kMinLength`, and a rope's
 *  `ConsString::kMinLength`): a shorter piece of a chunk is a copy of its own already. Checked in
 *  test/import/own-string.test.ts. */
export const SHORTEST_SLICE = 13;

/** A text V8 copied when it was cut, whose copy through UTF-8 below would be itself: shorter
 *  than a slice, and without surrogates (a lone one comes back as U+FFFD). */
function ownedAlready(s: string): boolean {
  if (s.length >= SHORTEST_SLICE) return false;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return false;
  return true;
}

export function ownString(s: string): string {
  // Most kept values are short (a status word, a day, a time): no copy, and no look-up below.
  if (ownedAlready(s)) return s;
  return Buffer.from(s, 'utf8').toString('utf8');
}

/** ownString for values a file repeats on row after row (status words, days): each distinct
 *  value is copied once and the copy handed out again, instead of a copy per row. At most `max`
 *  copies are kept (all dropped when full), so a file of endless distinct values stays bounded. */
export function ownStrings(max = 1024): (s: string) => string {
  const copies = new Map<string, string>();
  return (s) => {
    if (ownedAlready(s)) return s;
    let c = copies.get(s);
    if (c === undefined) {
      if (copies.size >= max) copies.clear();
      c = ownString(s);
      copies.set(c, c);
    }
    return c;
  };
}
