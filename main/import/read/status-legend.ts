// A legend of codes printed with a report: `A = Arrived` on lines of their own under the table
// (or above it), or several on one line (`Status Legend: S=Scheduled  C=Confirmed  X=Cancelled`).
// US practice-management report writers print one where a column writes one-letter codes, and the
// same letter means different things in different systems (C is Confirmed in one, Cancelled in
// another): the file's own legend is the only sure reading (map/legend-statuses.ts applies it).
//
// Decided by shape: every part of the line is a short code (one to four characters, no space),
// `=`, and words; anything else on the line (a number in the meaning, a date, a sentence) and it is
// no legend. Unlabelled, only `=` joins a code to its meaning: `Loc: Main` and `Dr - Lee` are group
// headings. Under a legend's own label the report writers' other joins are read too: on the line
// (`Legend: S - Scheduled, X - Cancelled`, `Status Codes: S: Scheduled  X: Cancelled`) or on the
// lines under a label line of its own (`Status Legend`, then `S - Scheduled`, `X  Cancelled`,
// `X,Cancelled`): the label says what the pairs are.
import type { LegendEntry, TableInfo } from './table-types.ts';

/** `A = Arrived`, `N=No Show`, `1 = Checked Out`: a code, `=`, then words up to the next code. */
const PAIR = /([^\s=,;|]{1,4})\s*=\s*(\p{L}[^=,;|]*?)(?=\s+[^\s=,;|]{1,4}\s*=|\s*[,;|]|\s*$)/gu;
/** A label before the pairs: `Status Legend:`, `Key:`, `Codes:`. */
const LABEL = /^\s*\p{L}[\p{L}\s]*:\s*/u;
/** A label that names a legend (`Legend`, `Status Key`, `Status Codes`, `Key`), not a heading's. */
const LEGEND_LABEL = /^(?:status\s+|appt\.?\s+|appointment\s+)?(?:legend|key|codes?)$/i;
/** `S - Scheduled`, `S: Scheduled`: a code, a dash or colon, then words up to the next code. */
const JOINED =
  /([^\s=,;|:\-–]{1,4})\s*(?:\s[-–]|[-–:])\s*(\p{L}[^,;|]*?)(?=\s+[^\s=,;|:\-–]{1,4}\s*(?:\s[-–]|[-–:])\s|\s*[,;|]|\s*$)/gu;
/** One entry on a line of its own under a legend's label: `S - Scheduled`, `S: Scheduled`,
 *  `S  Scheduled` (two spaces or more), or code and meaning in two cells. */
const ENTRY = /^([^\s=,;|:\-–]{1,4})(?:\s*(?:\s[-–]|[-–:=])\s*|\s{2,})(\p{L}[^,;|=]*)$/u;
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
  const joins = text.includes('=') ? PAIR : label && LEGEND_LABEL.test(label) ? JOINED : undefined;
  if (!joins) return undefined;
  const pairs: LegendPair[] = [];
  let at = 0;
  for (const m of text.matchAll(joins)) {
    if (!BETWEEN.test(text.slice(at, m.index))) return undefined;
    const meaning = m[2]!.trim();
    if (/\d/.test(meaning)) return undefined;
    pairs.push(label ? { code: m[1]!, meaning, label } : { code: m[1]!, meaning });
    at = m.index + m[0].length;
  }
  return pairs.length > 0 && BETWEEN.test(text.slice(at)) ? pairs : undefined;
}

/** Whether the line is a legend's label alone (`Status Legend`, `Key:`): entries follow under it. */
export function isLegendLabel(parts: readonly string[]): boolean {
  const filled = parts.map((p) => p.trim()).filter(Boolean);
  return filled.length === 1 && LEGEND_LABEL.test(filled[0]!.replace(/:$/, '').trim());
}

/** The one entry a line under a legend's label prints (`S - Scheduled`, `S  Scheduled`, or `S` and
 *  `Scheduled` in two cells), or undefined. `label`: the label line's text. */
export function legendEntry(parts: readonly string[], label: string): LegendPair | undefined {
  const filled = parts.map((p) => p.trim()).filter(Boolean);
  const m = ENTRY.exec(filled.length === 2 ? `${filled[0]}  ${filled[1]}` : (filled[0] ?? ''));
  if (filled.length > 2 || !m || /\d/.test(m[2]!)) return undefined;
  return { code: m[1]!, meaning: m[2]!.trim(), label };
}

/** Keeps a legend line's entries on the table (TableInfo.legend); `label`: the label line above
 *  when the line is one entry under it. */
export function noteLegend(info: TableInfo, line: number, values: readonly string[], label?: string): void {
  const kept = (info.legend ??= []);
  const entry = label === undefined ? undefined : legendEntry(values, label);
  for (const p of entry ? [entry] : (legendPairs(values) ?? []))
    if (kept.length < MAX_ENTRIES) kept.push({ ...p, line });
}

/** The legend entries of the title lines and of the lines between and after the rows. */
export function fileLegend(info: TableInfo): LegendEntry[] {
  const titled: LegendEntry[] = [];
  let label: string | undefined;
  for (const t of info.titleLines) {
    const entry = label === undefined ? undefined : legendEntry([t], label);
    const pairs = entry ? [entry] : (legendPairs([t]) ?? []);
    titled.push(...pairs.map((p) => ({ ...p, line: 0 })));
    label = isLegendLabel([t]) ? t.replace(/:$/, '').trim() : entry ? label : undefined;
  }
  return [...titled, ...(info.legend ?? [])];
}
