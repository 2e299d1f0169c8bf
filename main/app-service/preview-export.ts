// The settings window's preview of a sample export: which column feeds which appointment field
// (with how sure recognition is), what required field is missing, and the first rows as they
// would be sent. Reads only the first rows; problems come back as plain-words errors, not throws.
import path from 'node:path';
import type { PracticeSettings } from '../engine/settings-types.ts';
import { prepareTable } from '../import/import-export.ts';
import { FIELD_NAMES } from '../import/map/profile.ts';
import { missingRequired } from '../import/map/resolve-columns.ts';
import { ExportFileError } from '../import/read/export-file-error.ts';
import { sniffFileKind } from '../import/read/index.ts';
import type { ColumnGuess, ExportPreview } from '../../preload/ipc-contract.ts';

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
  };
}

export async function previewExport(
  file: string,
  practice: PracticeSettings | undefined,
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
  let prepared;
  try {
    prepared = await prepareTable(file, {
      practiceId: practice?.practiceId ?? '00000000-0000-0000-0000-000000000000',
      profile: practice?.mappingProfile ?? 'auto',
      ...(practice?.timeZone ? { timeZone: practice.timeZone } : {}),
      ...(practice ? { practiceName: practice.name } : {}),
    });
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
  for (const row of prepared.sample.slice(0, PREVIEW_ROWS)) {
    const item = prepared.map(row);
    if (item.kind === 'appointment') {
      const a = item.appointment;
      sampleRows.push({
        line: item.line,
        appointmentId: a.appointmentId,
        patientId: a.patient.patientId,
        start: a.start.toISOString(),
        status: a.status,
      });
    } else if (item.kind === 'error') {
      const e = item.error;
      errors.push({
        line: e.line,
        message: `${e.column ? `Column '${e.column}': ` : ''}${e.message}. ${e.hint}`,
      });
    }
  }
  await prepared.rows.return(undefined);
  const dateOrder = prepared.dateOrder.order;
  return {
    file: prepared.info.file,
    headers: prepared.info.headers,
    columns,
    missing: prepared.recognition?.missing ?? missingRequired(prepared.refs),
    dateOrder,
    sampleRows,
    errors,
    mappableFields: [...FIELD_NAMES],
  };
}
