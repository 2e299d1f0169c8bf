// An export opened and saved in Excel loses its ids' leading zeros: appointment 0048121 comes back
// as 48121, patient 000457 as 457. New as written, they would reach the portal a second time (a
// second appointment; with derived appointment ids, or as a second patient). The file is held
// instead, and a confirmation does not send it. Ids that only look alike (another patient at
// another time) still go. Real importer, real engine, real sandbox on loopback; expected values
// worked out by hand (New York, EST: 09:00 local is 14:00Z).
import path from 'node:path';
import { harnessFor, dropExport, type Harness, nextJob } from './support/engine-harness.ts';
import { sentItems, sentLines } from './support/sandbox-log.ts';

const sandbox = (h: Harness) => path.join(h.root, 'sandbox');
const ID_HEAD = 'Appt No,MRN,Patient Name,DOB,Appt Date,Appt Time,Provider,Status';
const CHART_HEAD = 'Chart #,Patient Name,DOB,Appt Date,Appt Time,Provider,Status';
const csv = (head: string, ...rows: string[]) => `${[head, ...rows].join('\r\n')}\r\n`;
const drop = (h: Harness, name: string, text: string) => nextJob(h, () => dropExport(h.inbox(), name, text));

const monday = csv(
  ID_HEAD,
  '0048121,M10457,"Garcia, Maria",1984-07-19,2027-03-02,09:00 AM,"Patel, Anil MD",Confirmed',
  '0048122,M11203,"Nguyen, Thanh",1991-11-03,2027-03-02,09:30 AM,"Patel, Anil MD",Confirmed',
);
const MONDAY_SENT = [
  'NEW 0048121 M10457 2027-03-02T14:00:00.000Z',
  'NEW 0048122 M11203 2027-03-02T14:30:00.000Z',
];

// Each test owns its folders, sandbox and engine (harnessFor) and mostly waits (stability windows,
// polls, the quiet moment after a file): the tests run side by side.
test.concurrent(
  'appointment ids that lost their leading zeros: held, nothing sent, not even once confirmed',
  async ({ onTestFinished }) => {
    const h = await harnessFor(onTestFinished);
    const running = await h.start();
    expect((await drop(h, 'mon.csv', monday)).state).toBe('processed');
    expect(sentLines(sentItems(sandbox(h)))).toEqual(MONDAY_SENT);

    // Excel's save: the same two appointments, ids 48121 and 48122, dates as Excel writes them.
    const tuesday = csv(
      ID_HEAD,
      '48121,M10457,"Garcia, Maria",7/19/1984,3/2/2027,9:00 AM,"Patel, Anil MD",Confirmed',
      '48122,M11203,"Nguyen, Thanh",11/3/1991,3/2/2027,9:30 AM,"Patel, Anil MD",Confirmed',
    );
    const held = await drop(h, 'tue.csv', tuesday);
    // Before the fix: NEW 48121 and NEW 48122, each appointment twice on the portal.
    expect(held.state).toBe('held');
    expect(sentItems(sandbox(h))).toHaveLength(2);
    expect(held.doubts).toHaveLength(1);
    expect(held.doubts![0]).toMatchObject({
      kind: 'identity',
      field: 'appointmentId',
      samples: ['0048121 → 48121', '0048122 → 48122'],
    });
    expect(held.doubts![0]!.check).toBeUndefined();
    expect(held.doubts![0]!.message).toContain(
      "the export's ids lost their leading zeros (appointment id 0048121 sent, 48121 now on line 2; 1 more id the same way)",
    );

    // Read again after a confirmation: held again, still nothing sent.
    expect(await running.engine.releaseHeld('Practice 1')).toBe(1);
    // Released, the job is 'received' again until it has been read once more.
    await h.waitFor((js) => js.find((j) => j.id === held.id)?.state === 'held');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.jobs().find((j) => j.id === held.id)!.state).toBe('held');
    expect(sentItems(sandbox(h))).toHaveLength(2);
  },
);

