// The columns of a printed report saved as text ("print to file" through a text-only printer, a
// Crystal report's Text export, an IBM i spooled file copied out): no delimiter, each value
// printed at its column's place. Where the columns are is read off the report itself, never
// guessed: from the dashes a report draws under its column labels (`--------  ----------`), or,
// with no dashes, from the labels' places when the lines under them put every value under
// exactly one label. Pure: text in, grid out; printed-lines.ts reads each line by it.

/** A run of text on a line, apart from the next by two spaces or more (one space stays inside a
 *  value: `Birth Date`, `8:00 am`). `start` and `end` are character places, end exclusive. */
export interface Run {
  start: number;
  end: number;
  text: string;
}

/** One column: its label and the places its values are printed at. */
export interface GridColumn {
  label: string;
  start: number;
  end: number;
  /** Labels only: every value under it ends at one place (a time, a number printed
   *  right-aligned), so where its values end says nothing of their width. */
  right?: true;
}

export interface PrintedGrid {
  /** 1-based line of the column labels. */
  labelLine: number;
  columns: GridColumn[];
  /** The places are the dashes under the labels (exact widths: a value filling one may be cut),
   *  not the labels and the values under them (widths not written). */
  ruled: boolean;
  /** Ruled grids: the columns the sample's rows fill to the edge as a fixed-width id does, by
   *  index, with the shape of their values (full-columns.ts); a value of that shape is not cut. */
  full?: ReadonlyMap<number, string>;
}

/** A line as printed: a form feed (a new page) and a CR of a Windows line end are no text. */
export function printedText(line: string): string {
  return line.replace(/[\f\r]/g, '');
}

/** The runs of a line (see Run). */
export function runsOf(line: string): Run[] {
  const runs: Run[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line))
    runs.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return runs;
}

// A delimited file's header has its delimiter on it; a printed report's labels never do.
const DELIMITER = /[,;|\t]/;
// A label is words (`Chart #`, `Appt Type`), not a value (a time, date, count).
const LABEL = /\p{L}/u;
const VALUE = /^[\d\s.,:/\-+$%()APMapm]*\d[\d\s.,:/\-+$%()APMapm]*$/;
const RULE_LINE = /^ *[-=]+(?: +[-=]+)* *$/;

function labelRuns(line: string): Run[] | undefined {
  if (DELIMITER.test(line)) return undefined;
  const runs = runsOf(line);
  if (runs.length < 3) return undefined;
  return runs.every((r) => LABEL.test(r.text) && !VALUE.test(r.text)) ? runs : undefined;
}

/** The columns the dashes under the labels draw: one run of dashes per label, each label inside
 *  its own run. */
function ruledColumns(runs: Run[], rule: string, line: string): GridColumn[] | undefined {
  if (!RULE_LINE.test(rule)) return undefined;
  const dashes = [...rule.matchAll(/[-=]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const labels = dashes.length === runs.length ? runs : labelsCutByDashes(line, dashes);
  if (labels?.length !== dashes.length) return undefined;
  const columns: GridColumn[] = [];
  for (const [i, d] of dashes.entries()) {
    const l = labels[i]!;
    if (l.start < d.start || l.end > d.end) return undefined;
    columns.push({ label: l.text, ...d });
  }
  return columns;
}

/**
 * The labels as the dashes cut them, when two labels stand one space apart (`Chart Birth Date`:
 * a right-aligned number's label ends where its dashes do, one space before the next label) and
 * read as one run. Only when every place between two runs of dashes is a space on the label line
 * (no label crosses from one column into the next) and every run of dashes has a label over it.
 */
function labelsCutByDashes(
  line: string,
  dashes: ReadonlyArray<{ start: number; end: number }>,
): Run[] | undefined {
  const labels: Run[] = [];
  for (const [i, d] of dashes.entries()) {
    const gapEnd = dashes[i + 1]?.start ?? line.length;
    if (line.slice(d.end, gapEnd).trim() !== '') return undefined;
    const text = line.slice(d.start, d.end);
    const trimmed = text.trim();
    if (!LABEL.test(trimmed) || VALUE.test(trimmed)) return undefined;
    const start = d.start + text.length - text.trimStart().length;
    labels.push({ start, end: start + trimmed.length, text: trimmed });
  }
  if (line.slice(0, dashes[0]?.start ?? 0).trim() !== '') return undefined;
  return labels;
}

/** The one column a run is printed in, -1 when it stands in none, -2 when it reaches into two. */
export function columnOf(run: { start: number; end: number }, columns: readonly GridColumn[]): number {
  let found = -1;
  for (const [i, c] of columns.entries()) {
    if (run.end <= c.start || run.start >= c.end) continue;
    if (found !== -1) return -2;
    found = i;
  }
  return found;
}

/** The columns of a line, when each of its runs stands under exactly one label: the labels'
 *  indexes, in order. */
function fittingColumns(runs: Run[], labels: readonly GridColumn[]): number[] | undefined {
  const at: number[] = [];
  for (const r of runs) {
    const i = columnOf(r, labels);
    if (i < 0) return undefined;
    at.push(i);
  }
  return at;
}

/** Lines under the labels that must fit them before their places are taken for the columns. */
const MIN_FITTING = 2;

/**
 * Columns from the labels alone: every run of a fitting line (each run under one label, most
 * columns filled) widens its label's column. Right-aligned values (a time, a number) may start
 * left of their label; a column reaching into the next is no grid (where one ends is not known).
 */
function labelledColumns(labels: Run[], lines: readonly string[], from: number): GridColumn[] | undefined {
  const columns: GridColumn[] = labels.map((l) => ({ label: l.text, start: l.start, end: l.end }));
  // Where each column's values end: one place for all of two or more is a right-aligned column.
  const ends = labels.map(() => new Set<number>());
  const counts = labels.map(() => 0);
  let fitting = 0;
  for (let i = from; i < lines.length; i++) {
    const runs = runsOf(printedText(lines[i]!));
    if (runs.length === 0) continue;
    const at = fittingColumns(
      runs,
      labels.map((l) => ({ label: l.text, start: l.start, end: l.end })),
    );
    if (!at || new Set(at).size * 2 <= labels.length || new Set(at).size < 3) continue;
    fitting++;
    for (const [k, r] of runs.entries()) {
      const c = columns[at[k]!]!;
      c.start = Math.min(c.start, r.start);
      c.end = Math.max(c.end, r.end);
      ends[at[k]!]!.add(r.end);
      counts[at[k]!]!++;
    }
  }
  if (fitting < MIN_FITTING) return undefined;
  for (const [i, c] of columns.entries()) if (ends[i]!.size === 1 && counts[i]! >= 2) c.right = true;
  for (let i = 1; i < columns.length; i++) if (columns[i]!.start <= columns[i - 1]!.end) return undefined;
  return columns;
}

/**
 * The grid of a printed report from a sample of its text, or undefined when the text is no
 * printed report (a delimited file: its label line has a delimiter on it; a tab anywhere) or its
 * columns cannot be read off it for sure.
 */
export function printedGrid(sample: string): PrintedGrid | undefined {
  if (sample.includes('\t')) return undefined;
  const lines = sample.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const labels = labelRuns(printedText(lines[i]!));
    if (!labels) continue;
    const next = printedText(lines[i + 1] ?? '');
    const ruled = ruledColumns(labels, next, printedText(lines[i]!));
    if (ruled) return { labelLine: i + 1, columns: ruled, ruled: true };
    const labelled = labelledColumns(labels, lines, i + 1);
    if (labelled) return { labelLine: i + 1, columns: labelled, ruled: false };
  }
  return undefined;
}
