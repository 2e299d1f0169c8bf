// A string that owns its characters. Cells read from a file are often slices of the big chunk they
// were cut from, and V8 keeps that whole chunk alive for as long as a slice is kept: remembering a
// few thousand cells (an id, a derived-id group) would keep megabytes of the file in memory. Used
// only where a value outlives its row.
export function ownString(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}