test.concurrent(
  'patient ids that lost their leading zeros (no appointment id column): held',
  async ({ onTestFinished }) => {
    const h = await harnessFor(onTestFinished);
    await h.start();
    const mon = csv(
      CHART_HEAD,
      '000457,"Garcia, Maria",1984-07-19,2027-03-02,09:00 AM,"Patel, Anil MD",Confirmed',
      '001203,"Nguyen, Thanh",1991-11-03,2027-03-02,09:30 AM,"Patel, Anil MD",Confirmed',
    );
    expect((await drop(h, 'mon.csv', mon)).state).toBe('processed');
    expect(sentItems(sandbox(h)).map((i) => i.patientId)).toEqual(['000457', '001203']);
    const tue = csv(
      CHART_HEAD,
      '457,"Garcia, Maria",7/19/1984,3/2/2027,9:00 AM,"Patel, Anil MD",Confirmed',
      '1203,"Nguyen, Thanh",11/3/1991,3/2/2027,9:30 AM,"Patel, Anil MD",Confirmed',
    );
    const held = await drop(h, 'tue.csv', tue);
    // Before the fix: the derived appointment ids change with the patient id, two NEW appointments more.
    expect(held.state).toBe('held');
    expect(sentItems(sandbox(h))).toHaveLength(2);
    expect(held.doubts!.map((d) => [d.kind, d.field, d.samples])).toEqual([
      ['identity', 'patientId', ['000457 → 457', '001203 → 1203']],
    ]);
  },
);

test.concurrent(
  'ids sent without their zeros, now written with them: held the same way',
  async ({ onTestFinished }) => {
    const h = await harnessFor(onTestFinished);
    await h.start();
    const saved = csv(
      ID_HEAD,
      '48121,10457,"Garcia, Maria",1984-07-19,2027-03-02,09:00 AM,"Patel, Anil MD",Confirmed',
    );
    expect((await drop(h, 'mon.csv', saved)).state).toBe('processed');
    const original = csv(
      ID_HEAD,
      '0048121,010457,"Garcia, Maria",1984-07-19,2027-03-02,09:00 AM,"Patel, Anil MD",Confirmed',
    );
    const held = await drop(h, 'tue.csv', original);
    expect(held.state).toBe('held');
    expect(held.doubts![0]!.message).toContain(
      "the export's ids have leading zeros the ids sent before did not have (appointment id 48121 sent, 0048121 now on line 2; 1 more id the same way)",
    );
    expect(held.doubts![0]!.samples).toEqual(['48121 → 0048121', '10457 → 010457']);
    expect(sentItems(sandbox(h))).toHaveLength(1);
  },
);

test.concurrent(
  'a new id equal to a sent one without zeros, of another patient at another time, goes',
  async ({ onTestFinished }) => {
    const h = await harnessFor(onTestFinished);
    await h.start();
    expect((await drop(h, 'mon.csv', monday)).state).toBe('processed');
    const tue = csv(
      ID_HEAD,
      '0048121,M10457,"Garcia, Maria",1984-07-19,2027-03-02,09:00 AM,"Patel, Anil MD",Confirmed',
      '0048122,M11203,"Nguyen, Thanh",1991-11-03,2027-03-02,09:30 AM,"Patel, Anil MD",Confirmed',
      '0048123,M10982,"Smith, John",1962-02-27,2027-03-03,10:15 AM,"Patel, Anil MD",Confirmed',
      '48121,M20001,"Brown, Ellen",1975-04-22,2027-03-04,02:00 PM,"Patel, Anil MD",Confirmed',
    );
    const job = await drop(h, 'tue.csv', tue);
    expect(job.state).toBe('processed');
    expect(sentLines(sentItems(sandbox(h)).slice(2))).toEqual([
      'NEW 0048123 M10982 2027-03-03T15:15:00.000Z',
      'NEW 48121 M20001 2027-03-04T19:00:00.000Z',
    ]);
  },
);

