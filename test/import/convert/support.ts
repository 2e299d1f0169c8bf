// Helpers for the conversion tests: run the importer over a file and collect what it yields.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { importExport } from '../../../main/import/import-export.ts';
import type { Appointment } from '../../../main/model/appointment.ts';
import type { RowError } from '../../../main/model/row-error.ts';
import type { ImportItem, ImportOptions, ImportSummary } from '../../../main/model/import-summary.ts';
import { buildAppointmentData, defaultSender } from '../../../main/xml/build-appointment-data.ts';
import { validateAppointmentDataSync } from '../../../main/xml/validate-appointment-data.ts';

export const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';
export const SAMPLES = path.resolve('test/fixtures/samples');
export const EXPORTS = path.resolve('test/fixtures/exports');

export interface Collected {
  items: ImportItem[];
  appointments: Appointment[];
  errors: RowError[];
  skipped: Array<{ line: number; reason: string }>;
  summary: ImportSummary;
}

export async function collect(file: string, opts: Partial<ImportOptions> = {}): Promise<Collected> {
  const gen = importExport(file, { practiceId: PRACTICE, timeZone: 'America/Los_Angeles', ...opts });
  const items: ImportItem[] = [];
  for (;;) {
    const r = await gen.next();
    if (r.done) {
      return {
        items,
        appointments: items.flatMap((i) => (i.kind === 'appointment' ? [i.appointment] : [])),
        errors: items.flatMap((i) => (i.kind === 'error' ? [i.error] : [])),
        skipped: items.flatMap((i) => (i.kind === 'skipped' ? [{ line: i.line, reason: i.reason }] : [])),
        summary: r.value,
      };
    }
    items.push(r.value);
  }
}

/** Build the AppointmentData document for these appointments and validate it with the real XSD. */
export function expectValidXml(appointments: Appointment[]): string {
  const xml = buildAppointmentData(appointments, defaultSender(new Date('2026-11-25T09:00:00Z'), '0.1.0'), {
    timeZone: 'America/Los_Angeles',
  });
  const v = validateAppointmentDataSync(xml);
  if (!v.ok) throw new Error(`invalid XML: ${JSON.stringify(v.problems, null, 2)}`);
  return xml;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'h4-convert-'));
}

/** A derived appointment id by the README's rule (SHA-256 over practice, patient key, provider key
 *  as the id compares it, day), worked out here, not with the product's identity code. */
export function derivedId(patientKey: string, providerKey: string, day: string): string {
  const hash = createHash('sha256').update([PRACTICE, patientKey, providerKey, day].join('\u001f'));
  return `A-${hash.digest('hex').slice(0, 16)}`;
}

/** Writes `lines` as the CRLF text file `name` in `dir` (as Windows report writers end lines). */
export function writeLines(dir: string, name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

/** A writer of files (CRLF lines, or bytes as they are) each in a temporary folder of its own,
 *  the folders removed after the calling test file's tests. */
export function tempFiles(): (name: string, content: string[] | Buffer) => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  return (name, content) => {
    const dir = tempDir();
    dirs.push(dir);
    if (Array.isArray(content)) return writeLines(dir, name, content);
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
}

/** Each appointment as status, UTC start, first and last name and birth date: what a person checks
 *  first against the file. */
export const startsAndNames = (r: Collected) =>
  r.appointments.map((a) => [
    a.status,
    a.start.toISOString(),
    a.patient.firstName,
    a.patient.lastName,
    a.patient.dob,
  ]);

/** Each appointment as its id, patient id, UTC start, birth date and status: what a date
 *  conversion must get right, row by row. */
export const idsDaysAndStatus = (appointments: Appointment[]) =>
  appointments.map((a) => [
    a.appointmentId,
    a.patient.patientId,
    a.start.toISOString(),
    a.patient.dob,
    a.status,
  ]);
