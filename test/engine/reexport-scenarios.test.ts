// Issue 9's proof: the same report exported again day after day, through the real engine, the real
// importer and the real sandbox on loopback. After each day: exactly which NEW / UPDATE / CANCEL
// the sandbox received (read from its own event log, so nothing the engine merely meant to send
// counts) and what the portal then shows (patient, UTC start, active or cancelled). Expected values
// are worked out by hand from the CSV text below; the UTC conversions are in the comments.
import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { createHarness, type Harness } from './support/engine-harness.ts';
import { errorResults, portalLines, sentItems, sentLines, type SentItem } from './support/sandbox-log.ts';
import { practiceMemoryFile } from '../../main/engine/practice-folder.ts';
import type { JobDetails } from '../../main/engine/types.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const final = (j: JobDetails) => j.state === 'processed' || j.state === 'failed' || j.state === 'held';
const sandboxDir = () => path.join(h.root, 'sandbox');
const portal = () => portalLines(sandboxDir(), h.settings.practices[0]!.practiceId);

/** Each day's export has the same name (a scheduled report overwriting its file). */
const FILE = 'appointments.csv';

interface Day {
  job: JobDetails;
  /** What the sandbox received while this day's file was processed. */
  sent: SentItem[];
}

/**
 * Drop one day's export into the inbox (written aside, then renamed in, as an exporter does) and
 * wait until it is fully processed (or held), then a little longer so a stray extra send would
 * show up in the sandbox's log.
 */
async function day(text: string, name = FILE): Promise<Day> {
  const before = new Set(h.jobs().map((j) => j.id));
  const sentBefore = sentItems(sandboxDir()).length;
  fs.writeFileSync(path.join(h.inbox(), `${name}.part`), text);
  fs.renameSync(path.join(h.inbox(), `${name}.part`), path.join(h.inbox(), name));
  await h.waitFor((jobs) => jobs.some((j) => !before.has(j.id) && final(j)));
  await sleep(400);
  const job = h.jobs().find((j) => !before.has(j.id))!;
  expect(errorResults(sandboxDir())).toEqual([]);
  return { job, sent: sentItems(sandboxDir()).slice(sentBefore) };
}

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('re-exports of the same report through the engine', () => {
  it('1. real appointment ids: a move is one UPDATE, a cancel one CANCEL, a new row one NEW; an unchanged re-export sends nothing', async () => {
    h = await createHarness({ over: [{ timeZone: 'America/Chicago' }] });
    await h.start();
    const header = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Location,Status';
    // Chicago is on CST (UTC-6) until 2027-03-14, so every start below is local + 6 h.
    const d1 = day(
      csv(
        header,
        'A-1001,P-501,Anna,Berg,1980-02-03,2027-03-01,09:00,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed', // 15:00Z
        'A-1002,P-502,Ben,Cole,1975-06-07,2027-03-01,09:30,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed', // 15:30Z
        'A-1003,P-503,Cara,Dunn,1990-11-12,2027-03-02,10:00,Dr Jane Smith,Checkup,Harbour Clinic,Scheduled', // 16:00Z
        'A-1004,P-504,Dev,Egan,1968-04-05,2027-03-02,14:15,Dr Jane Smith,Checkup,Harbour Clinic,Scheduled', // 20:15Z
      ),
    );
    const one = await d1;
    expect(one.job.state, one.job.reason).toBe('processed');
    expect(sentLines(one.sent)).toEqual([
      'NEW A-1001 P-501 2027-03-01T15:00:00.000Z',
      'NEW A-1002 P-502 2027-03-01T15:30:00.000Z',
      'NEW A-1003 P-503 2027-03-02T16:00:00.000Z',
      'NEW A-1004 P-504 2027-03-02T20:15:00.000Z',
    ]);
    expect(portal()).toEqual([
      'P-501 2027-03-01T15:00:00.000Z active',
      'P-502 2027-03-01T15:30:00.000Z active',
      'P-503 2027-03-02T16:00:00.000Z active',
      'P-504 2027-03-02T20:15:00.000Z active',
    ]);

    // Day 2: A-1002 moved to 11:00 (17:00Z); A-1003 cancelled; A-1005 booked on 03-03 08:45 (14:45Z).
    const day2 = csv(
      header,
      'A-1001,P-501,Anna,Berg,1980-02-03,2027-03-01,09:00,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed',
      'A-1002,P-502,Ben,Cole,1975-06-07,2027-03-01,11:00,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed', // 17:00Z
      'A-1003,P-503,Cara,Dunn,1990-11-12,2027-03-02,10:00,Dr Jane Smith,Checkup,Harbour Clinic,Cancelled',
      'A-1004,P-504,Dev,Egan,1968-04-05,2027-03-02,14:15,Dr Jane Smith,Checkup,Harbour Clinic,Scheduled',
      'A-1005,P-505,Eva,Fox,2001-09-30,2027-03-03,08:45,Dr Jane Smith,Checkup,Harbour Clinic,Scheduled', // 14:45Z
    );
    const two = await day(day2);
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(sentLines(two.sent)).toEqual([
      'CANCEL A-1003 P-503 2027-03-02T16:00:00.000Z',
      'NEW A-1005 P-505 2027-03-03T14:45:00.000Z',
      'UPDATE A-1002 P-502 2027-03-01T17:00:00.000Z',
    ]);
    expect(portal()).toEqual([
      'P-501 2027-03-01T15:00:00.000Z active',
      'P-502 2027-03-01T17:00:00.000Z active',
      'P-503 2027-03-02T16:00:00.000Z cancelled',
      'P-504 2027-03-02T20:15:00.000Z active',
      'P-505 2027-03-03T14:45:00.000Z active',
    ]);

    // Day 3: the same schedule exported again (rows in another order, as a report sorted by
    // patient would print them): nothing changed, nothing is sent.
    const [hd, ...rows] = day2.trim().split('\r\n');
    const three = await day(csv(hd!, ...rows.reverse()));
    expect(three.job.state, three.job.reason).toBe('processed');
    expect(three.sent).toEqual([]);
    expect(portal()).toHaveLength(5);
    expect(sentItems(sandboxDir())).toHaveLength(4 + 3);
  });
});