// Excel's "Number" format (what clears its `1.23457E+11` display) writes 48121 as `48121.00`: the
// next day's export, saved so, cancels 48121 and moves 48123 from 2:15 to 3:15 PM. Sent as read,
// the cancellation matched nothing (skipped, 48121 stayed booked) and 48123.00 went as a second
// NEW beside 48123. The importer now reads a column of whole numbers written `.00` as those numbers
// (damaged-ids.ts wholeId, 58r3), as a person reads them: the cancellation and the move reach the
// appointments sent, and nothing goes twice.
const US_HEAD = 'Appt ID,Patient ID,Patient Name,DOB,Appt Date,Appt Time,Provider,Status';
const numbered = csv(
  US_HEAD,
  '48121,1001,"Smith, John",03/14/1978,03/02/2027,9:30 AM,"Lee, Anna MD",Confirmed',
  '48122,1002,"Jones, Mary",11/02/1965,03/02/2027,10:00 AM,"Lee, Anna MD",Scheduled',
  '48123,1003,"Brown, Alan",05/23/1990,03/03/2027,2:15 PM,"Lee, Anna MD",Scheduled',
);

test.concurrent(
  'ids a spreadsheet wrote with decimals (48121.00): the cancellation and the move reach the appointments sent, not lost or doubled',
  async ({ onTestFinished }) => {
    const h = await harnessFor(onTestFinished);
    await h.start();
    expect((await drop(h, 'mon.csv', numbered)).state).toBe('processed');
    const tue = csv(
      US_HEAD,
      '48121.00,1001,"Smith, John",03/14/1978,03/02/2027,9:30 AM,"Lee, Anna MD",Cancelled',
      '48123.00,1003,"Brown, Alan",05/23/1990,03/03/2027,3:15 PM,"Lee, Anna MD",Scheduled',
    );
    expect((await drop(h, 'tue.csv', tue)).state).toBe('processed');
    // By hand: New York is on EST (UTC-5) until 14 March 2027; 9:30 AM = 14:30Z, 10:00 = 15:00Z,
    // 2:15 PM = 19:15Z, 3:15 PM = 20:15Z.
    expect(sentLines(sentItems(sandbox(h)))).toEqual([
      'CANCEL 48121 1001 2027-03-02T14:30:00.000Z',
      'NEW 48121 1001 2027-03-02T14:30:00.000Z',
      'NEW 48122 1002 2027-03-02T15:00:00.000Z',
      'NEW 48123 1003 2027-03-03T19:15:00.000Z',
      'UPDATE 48123 1003 2027-03-03T20:15:00.000Z',
    ]);
  },
);

const identityDoubts = (job: Awaited<ReturnType<typeof drop>>) =>
  job.doubts!.filter((d) => d.kind === 'identity').map((d) => [d.field, d.samples]);

test.concurrent(
  'a cancellation alone under a European number format (48121,00): held',
  async ({ onTestFinished }) => {
    const h = await harnessFor(onTestFinished);
    await h.start();
    expect((await drop(h, 'mon.csv', numbered)).state).toBe('processed');
    const tue = `${US_HEAD}\r\n"48121,00",1001,"Smith, John",03/14/1978,03/02/2027,9:30 AM,"Lee, Anna MD",Cancelled\r\n`;
    const held = await drop(h, 'tue.csv', tue);
    // Before: skipped as a cancellation of an appointment never sent; 48121 stayed booked. (The
    // importer asks about the column too, as its values do not look like ids: answering that alone
    // must not send the file, so the ledger's doubt is asserted, not just the hold.)
    expect(held.state).toBe('held');
    expect(identityDoubts(held)).toEqual([['appointmentId', ['48121 → 48121,00']]]);
    expect(sentItems(sandbox(h))).toHaveLength(3);
  },
);

test.concurrent(
  'patient ids written with thousands separators (1,001.00) are the patients sent as 1001',
  async ({ onTestFinished }) => {
    const h = await harnessFor(onTestFinished);
    await h.start();
    expect((await drop(h, 'mon.csv', numbered)).state).toBe('processed');
    const tue = csv(
      'Patient ID,Patient Name,DOB,Appt Date,Appt Time,Provider,Status',
      '"1,001.00","Smith, John",03/14/1978,03/09/2027,9:30 AM,"Lee, Anna MD",Confirmed',
    );
    const held = await drop(h, 'tue.csv', tue);
    expect(held.state).toBe('held');
    expect(identityDoubts(held)).toEqual([['patientId', ['1001 → 1,001.00']]]);
  },
);
