// An exporter that keeps writing after the connector read its file (issue 10 item 2, outside
// snapshot mode): the file was stable for the stability window and read whole, but the exporter
// appends more rows on its open handle while the batch is being sent. The connector moved the file
// to processing/ by then; a move on one volume keeps the inode, so the rows land in the moved file.
// Before: the job was filed in processed/ with those rows never read, so they never reached the
// portal. Now the file's stamp is compared before it is filed; a file that grew is read again
// (the ledger sends only what is new) and filed once it is the file that was read.
// Real engine, real importer, the real sandbox on loopback; what arrived is read from its log.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, type Harness } from './support/engine-harness.ts';
import { sentItems } from './support/sandbox-log.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const HEADER = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
/** Row i: appointment G-20i for patient P-80i on 2027-03-01 at 09:00 + i hours (local). */
const row = (i: number) =>
  `G-20${i},P-80${i},Pat,Number${i},1980-02-0${i + 1},03/01/2027,${String(9 + i).padStart(2, '0')}:00,Dr Jane Smith,Checkup,Confirmed`;
const csv = (lines: string[]) => lines.map((l) => `${l}\r\n`).join('');

test('rows appended while the file is being sent are read again and sent; the job is filed once, whole', async () => {
  h = await createHarness();
  // The first POST takes 2.5 s: the exporter appends during it, after the connector's reading.
  h.sandbox.faults.set({ route: 'appointmentsdata', delayMs: 2500, times: 1 });
  await h.start();
  const fd = fs.openSync(path.join(h.inbox(), 'day.csv'), 'w');
  try {
    fs.writeSync(fd, csv([HEADER, row(0), row(1)]));
    await h.waitFor((js) => js.some((j) => j.state === 'sending'), 20_000);
    fs.writeSync(fd, csv([row(2), row(3), row(4)]));
  } finally {
    fs.closeSync(fd);
  }
  const jobs = await h.waitFor((js) => js.length === 1 && js[0]!.state === 'processed', 30_000);
  const ids = sentItems(path.join(h.root, 'sandbox')).map((i) => i.appointmentId);
  // Each appointment exactly once: the two read first, then the three appended.
  expect(ids.sort()).toEqual(['G-200', 'G-201', 'G-202', 'G-203', 'G-204']);
  expect(jobs[0]!.counts).toMatchObject({ rows: 5, sent: 5, unchanged: 0 });
  const processed = fs.readdirSync(path.join(h.inbox(), 'processed'), { recursive: true }) as string[];
  expect(processed.filter((f) => f.endsWith('.csv'))).toHaveLength(1);
}, 60_000);
