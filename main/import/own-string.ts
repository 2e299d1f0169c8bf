// A string that owns its characters. Cells read from a file are often slices of the big chunk they
// were cut from, and V8 keeps that whole chunk alive for as long as a slice is kept: remembering a
// few thousand cells (an id, a derived-id group) would keep megabytes of the file in memory. Used
// only where a value outlives its row.
export function ownString(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

/** ownString for values a file repeats on row after row (status words, days): each distinct
 *  value is copied once and the copy handed out again, instead of a copy per row. At most `max`
 *  copies are kept (all dropped when full), so a file of endless distinct values stays bounded. */
export function ownStrings(max = 1024): (s: string) => string {
  const copies = new Map<string, string>();
  return (s) => {
    let c = copies.get(s);
    if (c === undefined) {
      if (copies.size >= max) copies.clear();
      c = ownString(s);
      copies.set(c, c);
    }
    return c;
  };
}
