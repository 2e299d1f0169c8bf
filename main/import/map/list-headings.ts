// A second table typed under the schedule: a front desk's `Waitlist` (or `Recall List`, `ASAP`)
// under the day's appointments, its rows a patient and a wish ("any AM") with no date and no time.
// Such a row is no appointment and no mistake to correct: a counted skip, not a row error. A row
// under the heading that has a start is read as any row; an appointment under a heading marks it
// (HeadingLine.grouped), and only such headings hold the file as grouped rows (import-export.ts).
import type { ImportItem } from '../../model/import-summary.ts';
import type { HeadingLine, TableRow } from '../read/table-types.ts';
import type { RowCursor } from './row-cursor.ts';

type Skipped = Extract<ImportItem, { kind: 'skipped' }>;

/** The check of one row under a heading: a skip for a row of a list with no start, else undefined. */
export function listRowCheck(
  cursor: RowCursor,
  namesList: (heading: string) => string | undefined,
): (row: TableRow) => Skipped | undefined {
  const startCells = (['date', 'time', 'dateTime'] as const).map((f) => cursor.reader(f));
  // Per heading, once: a file has a handful of them and 200,000 rows.
  const lists = new Map<HeadingLine, string | undefined>();
  return (row) => {
    const h = row.under;
    if (!h) return undefined;
    if (!lists.has(h)) lists.set(h, namesList(h.text));
    if (!lists.get(h) || startCells.some((cell) => cell() !== '')) return undefined;
    return {
      kind: 'skipped',
      line: row.line,
      reason: `under '${h.text}' (line ${h.line}) with no date or time: on a list, not an appointment`,
    };
  };
}
