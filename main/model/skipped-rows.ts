// Rows of an export that are deliberately not sent (open slots, blocked time, a status the
// practice skips, a cancellation of something never sent), counted per reason with the first
// lines, so a person can see WHY a row did not reach the portal and find it in the file.

/** One reason rows were skipped: how many, and the first few lines (1-based) in the file. */
export interface SkippedRows {
  reason: string;
  count: number;
  lines: number[];
}

/** Lines kept per reason: enough to find the rows, bounded for a 1,000,000-row file. */
const LINES_KEPT = 10;

/** The reason the engine gives when a cancelled row names an appointment Medfusion never got. */
export const NOTHING_TO_CANCEL = 'cancelled, but never sent to Medfusion (nothing to cancel)';

export class SkipTally {
  private readonly byReason = new Map<string, SkippedRows>();

  /** `line` absent: an appointment of the ledger the file has no row of (a snapshot's). */
  add(reason: string, line?: number): void {
    let s = this.byReason.get(reason);
    if (!s) {
      s = { reason, count: 0, lines: [] };
      this.byReason.set(reason, s);
    }
    s.count++;
    if (line !== undefined && s.lines.length < LINES_KEPT) s.lines.push(line);
  }

  get total(): number {
    let n = 0;
    for (const s of this.byReason.values()) n += s.count;
    return n;
  }

  /** Most frequent reason first. */
  list(): SkippedRows[] {
    return [...this.byReason.values()].sort((a, b) => b.count - a.count);
  }
}

/** `3 × no patient (open slot or blocked time): lines 4, 9, 12`, with `…` when more lines exist;
 *  without the lines when `withLines` is false (a one-line reason). */
export function formatSkippedRows(s: SkippedRows, withLines = true): string {
  const more = s.count > s.lines.length ? ', …' : '';
  const where =
    withLines && s.lines.length ? `: line${s.lines.length > 1 ? 's' : ''} ${s.lines.join(', ')}${more}` : '';
  return `${s.count} × ${s.reason}${where}`;
}
