// Error texts quote at most a short excerpt of the export (issue 10, "smaller but real"), through
// the real engine (files dropped into an inbox, failed/ with its report):
//  - a quoted 10 MB cell whose quote IS closed is reported as a cell too long, not as an unclosed
//    quote, and the report does not carry the cell;
//  - a UTF-32 file is named as UTF-32 (with what to do), and its message does not list its whole
//    header (let alone its content) as NUL-riddled column names.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, type Harness } from '../../engine/support/engine-harness.ts';
import type { JobDetails } from '../../../main/model/status-and-jobs.ts';

const HEADER =
  'id,starts_at,ends_at,patient_id,patient_first_name,patient_last_name,patient_date_of_birth,practitioner,appointment_type,business,did_not_arrive,cancelled_at,cancellation_reason,email';
const ROW = (id: number, last: string) =>
  `${id},2026-12-21T13:00:00Z,2026-12-21T13:15:00Z,P-${id},Ann,Lee,1980-01-02,Dr A,Check-up,Main,false,,,${last}`;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Everything the connector wrote about a failed job: its journal entry and both reports. */
function reportOf(h: Harness, job: JobDetails): string {
  const failed = path.join(h.inbox(), 'failed');
  const txt = fs.readFileSync(path.join(failed, `${job.file}.error.txt`), 'utf8');
  const json = fs.readFileSync(path.join(failed, `${job.file}.error.json`), 'utf8');
  return [JSON.stringify(job), txt, json].join('\n');
}

test('a closed 10 MB quoted cell is "too long", not an unclosed quote; a UTF-32 file is named as such; reports stay short', async () => {
  h = await createHarness();
  const big = `"${'x'.repeat(10 * 1024 * 1024)}"`;
  fs.writeFileSync(
    path.join(h.inbox(), 'bigcell.csv'),
    `${HEADER}\n${ROW(1, big)}\n${ROW(2, 'b@example.com')}\n`,
  );
  const utf32 = Buffer.concat([
    Buffer.from([0xff, 0xfe, 0x00, 0x00]),
    Buffer.from(
      Array.from(`${HEADER}\n${ROW(3, 'c@example.com')}\n`).flatMap((c) => [c.charCodeAt(0), 0, 0, 0]),
    ),
  ]);
  fs.writeFileSync(path.join(h.inbox(), 'wide.csv'), utf32);
  // 500 columns, none of them the ones needed: the message lists a few, not all 500.
  const many = Array.from({ length: 500 }, (_, i) => `column_number_${i}_of_a_very_wide_export`);
  fs.writeFileSync(path.join(h.inbox(), 'many.csv'), `${many.join(',')}\n${many.map(() => 'v').join(',')}\n`);
  await h.start();
  const jobs = await h.waitFor((js) => js.length === 3 && js.every((j) => j.state === 'failed'), 60_000);

  const bigJob = jobs.find((j) => j.file === 'bigcell.csv')!;
  const bigReport = reportOf(h, bigJob);
  expect(bigReport).not.toMatch(/never closed|not closed/);
  expect(bigJob.reason).toMatch(
    /a cell on this line is longer than 1 MB \(the quoted cell that starts '"x{20,40}…'\)/,
  );
  expect(bigJob.rowErrors[0]).toMatchObject({ line: 2 });
  expect(bigReport.length).toBeLessThan(20_000);
  expect(bigReport).not.toContain('x'.repeat(200));

  const wideJob = jobs.find((j) => j.file === 'wide.csv')!;
  const wideReport = reportOf(h, wideJob);
  expect(wideJob.reason).toMatch(/UTF-32/);
  expect(reportOf(h, wideJob)).toMatch(/Save or export it as UTF-8 text/);
  expect(wideReport).not.toContain('\u0000');
  expect(wideReport).not.toContain('\\u0000');
  expect(wideReport).not.toContain('patient_date_of_birth');
  expect(wideReport.length).toBeLessThan(20_000);

  const manyJob = jobs.find((j) => j.file === 'many.csv')!;
  expect(manyJob.reason).toMatch(/column_number_0_of_a_very_wide_export/);
  expect(manyJob.reason).toMatch(/… 490 more/);
  expect(manyJob.reason).not.toMatch(/column_number_499/);
  expect(manyJob.reason!.length).toBeLessThan(1000);
}, 120_000);
