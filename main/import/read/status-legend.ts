// A legend of codes printed with a report: `A = Arrived` on lines of their own under the table
// (or above it), or several on one line (`Status Legend: S=Scheduled  C=Confirmed  X=Cancelled`).
// US practice-management report writers print one where a column writes one-letter codes, and the
// same letter means different things in different systems (C is Confirmed in one, Cancelled in
// another): the file's own legend is the only sure reading (map/legend-statuses.ts applies it).
//
// Decided by shape: every part of the line is a short code (one to four characters, no space),
// `=`, and words; anything else on the line (a number in the meaning, a date, a sentence) and it is
// no legend. Only `=` joins a code to its meaning: `Loc: Main` and `Dr - Lee` are group headings.
import type { LegendEntry, TableInfo } from './table-types.ts';

/** `A = Arrived`, `N=No Show`, `1 = Checked Out`: a code, `=`, then words up to the next code. */
const PAIR = /([^\s=,;|]{1,4})\s*=\s*(\p{L}[^=,;|]*?)(?=\s+[^\s=,;|]{1,4}\s*=|\s*[,;|]|\s*$)/gu;
/** A label before the pairs: `Status Legend:`, `Key:`, `Codes:`. */
const LABEL = /^\s*\p{L}[\p{L}\s]*:\s*/u;
/** Separators left between the pairs. */
const BETWEEN = /^[\s,;|]*$/;
/** Entries kept per file: a legend explains a handful of codes. */
const MAX_ENTRIES = 60;

type LegendPair = Omit<LegendEntry, 'line'>;

/** The code and meaning pairs the line's filled cells print, or undefined when it is no legend. */
export function legendPairs(parts: readonly string[]): LegendPair[] | undefined {
  const line = parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(', ');
  const label = LABEL.exec(line)?.[0].replace(/:\s*$/, '').trim();
  const text = line.replace(LABEL, '');
  if (!text.includes('=')) return undefined;
  const pairs: LegendPair[] = [];
  let at = 0;
  for (const m of text.matchAll(PAIR)) {
    if (!BETWEEN.test(text.slice(at, m.index))) return undefined;
    const meaning = m[2]!.trim();
    if (/\d/.test(meaning)) return undefined;
    pairs.push(label ? { code: m[1]!, meaning, label } : { code: m[1]!, meaning });
    at = m.index + m[0].length;
  }
  return pairs.length > 0 && BETWEEN.test(text.slice(at)) ? pairs : undefined;
}

/** Keeps a legend line's entries on the table (TableInfo.legend). */
export function noteLegend(info: TableInfo, line: number, values: readonly string[]): void {
  const kept = (info.legend ??= []);
  for (const p of legendPairs(values) ?? []) if (kept.length < MAX_ENTRIES) kept.push({ ...p, line });
}

/** The legend entries of the title lines and of the lines between and after the rows. */
export function fileLegend(info: TableInfo): LegendEntry[] {
  const titled = info.titleLines.flatMap((t) => (legendPairs([t]) ?? []).map((p) => ({ ...p, line: 0 })));
  return [...titled, ...(info.legend ?? [])];
}
