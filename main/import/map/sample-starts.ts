// The starts of the first rows, read exactly as the row mapper reads them (row-start.ts) but
// quietly: no audit, and a row whose start cannot be read gives undefined (the mapper refuses it
// later with its own error). For checks that compare a cell with the appointment's instant before
// the file is read: a UTC offset of -05:00 is New York's in winter and not in summer.
import type { TableRow } from '../read/table-types.ts';
import type { DateOrder } from './parse-date.ts';
import type { MappingProfile } from './profile.ts';
import type { ColumnRefs } from './resolve-columns.ts';
import { RowCursor } from './row-cursor.ts';
import { RowProblem } from './row-problem.ts';
import { startReader } from './row-start.ts';

export function sampleStarts(
  rows: readonly TableRow[],
  ctx: { file: string; refs: ColumnRefs; profile: MappingProfile; dateOrder: DateOrder; timeZone: string },
): Array<Date | undefined> {
  const cursor = new RowCursor(ctx.file, ctx.refs, ctx.profile);
  const start = startReader({ ...ctx, cursor, audit: undefined });
  return rows.map((row) => {
    cursor.at(row);
    try {
      return start().start;
    } catch (e) {
      if (e instanceof RowProblem) return undefined;
      throw e;
    }
  });
}
