// A status column of codes the file's own legend explains (read/status-legend.ts): `A`, `C`, `N`
// with `A = Arrived`, `C = Confirmed`, `N = No Show` printed under the table. A one-letter code is
// never read by itself (C is Confirmed in one system and Cancelled in another), but the legend
// says what this file means by it, in words the vocabulary knows: each code is then read as its
// meaning, and no one is asked.
//
// Only a legend that is the status column's: every status the file writes is one of its codes,
// each written exactly as the legend prints it (`t` and `T` are two codes in OSCAR), read so for
// this file only (never saved into the practice's mapping: the next file prints its own). A
// meaning the vocabulary does not know leaves its code asked about; a legend that says otherwise
// than the connector's own reading of a code (`X = Checked Out`) is asked, never chosen between.
// A legend that also explains every code of another column (`Conf: C = Confirmed  L = Left
// Message  N = No Answer` under a confirmation-call column writing C, L, N) may be that column's:
// US schedules print a confirmation or visit-type column of one-letter codes beside the status,
// and the same letters mean other things there (C Confirmed in the call column, Cancelled in the
// status), so the status is then asked, not read with it.
import type { Doubt } from '../../model/doubt.ts';
import { displayText } from '../../model/display-text.ts';
import type { LegendEntry } from '../read/table-types.ts';
import { statusClassifier, type StatusVocabulary } from './status-vocabulary.ts';

export interface LegendReading {
  /** The codes read by the legend, each with its meaning: the row mapper reads a code as the
   *  meaning (its built-in rules too: `R = Rescheduled` is a move), for this file only. */
  codes: Map<string, string>;
  /** What was read, for the file's notes. */
  note?: string;
  /** Codes whose legend meaning disagrees with the connector's reading of the code. */
  doubt?: Doubt;
}

const SAYS = { NEW: 'booked', CANCEL: 'cancelled', skip: 'not an appointment' } as const;

/**
 * The status codes the legend explains for this file, or undefined when it explains none of them.
 * `statuses`: the status column's cells, every row of the file.
 */
export function legendStatuses(
  legend: readonly LegendEntry[],
  statuses: readonly string[],
  vocabulary: StatusVocabulary | undefined,
  column: string,
  others: ReadonlyArray<readonly string[]> = [],
): LegendReading | undefined {
  if (legend.length === 0) return undefined;
  const written = new Set(statuses.map((s) => s.trim()).filter(Boolean));
  const meanings = new Map<string, string>();
  for (const e of legend) {
    // A code printed twice with two meanings: not a legend to go by.
    if (meanings.has(e.code) && meanings.get(e.code) !== e.meaning) return undefined;
    meanings.set(e.code, e.meaning);
  }
  if (written.size === 0 || [...written].some((s) => !meanings.has(s))) return undefined;
  if (others.some((cells) => explainsAll(meanings, cells))) return undefined;
  const classify = statusClassifier(vocabulary);
  const codes = new Map<string, string>();
  const read: string[] = [];
  const disagree: string[] = [];
  for (const code of written) {
    const meaning = meanings.get(code)!;
    const says = classify(meaning);
    const own = classify(code);
    if (own !== 'unknown' && own !== says) disagree.push(code);
    else if (own === 'unknown' && says !== 'unknown') {
      codes.set(code, meaning);
      read.push(`${code} = ${meaning}`);
    }
  }
  const out: LegendReading = { codes };
  if (read.length)
    out.note = `the status codes in '${column}' are read with the file's own legend (${displayText(read.join(', '), 160)})`;
  if (disagree.length) {
    const shown = disagree.slice(0, 3);
    out.doubt = {
      kind: 'status',
      field: 'status',
      column,
      message: `the file's legend says ${shown
        .map((c) => `'${c} = ${meanings.get(c)}'`)
        .join(', ')}, but the connector reads ${shown
        .map((c) => {
          const own = classify(c);
          return `'${c}' as ${own === 'unknown' ? 'unknown' : SAYS[own]}`;
        })
        .join(', ')}`,
      samples: disagree.slice(0, 40),
      question: `What does ${shown.map((c) => `'${c}'`).join(', ')} mean in this file: booked, cancelled, or not an appointment?`,
    };
  }
  return read.length || disagree.length ? out : undefined;
}

/** Whether every filled cell of a column is one of the legend's codes (and some cell is filled). */
function explainsAll(meanings: ReadonlyMap<string, string>, cells: readonly string[]): boolean {
  let filled = false;
  for (const c of cells) {
    const t = c.trim();
    if (!t) continue;
    if (!meanings.has(t)) return false;
    filled = true;
  }
  return filled;
}

/**
 * An unknown-status doubt with what the file's legend says of its codes (`A = Arrived`): a file
 * longer than the first rows met its legend only at the end, after its rows were read, so it is
 * asked once, and the person answers with the legend in front of them.
 */
export function withLegend(doubt: Doubt, legend: readonly LegendEntry[]): Doubt {
  if (doubt.kind !== 'status' || legend.length === 0) return doubt;
  const said = doubt.samples.flatMap((s) => {
    const e = legend.find((l) => l.code === s.trim());
    return e ? [`${e.code} = ${e.meaning}`] : [];
  });
  if (said.length === 0) return doubt;
  return {
    ...doubt,
    // `a legend in the file`, not `the status legend`: one that explains another column's codes
    // too may be that column's (legendStatuses), and the person answering should weigh it so.
    message: `${doubt.message}; a legend in the file reads ${displayText(said.join(', '), 160)}`,
  };
}
