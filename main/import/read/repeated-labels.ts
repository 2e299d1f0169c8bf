// Column labels written on every record instead of once above them. Crystal Reports' CSV export
// in its default mode (Standard, report and page sections exported, not isolated) writes no header
// line: each record carries the report header (title, practice, print date), the page header
// (`Page 1 of 2`, then the column labels as text), the group header (the provider) and footer
// around the record's own values (https://github.com/mhertzfeld/CrystalReportsNinja/issues/20,
// SAP KBA 1817212; https://github.com/rainforestnet/CrystalReportsNinja/issues/16). The labels
// are the same on every record and name, in their order, a run of cells after them; which run is
// decided by what the values are, and only when one run fits clearly better than any other.
import { recognizeColumns } from '../map/recognize.ts';
import type { RawRecord } from './delimited-records.ts';

export interface RepeatedLabels {
  /** A name for every column: the labels over the cells they name, `Column N` elsewhere. */
  headers: string[];
  /** Where the labels stand and where the cells they name start (0-based), and how many. */
  labelsAt: number;
  valuesAt: number;
  count: number;
}

/** Fewer labels than this are no page header of column labels (a title and a practice name). */
const MIN_LABELS = 3;
/** Records looked at to tell the labels' cells (the first ones, as the sample holds them). */
const SAMPLE = 50;
/** How much better (in summed confidence) the chosen run must fit than the next best. */
const CLEAR = 1;

const folded = (v: string): string => v.trim().toLowerCase();

/** The longest run of cells that every record has alike, each a label: words, no value, no two
 *  the same. Undefined when there is none of MIN_LABELS or more, or two runs tie. */
function labelRun(
  rows: readonly RawRecord[],
  isLabel: (cell: string) => boolean,
): { at: number; count: number } | undefined {
  const first = rows[0]!.values;
  const same = first.map((v, j) => isLabel(v) && rows.every((r) => folded(r.values[j]!) === folded(v)));
  let best: { at: number; count: number } | undefined;
  let tie = false;
  for (let at = 0; at < same.length;) {
    if (!same[at]) {
      at++;
      continue;
    }
    let end = at;
    const seen = new Set<string>();
    while (end < same.length && same[end] && !seen.has(folded(first[end]!))) seen.add(folded(first[end++]!));
    const count = end - at;
    if (count >= MIN_LABELS && (!best || count >= best.count)) {
      tie = best !== undefined && count === best.count;
      best = { at, count };
    }
    at = end;
  }
  return tie ? undefined : best;
}

/**
 * The labels a headerless file writes on every record, and the cells they name. `records`: the
 * sample's records (blank ones included); `columns`: the width most have; `isLabel`: a cell that
 * reads as a column name (words, not a value). Undefined unless every non-blank record has that
 * width and repeats the same labels, and one run of cells after them fits the labels clearly best.
 */
export function repeatedLabels(
  records: readonly RawRecord[],
  columns: number,
  isLabel: (cell: string) => boolean,
): RepeatedLabels | undefined {
  const rows = records.filter((r) => r.values.some((v) => v.trim() !== '')).slice(0, SAMPLE);
  if (rows.length < 2 || rows.some((r) => r.values.length !== columns)) return undefined;
  const run = labelRun(rows, isLabel);
  if (!run) return undefined;
  const labels = rows[0]!.values.slice(run.at, run.at + run.count).map((v) => v.trim());
  const values = rows.map((r) => r.values);
  let best: { score: number; headers: string[]; valuesAt: number } | undefined;
  let second = 0;
  for (let at = run.at + run.count; at + run.count <= columns; at++) {
    const headers = values[0]!.map((_, j) =>
      j >= at && j < at + run.count ? labels[j - at]! : `Column ${j + 1}`,
    );
    const recognition = recognizeColumns(headers, values);
    if (!recognition.usable) continue;
    const named = new Set(labels);
    const score = recognition.fields
      .filter((f) => named.has(f.column))
      .reduce((sum, f) => sum + f.confidence, 0);
    if (!best || score > best.score) {
      second = best?.score ?? 0;
      best = { score, headers, valuesAt: at };
    } else second = Math.max(second, score);
  }
  if (!best || best.score - second < CLEAR) return undefined;
  return { headers: best.headers, labelsAt: run.at, valuesAt: best.valuesAt, count: run.count };
}
