// A printed column whose values are exactly as wide as its dashes may have been cut
// (printed-lines.ts), unless the file shows it is simply full: a fixed-width id (8-digit chart
// numbers under 8 dashes, `C0012345`), every value of it as wide as the dashes and of one shape,
// differing only in digits. A cut value is a longer one shortened, and a column of cut names or of
// ids of several widths shows values of other lengths or letters beside them: a column with one
// shorter value, or two shapes, stays possibly cut. Read from the sample's rows, once per file.

/** The shape of a value: its digits as 9 (`00012345` → `99999999`, `C0012345` → `C9999999`). */
const shapeOf = (value: string): string => value.replace(/\d/g, '9');

/** Fewest distinct values that make a column's width a system's fixed width, not chance. */
const MIN_VALUES = 2;

/** Gathers the rows' values per column of a ruled grid, then says which columns are full. */
export class FullColumns {
  /** Per column: its one shape so far (null once two are seen or a value is not full). */
  private readonly shapes = new Map<number, string | null>();
  private readonly seen = new Map<number, Set<string>>();

  constructor(private readonly widths: readonly number[]) {}

  /** A row's cells as read by the grid. */
  note(cells: readonly string[]): void {
    for (const [i, width] of this.widths.entries()) {
      const v = cells[i] ?? '';
      if (v === '' || this.shapes.get(i) === null) continue;
      const shape = shapeOf(v);
      const before = this.shapes.get(i);
      if (v.length !== width || !shape.includes('9') || (before !== undefined && before !== shape)) {
        this.shapes.set(i, null);
        continue;
      }
      this.shapes.set(i, shape);
      const values = this.seen.get(i) ?? new Set<string>();
      if (values.size < MIN_VALUES) this.seen.set(i, values.add(v));
    }
  }

  /** The full columns: index → the one shape their values have. */
  full(): ReadonlyMap<number, string> {
    const out = new Map<number, string>();
    for (const [i, shape] of this.shapes)
      if (shape !== null && (this.seen.get(i)?.size ?? 0) >= MIN_VALUES) out.set(i, shape);
    return out;
  }
}

/** Whether a value that fills its column is that column's fixed width, not a value cut. */
export function fillsFixedWidth(
  full: ReadonlyMap<number, string> | undefined,
  column: number,
  value: string,
): boolean {
  const shape = full?.get(column);
  return shape !== undefined && shapeOf(value) === shape;
}
