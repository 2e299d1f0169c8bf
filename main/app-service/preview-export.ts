// The settings window's preview of a sample export: which column feeds which appointment field
// (with how sure recognition is), what required field is missing, the first appointments as staff
// know them (preview-rows.ts), whether patient ids would be made up, and what the connector is not
// sure of (the doubts that would hold the file).
// Columns come from the first rows; doubts from reading the whole file (exports are small).
// Problems come back as plain-words errors, not throws.
import path from 'node:path';
import type { PracticeSettings } from '../model/settings.ts';
import type { Doubt } from '../model/doubt.ts';
import type { ImportOptions, ImportSummary } from '../model/import-summary.ts';
import { importExport, prepareTable } from '../import/import-export.ts';
import { parseDate, type DateOrder } from '../import/map/parse-date.ts';
import { FIELD_NAMES } from '../import/map/profile.ts';
import { missingRequired } from '../import/map/resolve-columns.ts';
import { ExportFileError } from '../import/read/export-file-error.ts';
import { sniffFileKind } from '../import/read/index.ts';
import type { ColumnGuess, ExportPreview } from '../../preload/ipc-contract.ts';
import { sampleAppointment, staffClock } from './preview-rows.ts';
import { sha256File } from '../engine/job/content-hash.ts';

const PREVIEW_ROWS = 8;

/** A preview that only says why the file cannot be previewed. */
export function unreadablePreview(file: string, message: string): ExportPreview {
  return {
    file: path.basename(file),
    headers: [],
    columns: [],
    missing: [],
    sampleRows: [],
    errors: [{ line: 0, message }],
    mappableFields: [...FIELD_NAMES],
    doubts: [],
  };
}

/** Read the whole file the way the engine would, for its doubts only. */
async function fileDoubts(file: string, opts: ImportOptions): Promise<Doubt[]> {
  const rows = importExport(file, opts);
  let step = await rows.next();
  while (!step.done) step = await rows.next();
  const summary: ImportSummary = step.value;
  return summary.doubts;
}

/** The same doubt found twice (by the engine when it held the file, and again here) shown once. */
export function mergeDoubts(...lists: Array<readonly Doubt[] | undefined>): Doubt[] {
  // One doubt per kind and column: the job's own (from when it was held) and the file read again
  // now say the same thing, perhaps in other words; status doubts pool their unknown words, since
  // the review asks about each word. The people a doubt is about are pooled too, so confirming
  // answers it for all of them (a job held before doubts named them has none).
  const byKey = new Map<string, Doubt>();
  for (const d of lists.flatMap((l) => l ?? [])) {
    const key = [d.kind, d.field ?? '', d.column ?? ''].join('\u0000');
    const first = byKey.get(key);
    if (!first) byKey.set(key, { ...d, samples: [...d.samples] });
    else if (d.kind === 'status') first.samples = [...new Set([...first.samples, ...d.samples])];
    if (first && first.check === d.check && d.subjects)
      first.subjects = [...new Set([...(first.subjects ?? []), ...d.subjects])];
  }
  return [...byKey.values()];
}

const DAY_WORDS = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function readAs(text: string, order: DateOrder): string | null {
  // A sample may carry a time ("03/04/2026 09:00"): only the date part is in question.
  const datePart = text.trim().split(/[\sT]+/)[0] ?? '';
  const parsed = parseDate(datePart, { order });
  if (!parsed.ok) return null;
  const { year, month, day } = parsed.date;
  return DAY_WORDS.format(new Date(Date.UTC(year, month - 1, day)));
}

/** Each sample date of a day/month doubt written out both ways, so a person can say which is right
 *  ("Fri 3 April 2026" or "Wed 4 March 2026") without knowing what DMY means. */
export function dateReadings(doubts: readonly Doubt[]): NonNullable<ExportPreview['dateReadings']> {
  const texts = [...new Set(doubts.filter((d) => d.kind === 'date-order').flatMap((d) => d.samples))];
  return texts.map((text) => ({ text, dayFirst: readAs(text, 'DMY'), monthFirst: readAs(text, 'MDY') }));
}

