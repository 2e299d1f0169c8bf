// A report's print stamp written on every record. Crystal Reports' CSV export in its default mode
// repeats the report and page headers on every record (repeated-labels.ts): the `Print Date:` text
// object and the print date field stand in two cells of every line, beside the record's own values.
// Such a stamp is the report's, as a title line's is: read by the stamp reader's own labels
// (stated-print-time.ts), per file. Only when every record writes it alike: two runs pasted into
// one file write two stamps, and then the file states none.
import { mayStatePrintTime } from './stated-print-time.ts';

export interface RepeatedStamp {
  /** The stamp as a title line writes it (`Print Date: 3/12/2027`). */
  line: string;
  /** The cells (0-based) that write it, and what each holds (trimmed) on every record. */
  cells: Array<{ at: number; value: string }>;
}

/** At most this many stamps are looked for (a print date and a print time, a data date). */
const MAX_STAMPS = 4;

/**
 * The stamps the sample's records (non-blank) all write alike in `free` cells (the ones no column
 * label names): a cell with a label and a value (`Printed: 3/12/2027`), or a label's cell
 * (`Print Date:`) and the value's cell after it.
 */
export function repeatedStamps(
  records: readonly (readonly string[])[],
  free: (at: number) => boolean,
): RepeatedStamp[] {
  const first = records[0];
  if (!first || records.length < 2) return [];
  const same = first.map(
    (v, j) => free(j) && v.trim() !== '' && records.every((r) => r[j]?.trim() === v.trim()),
  );
  const out: RepeatedStamp[] = [];
  for (let j = 0; j < first.length && out.length < MAX_STAMPS; j++) {
    if (!same[j]) continue;
    const label = first[j]!.trim();
    if (mayStatePrintTime(label)) out.push({ line: label, cells: [{ at: j, value: label }] });
    else if (same[j + 1] && !/\d/.test(label)) {
      const value = first[j + 1]!.trim();
      const line = `${label} ${value}`;
      if (!mayStatePrintTime(line)) continue;
      out.push({
        line,
        cells: [
          { at: j, value: label },
          { at: j + 1, value },
        ],
      });
      j++;
    }
  }
  return out;
}

/** Checks the stamps on every row read: one row that writes another value, and they say nothing. */
export class RepeatedStampCheck {
  private agree = true;

  constructor(private readonly stamps: readonly RepeatedStamp[]) {}

  /** One row's cells (a string compare per stamp cell: this runs for every row). */
  note(values: readonly string[]): void {
    if (!this.agree) return;
    for (const s of this.stamps)
      for (const c of s.cells) if (values[c.at]?.trim() !== c.value) this.agree = false;
  }

  /** The stamps' lines, when every row wrote them alike. */
  lines(): string[] {
    return this.agree ? this.stamps.map((s) => s.line) : [];
  }
}
