// An id column whose value on every row is another thing the row already says, written again
// without its marks, is that thing, never an id: the patient's telephone (`(503) 555-0142` beside
// `5035550142`), the birth date (`06/02/1970` beside `06021970`), the start (`03/22/2027 9:00 AM`
// beside `202703220900`) or the provider's number (the NPI). Each is unique in a short list, so
// the id checks (id-column.ts) pass it, yet none names one appointment or one patient: a family
// shares a telephone, two patients a birthday, a rescheduled visit gets another start (and the
// old one stays on the portal under the old), and every visit of a provider has the provider's
// number. A report writer joins such a column in by mistake, or a person maps it. Two rows at
// least, all agreeing: one row proves nothing. Compared by letters and digits alone, and dates
// also as one number, the year first or last, in four digits or two (`19700602`, `700602`,
// `02061970`), either order of month and day. An appointment id made of the patient's id and the
// start's day or the start itself, either first (`20270322-100415`, `100415-202703220900`: a key a
// report builds), is such a copy too (62g): unique while a patient has one visit a day, yet a move
// to another day or hour gives the visit another id, and the old one stays on the portal.

import type { Doubt } from '../../model/doubt.ts';
import { headerConcepts, headerWords } from '../map/header-meaning.ts';
import type { FieldName } from '../map/profile.ts';
import type { ColumnRefs } from '../map/resolve-columns.ts';

/** What the copied column is, as the question names it. */
export type CopiedThing = 'telephone' | 'birth date' | 'start' | 'provider id' | 'patient id and start';

export interface CopySource {
  what: CopiedThing;
  header: string;
  /** The source's key texts on each sample row (a date's several spellings). */
  keys: (row: number) => readonly string[];
}

const bare = (v: string): string => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A numeric date's spellings as one number: as written, and its year first or last, in four
 *  digits or two, with month and day either way round (`06/02/1970` as `19700602`, `02061970`,
 *  `700602`, `060270`: a report that prints the birth date under `Patient ID` writes it as its
 *  program keeps dates, and a six-digit `700602` passed every id check). A date written with a
 *  two-digit year (`06/02/70`) has only its two-digit spellings. */
function dateKeys(text: string): string[] {
  const keys = [bare(text)];
  const m = /(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})/.exec(text);
  if (!m) return keys;
  const [a, b, c] = [m[1]!, m[2]!, m[3]!];
  const pad = (s: string): string => s.padStart(2, '0');
  const [year, x, y] =
    a.length === 4
      ? [a, b, c]
      : c.length === 4 || (c.length === 2 && a.length <= 2)
        ? [c, a, b]
        : ['', '', ''];
  if (!year) return keys;
  const [p, q] = [pad(x), pad(y)];
  for (const yr of year.length === 4 ? [year, year.slice(2)] : [year])
    keys.push(`${yr}${p}${q}`, `${yr}${q}${p}`, `${p}${q}${yr}`, `${q}${p}${yr}`);
  return keys;
}

/** The clock of a start as digits, `0900` and `090000`, read after the date (`9:00 AM`, `13:30`). */
function clockKeys(text: string): string[] {
  const m = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?/i.exec(text);
  if (!m) return [];
  let hour = Number(m[1]);
  const meridiem = m[4]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const hhmm = `${String(hour).padStart(2, '0')}${m[2]}`;
  return [hhmm, `${hhmm}${m[3] ?? '00'}`];
}

/** The start's spellings as one number: the day alone, the day and the clock, and as written. */
export function startKeys(date: string, time: string): string[] {
  const dateText = date.trim();
  const timeText = time.trim();
  const days = dateKeys(dateText);
  // A date-time in one cell: its clock follows the date.
  const clocks = clockKeys(timeText || dateText.replace(/^.*?\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/, ''));
  const keys = [...days, bare(`${dateText}${timeText}`)];
  for (const day of days) for (const clock of clocks) keys.push(`${day}${clock}`);
  return keys;
}

export const plainKeys =
  (values: readonly string[]): ((row: number) => readonly string[]) =>
  (row) => [bare(values[row] ?? '')];

export const dateKeysOf =
  (values: readonly string[]): ((row: number) => readonly string[]) =>
  (row) =>
    dateKeys(values[row] ?? '');

/**
 * The source the id column copies on every sample row that has both (two rows at least), or
 * undefined. An id of fewer than six letters and digits is left to the counter checks: a short
 * number may equal a short code by chance.
 */