export async function previewExport(
  file: string,
  practice: PracticeSettings | undefined,
  sheet?: string,
): Promise<ExportPreview> {
  const kind = await sniffFileKind(file);
  if (kind === 'appointment-data-xml') {
    return unreadablePreview(
      file,
      'This file is already AppointmentData XML: it is sent as it is, no column mapping is needed.',
    );
  }
  if (kind === 'binary' || kind === 'empty') {
    return unreadablePreview(
      file,
      `This file is ${kind === 'empty' ? 'empty' : 'not a text export (CSV, TXT or XML)'}. Pick an export file.`,
    );
  }
  // Hashed before it is read: a file saved over while it is read shows as changed at the confirm.
  const seen = await sha256File(file);
  const opts: ImportOptions = {
    practiceId: practice?.practiceId ?? '00000000-0000-0000-0000-000000000000',
    profile: practice?.mappingProfile ?? 'auto',
    ...(practice?.timeZone ? { timeZone: practice.timeZone } : {}),
    ...(practice ? { practiceName: practice.name, savedProfileDir: practice.inbox } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
  };
  let prepared;
  try {
    prepared = await prepareTable(file, opts);
  } catch (err) {
    if (err instanceof ExportFileError)
      return unreadablePreview(file, `${err.error.message}. ${err.error.hint}`);
    throw err;
  }
  const confidence = new Map(prepared.recognition?.fields.map((f) => [f.field, f.confidence]) ?? []);
  const columns: ColumnGuess[] = FIELD_NAMES.filter(
    (f) => prepared.refs[f] || prepared.notFound.some((n) => n.field === f),
  ).map((field) => {
    const ref = prepared.refs[field];
    return { field, column: ref?.header ?? null, confidence: ref ? (confidence.get(field) ?? 1) : 0 };
  });
  const sampleRows: ExportPreview['sampleRows'] = [];
  const errors: ExportPreview['errors'] = [];
  const clock = staffClock(prepared.timeZone, prepared.dateOrder.order);
  const cellOf = (ref: (typeof prepared.refs)[keyof typeof prepared.refs], values: string[]) =>
    ref?.source === 'main' ? (values[ref.index] ?? '') : undefined;
  // Ids are made up (identity.ts: from name and date of birth) for every row without its own.
  let madeUp = 0;
  let read = 0;
  for (const [i, row] of prepared.sample.entries()) {
    const item = prepared.map(row);
    const shown = i < PREVIEW_ROWS; // the preview shows the first rows; the count takes them all
    if (item.kind !== 'appointment') {
      if (item.kind === 'error' && shown) {
        const e = item.error;
        errors.push({
          line: e.line,
          ...(e.sheet !== undefined ? { sheet: e.sheet } : {}),
          message: `${e.column ? `Column '${e.column}': ` : ''}${e.message}. ${e.hint}`,
        });
      }
      continue;
    }
    read++;
    const ownId = cellOf(prepared.refs.patientId, row.values);
    if (!prepared.refs.patientId || ownId?.trim() === '') madeUp++;
    if (shown)
      sampleRows.push(
        sampleAppointment(item.appointment, item.line, clock, cellOf(prepared.refs.status, row.values)),
      );
  }
  await prepared.rows.return();
  const dateOrder = prepared.dateOrder.order;
  // The first rows read fine, so a file-level problem further down is only reported by the run.
  const doubts = await fileDoubts(file, opts).catch((err: unknown) => {
    if (err instanceof ExportFileError) {
      errors.push({ line: err.error.line, message: `${err.error.message}. ${err.error.hint}` });
      return [];
    }
    throw err;
  });
  const readings = dateReadings(doubts);
  return {
    file: prepared.info.file,
    headers: prepared.info.headers,
    ...(prepared.info.sheet !== undefined ? { sheet: prepared.info.sheet } : {}),
    columns,
    missing: prepared.recognition?.missing ?? missingRequired(prepared.refs),
    dateOrder,
    sampleRows,
    ...(madeUp > 0
      ? { madeUpPatientIds: { rows: madeUp, of: read, noColumn: !prepared.refs.patientId } }
      : {}),
    errors,
    mappableFields: [...FIELD_NAMES],
    doubts,
    seen,
    ...(readings.length ? { dateReadings: readings } : {}),
  };
}
