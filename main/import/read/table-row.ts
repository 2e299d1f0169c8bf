// One row of a table. `record` is built only when asked for: the mapper reads cells by position,
// and skipping a per-row object keeps million-row files fast.
import type { DrawnCell, HeadingLine, TableRow } from './table-types.ts';

export class Row implements TableRow {
  private cached?: Record<string, string>;
  problem?: string;
  problemHint?: string;
  problemAt?: { column: string; value: string };
  skip?: string;
  drawn?: DrawnCell;
  origin?: string;
  cut?: readonly number[];
  under?: HeadingLine;
  typed?: Map<number, string>;

  constructor(
    readonly line: number,
    readonly values: string[],
    private readonly headers: readonly string[],
  ) {}

  get record(): Record<string, string> {
    if (!this.cached) {
      const r: Record<string, string> = {};
      for (let i = 0; i < this.headers.length; i++) r[this.headers[i]!] = this.values[i] ?? '';
      this.cached = r;
    }
    return this.cached;
  }
}

/** Rows of records read as name → value maps (XML records), their cells in the order of `names`. */
export function rowsOfRecords(
  records: readonly { line: number; m: ReadonlyMap<string, string> }[],
  names: readonly string[],
  headers: string[],
): Row[] {
  return records.map(
    ({ line, m }) =>
      new Row(
        line,
        names.map((k) => m.get(k) ?? ''),
        headers,
      ),
  );
}
