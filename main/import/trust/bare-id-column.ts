// A column headed only `id` (`ID`, `Id`) is read as the appointment id by its header alone, below
// SURE, and asked about: in an export of joined tables it may be the patient's record, and in a log
// of something else done to appointments (a reminder sent, a charge, a claim) that record's id,
// which a later file gives the same appointment anew. An API's or a database's own dump names a
// record's key `id` (Solv's booking `id`, https://partner-api-docs-stage.solvhealth.com, beside
// `emr_patient_id`). The file proves the key is each booking's where:
// - the patient's own id is read surely from another column (so `id` is not it), and one patient
//   (that id and the same name) comes back at another start under another `id`: a per-patient
//   record (the patient's, a family's account) gives one value there;
// - no patient and start has two `id`s (a reminder log writes one row per reminder, two for one
//   visit); and
// - no header names another record the rows could be (a reminder, a message, a charge, a claim:
//   `Reminder Type`, `Message Status`, `Charge Amount`).
// Whether the values repeat, count rows or copy the patient id is judged as for any id column
// (id-column.ts); a file that shows none of the above stays asked.
import type { Recognition } from '../map/recognize.ts';
import { ABOUT_THE_APPOINTMENT, headerConcepts, headerWords, OTHER_RECORD } from '../map/header-meaning.ts';
import { SURE } from './column-doubts.ts';

/** Records besides OTHER_RECORD and ABOUT_THE_APPOINTMENT (header-meaning.ts) that a row may be
 *  and that carry an id of their own for an appointment: a claim or invoice billed, a referral. */
const LOGGED_RECORDS = new Set([
  ...OTHER_RECORD,
  ...ABOUT_THE_APPOINTMENT,
  'claim',
  'claims',
  'invoice',
  'referral',
]);

export function bareIdPerBooking(
  recognition: Pick<Recognition, 'fields'>,
  column: string,
  headers: readonly string[],
  sampleValues: (column: string) => string[],
): boolean {
  const words = headerWords(column);
  if (words.length !== 1 || words[0] !== 'id') return false;
  if (headers.some((h) => h !== column && headerWords(h).some((w) => LOGGED_RECORDS.has(w)))) return false;
  const field = (name: string): Recognition['fields'][number] | undefined =>
    recognition.fields.find((f) => f.field === name);
  const patientId = field('patientId');
  if (!patientId || patientId.column === column || patientId.confidence < SURE) return false;
  if (headerConcepts(patientId.column).has('account')) return false;
  const names = ['patientName', 'firstName', 'lastName']
    .map((n) => field(n)?.column)
    .filter((c): c is string => !!c);
  const starts = ['dateTime', 'date', 'time'].map((n) => field(n)?.column).filter((c): c is string => !!c);
  if (names.length === 0 || starts.length === 0) return false;
  const ids = sampleValues(column);
  const pids = sampleValues(patientId.column);
  const nameCols = names.map(sampleValues);
  const startCols = starts.map(sampleValues);
  const idOf = new Map<string, string>(); // patient and start → id
  const firstOf = new Map<string, { id: string; start: string }>(); // patient → a row's id and start
  let proved = false;
  for (let i = 0; i < ids.length; i++) {
    const id = (ids[i] ?? '').trim();
    const pid = (pids[i] ?? '').trim();
    const who = nameCols.map((c) => (c[i] ?? '').trim().toLowerCase()).join(' ');
    const when = startCols.map((c) => (c[i] ?? '').trim()).join(' ');
    if (!id || !pid || !who.trim() || !when.trim()) continue;
    const patient = `${pid}\u0000${who}`;
    const slot = `${patient}\u0000${when}`;
    const before = idOf.get(slot);
    if (before !== undefined && before !== id) return false;
    idOf.set(slot, id);
    const first = firstOf.get(patient);
    if (!first) firstOf.set(patient, { id, start: when });
    else if (first.start !== when && first.id !== id) proved = true;
  }
  return proved;
}