export function copiedSource(ids: readonly string[], sources: readonly CopySource[]): CopySource | undefined {
  return sources.find((source) => {
    let both = 0;
    for (let row = 0; row < ids.length; row++) {
      const id = bare(ids[row] ?? '');
      if (!id) continue;
      const keys = source.keys(row).filter((k) => k !== '');
      if (keys.length === 0) continue;
      if (id.length < 6 || !keys.includes(id)) return false;
      both++;
    }
    return both >= 2;
  });
}

/** What the doubt over an id column that copies `source` says and asks. */
export function copiedIdDoubt(
  field: 'appointmentId' | 'patientId',
  idHeader: string,
  source: CopySource,
  example: string,
): { message: string; samples: string[]; question: string } {
  const whose = field === 'appointmentId' ? "the appointment's" : "the patient's";
  const none =
    field === 'appointmentId'
      ? 'or none (ids are then made from patient, provider and day)'
      : 'or none (patients are then known by name and birth date)';
  return {
    message: `'${idHeader}' is the ${source.what} of '${source.header}' on every row ('${example}'…), written again: not ${whose} own id (it changes, or is shared, where ${whose} id does not)`,
    samples: [example],
    question: `Which column holds ${whose} own id, ${none}?`,
  };
}

/** The things of each sample row an id column could copy: the telephone columns (by header), the
 *  birth date and the start as mapped, and the provider's columns. */
function copySources(
  headers: readonly string[],
  refs: ColumnRefs,
  column: (header: string) => string[],
): CopySource[] {
  const own = (f: FieldName): string | undefined => (refs[f]?.source === 'main' ? refs[f].header : undefined);
  const sources: CopySource[] = [];
  const ids = new Set([own('appointmentId'), own('patientId')]);
  for (const h of headers)
    if (!ids.has(h) && headerConcepts(h).has('phone'))
      sources.push({ what: 'telephone', header: h, keys: plainKeys(column(h)) });
  const dob = own('dob');
  if (dob) sources.push({ what: 'birth date', header: dob, keys: dateKeysOf(column(dob)) });
  const date = own('dateTime') ?? own('date');
  if (date) {
    const days = column(date);
    const time = own('dateTime') ? undefined : own('time');
    const clocks = time ? column(time) : [];
    sources.push({
      what: 'start',
      header: date,
      keys: (row) => startKeys(days[row] ?? '', clocks[row] ?? ''),
    });
  }
  // The patient's id joined to the start (appointment ids only: copiedIdDoubts).
  const patient = own('patientId');
  if (patient && date) {
    const pids = column(patient);
    const start = sources.find((s) => s.what === 'start')!;
    sources.push({
      what: 'patient id and start',
      header: `${patient}' and '${date}`,
      keys: (row) => {
        const pid = bare(pids[row] ?? '');
        return pid ? start.keys(row).flatMap((k) => (k ? [`${pid}${k}`, `${k}${pid}`] : [])) : [];
      },
    });
  }
  // The provider's number as mapped, or any column of the provider's (`Provider NPI`, `Dr #`) or
  // the national provider number's (`NPI`, which names no provider to the header words).
  for (const h of headers)
    if (
      !ids.has(h) &&
      (h === own('providerId') || headerConcepts(h).has('provider') || headerWords(h).includes('npi'))
    )
      sources.push({ what: 'provider id', header: h, keys: plainKeys(column(h)) });
  return sources;
}

/** Doubts over the appointment-id and patient-id columns that copy another thing of the row. */
export function copiedIdDoubts(
  headers: readonly string[],
  refs: ColumnRefs,
  column: (header: string) => string[],
): Doubt[] {
  const sources = copySources(headers, refs, column);
  const doubts: Doubt[] = [];
  for (const field of ['appointmentId', 'patientId'] as const) {
    const ref = refs[field];
    if (ref?.source !== 'main') continue;
    const ids = column(ref.header);
    const source = copiedSource(
      ids,
      sources.filter(
        (s) => s.header !== ref.header && (field === 'appointmentId' || s.what !== 'patient id and start'),
      ),
    );
    if (!source) continue;
    const example = ids.find((v) => v.trim()) ?? '';
    doubts.push({
      kind: field === 'appointmentId' ? 'appointment-id' : 'column',
      field,
      column: ref.header,
      ...copiedIdDoubt(field, ref.header, source, example),
    });
  }
  return doubts;
}
