// A row pasted twice: a list kept or edited by hand in a spreadsheet gets the same row again by a
// copy-paste or a fill-down (every cell the same as the row just above it). Both would go under one
// derived id, or one export id, as the same appointment twice; the copy is a counted skip instead,
// left out of every whole-file check (it is no second booking of anyone).
import type { ImportItem } from '../../model/import-summary.ts';
import type { TableRow } from '../read/table-types.ts';

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.trim() !== b[i]!.trim()) return false;
  return true;
}

/** Maps a row with `map`, unless it repeats, cell for cell, the row just above it that went as an
 *  appointment. Only the row above is kept: one comparison per row, usually ended by its first cell. */
export function pastedRowSkipper(map: (row: TableRow) => ImportItem): (row: TableRow) => ImportItem {
  let above: { line: number; values: string[] } | undefined;
  return (row) => {
    if (above && !row.skip && !row.problem && sameCells(row.values, above.values))
      return {
        kind: 'skipped',
        line: row.line,
        reason: `the same as line ${above.line}, every cell (a row pasted twice): one appointment`,
      };
    const item = map(row);
    above = item.kind === 'appointment' ? { line: row.line, values: row.values } : undefined;
    return item;
  };
}
