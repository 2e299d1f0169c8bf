// Snapshot mode and a report that ends before its last page: a printed schedule saved as CSV
// with `Page 1 of 2` under its rows and no page 2 (the print was stopped, the export job died).
// What it does not list may be on the missing page, so nothing is cancelled for being absent;
// the rows it lists still go. A report whose every page is there cancels as before.
// Real engine, real importer, real sandbox on loopback; 2027-03-01 in Chicago (local + 6 h).
import path from 'node:path';
import { createHarness, dropExport, type Harness, nextJob } from './support/engine-harness.ts';
import { sentItems, sentLines } from './support/sandbox-log.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sandboxDir = () => path.join(h.root, 'sandbox');
const TITLE = ['Appointment Schedule', 'Dates: 03/01/2027 - 03/01/2027', ''];
const HEADER = 'Appt ID,Patient ID,Patient Name,DOB,Appt Date,Appt Time,Provider,Status';
const NAMES = ['Smith, John', 'Garcia, Maria', 'Nguyen, Thanh', 'Jones, Peter', 'Davis, Paul', 'Moore, Luke'];
const TIMES = ['9:00 AM', '10:00 AM', '11:00 AM', '12:00 PM', '1:00 PM', '2:00 PM'];
/** Row i (0-5): appointment 4830i of patient 1045i at 09:00 + 1 h × i local. */
const row = (i: number, status = 'Scheduled') =>
  `4830${i},1045${i},"${NAMES[i]}",01/1${i}/1960,03/01/2027,${TIMES[i]},"Lee, Anna MD",${status}`;
const lines = (ls: string[]) => ls.map((l) => `${l}\r\n`).join('');

async function allSixSent(): Promise<void> {
  h = await createHarness({
    over: [{ timeZone: 'America/Chicago', snapshotMode: true, maxSnapshotCancelPercent: 100 }],
  });
  await h.start();
  const all = [
    ...TITLE,
    HEADER,
    row(0),
    row(1),
    row(2),
    'Page 1 of 2',
    '',
    HEADER,
    row(3),
    row(4),
    row(5),
    'Page 2 of 2',
  ];
  const job = await nextJob(h, () => dropExport(h.inbox(), 'sched_0301.csv', lines(all)));
  expect(job.state, job.reason).toBe('processed');
  expect(sentItems(sandboxDir())).toHaveLength(6);
}

describe('snapshot mode and a report that ends before its last page', () => {
  it('cancels nothing it leaves out, sends what it lists and says why', async () => {
    await allSixSent();
    // Page 1 only: 48300–48302, the 10:00 one now cancelled. 48303–48305 are on the missing page.
    const page1 = [...TITLE, HEADER, row(0), row(1, 'Cancelled'), row(2), 'Page 1 of 2'];
    const job = await nextJob(h, () => dropExport(h.inbox(), 'sched_0302.csv', lines(page1)));
    expect(job.state, job.reason).toBe('processed');
    expect(sentLines(sentItems(sandboxDir()).slice(6))).toEqual([
      'CANCEL 48301 10451 2027-03-01T16:00:00.000Z',
    ]);
    expect(job.skippedRows).toEqual([
      expect.objectContaining({
        count: 3,
        reason: expect.stringMatching(/ends on page 1 of 2 .*not cancelled; export the whole schedule again/),
      }),
    ]);
  }, 60_000);

  it('a page marker at the top of each page: the last page there, the file cancels as before', async () => {
    await allSixSent();
    // `Page N of 2` above each page's rows; page 2 lists 48304 and 48305 only: 48303 is gone.
    const both = [
      'Page 1 of 2',
      ...TITLE,
      HEADER,
      row(0),
      row(1),
      row(2),
      'Page 2 of 2',
      HEADER,
      row(4),
      row(5),
    ];
    const job = await nextJob(h, () => dropExport(h.inbox(), 'sched_0302.csv', lines(both)));
    expect(job.state, job.reason).toBe('processed');
    expect(sentLines(sentItems(sandboxDir()).slice(6))).toEqual([
      'CANCEL 48303 10453 2027-03-01T18:00:00.000Z',
    ]);
  }, 60_000);
});
