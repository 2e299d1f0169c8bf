// The first-run demo: a small, clearly fictional schedule export dropped into the demo inbox, so a
// person sees the whole flow (picked up, sent to the built-in sandbox, green tray, a job in the
// history) before any credentials exist. Dates are relative to today so it always looks current.
import fs from 'node:fs';
import path from 'node:path';

// Fictional, yet names a person could carry: `Demo Patient-One` is what a practice's test chart is
// called, and the importer refuses such rows (placeholder-names.ts), as it must on a real export.
const PEOPLE = [
  ['91001', 'Ana', 'Example', '1980-01-15', 'New Patient'],
  ['91002', 'Ben', 'Example', '1975-06-30', 'Follow-up'],
  ['91003', 'Cleo', 'Example', '1992-11-02', 'Annual Check-up'],
] as const;

export const DEMO_EXPORT_NAME = 'demo-schedule.csv';

export function demoExportCsv(now: Date): string {
  const rows = PEOPLE.map(([pid, first, last, dob, type], i) => {
    const start = new Date(now);
    start.setUTCDate(start.getUTCDate() + 1 + i);
    start.setUTCHours(15 + i, 0, 0, 0);
    const end = new Date(start.getTime() + 30 * 60_000);
    const id = `DEMO-${start.toISOString().slice(0, 10).replace(/-/g, '')}-${i + 1}`;
    return [
      id,
      start.toISOString(),
      end.toISOString(),
      pid,
      first,
      last,
      dob,
      'Dr Demo Provider',
      type,
      'Demo practice',
      'false',
      '',
      '',
      '',
    ].join(',');
  });
  const header =
    'id,starts_at,ends_at,patient_id,patient_first_name,patient_last_name,patient_date_of_birth,practitioner,appointment_type,business,did_not_arrive,cancelled_at,cancellation_reason,email';
  return `${header}\n${rows.join('\n')}\n`;
}

/** Writes the demo export when the inbox holds no export yet; returns its path, or null. */
export function seedDemoInbox(inbox: string, now: Date): string | null {
  fs.mkdirSync(inbox, { recursive: true });
  const hasExport = fs
    .readdirSync(inbox, { withFileTypes: true })
    .some((e) => e.isFile() && !e.name.startsWith('.'));
  if (hasExport) return null;
  // Written beside the inbox and renamed in, so the watcher never sees half a file.
  const tmp = path.join(path.dirname(inbox), `.${DEMO_EXPORT_NAME}.tmp`);
  fs.writeFileSync(tmp, demoExportCsv(now));
  const file = path.join(inbox, DEMO_EXPORT_NAME);
  fs.renameSync(tmp, file);
  return file;
}
