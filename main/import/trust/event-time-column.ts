// A log of events about appointments (a messaging platform's Event Messages: reminder sent, then
// the patient's confirmation or cancellation; a change log) lists one appointment on several rows,
// and where they disagree (booked on the reminder's row, cancelled on the patient's) the importer
// keeps the last row. Whether the last row is the latest state is what a person would ask, and
// the file answers it when each row carries the moment its event happened: rows of one id whose
// event times never go back keep the last row as the latest, with nothing to ask; a row earlier
// in time than one before it is asked about as any disagreement is (id-column.ts).
import { headerWords } from '../map/header-meaning.ts';
import { mappedIndexes, type ColumnRefs } from '../map/resolve-columns.ts';

/** Header words saying the column is when something was done or logged. */
const WHEN = new Set(['timestamp', 'time', 'datetime', 'at', 'when']);
/** Header words saying what was timed is an event on the record, not the visit. */
const EVENT = new Set([
  'event',
  'action',
  'activity',
  'change',
  'changed',
  'modified',
  'updated',
  'logged',
  'log',
  'recorded',
  'audit',
]);

/** An instant written whole: ISO 8601 date and time with `Z` or an offset, comparable as one. */
const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** The instant of an event-time cell, epoch ms; undefined unless written whole (INSTANT). */
export function eventInstant(value: string): number | undefined {
  const v = value.trim();
  if (!INSTANT.test(v)) return undefined;
  const ms = Date.parse(v.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? undefined : ms;
}

/** The column read for no field whose header names an event's time (`Event Timestamp (UTC)`,
 *  `Action Time`, `Modified At`) and whose first values are all instants written whole. */
export function eventTimeColumn(
  headers: readonly string[],
  refs: ColumnRefs,
  values: (header: string) => string[],
): { header: string; index: number } | undefined {
  const taken = mappedIndexes(refs);
  for (let index = 0; index < headers.length; index++) {
    const header = headers[index]!;
    if (taken.has(index)) continue;
    const words = headerWords(header);
    if (!words.some((w) => WHEN.has(w)) || !words.some((w) => EVENT.has(w))) continue;
    const filled = values(header).filter((v) => v.trim() !== '');
    if (filled.length > 0 && filled.every((v) => eventInstant(v) !== undefined)) return { header, index };
  }
  return undefined;
}
