// Small exports of one start column for the marked-UTC tests (map/marked-utc.test.ts,
// trust/answered-utc-hours.test.ts): one row per start, and a confirmed mapping of them.
import { confirmedProfile, type ExportFiles } from './export-files.ts';

const NAMES = ['Ortega, Marisol', 'Osei, Kevin', 'Feldman, Ruth', 'Baptiste, Tyrone'];

/** A writer of lists with one row per start, the start column named `header`; ids count up from `firstId`. */
export function startList(files: ExportFiles, firstId: number) {
  return (starts: string[], header = 'start'): { file: string; headers: string[] } => {
    const headers = ['appointment_id', 'patient', 'date_of_birth', header, 'status'];
    const file = files.write([
      headers.join(','),
      ...starts.map((t, i) => `${firstId + i},"${NAMES[i % NAMES.length]}",19${60 + i}-06-14,${t},scheduled`),
    ]);
    return { file, headers };
  };
}

/** A confirmed profile of `headers` whose start column is `start`, with `more` kept beside. */
export function startProfile(files: ExportFiles) {
  return (headers: string[], start: string, more: Record<string, unknown> = {}): string =>
    confirmedProfile(
      files,
      {
        appointmentId: 'appointment_id',
        patientName: 'patient',
        dob: 'date_of_birth',
        dateTime: start,
        status: 'status',
      },
      headers,
      more,
    );
}
