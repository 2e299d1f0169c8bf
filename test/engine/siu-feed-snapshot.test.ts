// An HL7 SIU feed lists changes, not the schedule: in a practice in snapshot mode (where a report
// that leaves an appointment out cancels it) a feed's one message must change that one
// appointment and cancel nothing it does not mention. Through the real engine and sandbox; the
// UTC starts are worked out by hand in the comments (Chicago is on CST, UTC-6, until 14 March).
import path from 'node:path';
import { createHarness, dropAndSettle, type Harness } from './support/engine-harness.ts';
import { portalLines, sentLines } from './support/sandbox-log.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

test('snapshot mode: an SIU feed books, moves and modifies the appointments it names; one it leaves out stays booked', async () => {
  h = await createHarness({
    over: [{ timeZone: 'America/Chicago', snapshotMode: true, maxSnapshotCancelPercent: 100 }],
  });
  await h.start();
  const header = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
  const report = await dropAndSettle(
    h,
    'schedule.csv',
    csv(
      'Appointment Report',
      'Dates: 03/01/2027 - 03/05/2027',
      '',
      header,
      'B-1001,P-801,Pia,Quinn,1988-01-02,03/01/2027,09:00,Dr Jane Smith,Checkup,Confirmed', // 15:00Z
      'B-1002,P-802,Rob,Ross,1970-05-17,03/02/2027,10:00,Dr Jane Smith,Checkup,Confirmed', // 16:00Z
      'B-1003,P-803,Sue,Tate,1995-09-03,03/04/2027,11:00,Dr Jane Smith,Checkup,Confirmed', // 17:00Z
    ),
  );
  expect(report.job.state, report.job.reason).toBe('processed');
  expect(sentLines(report.sent)).toHaveLength(3);

  // The feed's messages span 1-4 March, as the report did: B-1004 booked on Monday at 14:00
  // (20:00Z), B-1002 moved to 11:30 the same day (17:30Z), B-1003 modified with its time kept. It
  // says nothing of B-1001, which a snapshot of 1-4 March would cancel.
  const message = (n: number, event: string, sch: string, pid: string) =>
    [
      `MSH|^~\\&|PM|CLINIC|PORTAL|MEDFUSION|2027030108000${n}||SIU^${event}|MSG000${n}|P|2.3`,
      `SCH||${sch}|||||||||||||||||||Booked`,
      `PID|1||${pid}`,
      'AIP|1||JS01^SMITH^JANE^^^DR',
    ].join('\r');
  const feed = [
    message(
      1,
      'S12',
      'B-1004|||||CHECKUP^Checkup||||^^30^20270301140000',
      'P-804^^^CLINIC^MR||VALE^UMA||19820304|F',
    ),
    message(
      2,
      'S13',
      'B-1002|||||CHECKUP^Checkup||||^^30^20270302113000',
      'P-802^^^CLINIC^MR||ROSS^ROB||19700517|M',
    ),
    message(
      3,
      'S14',
      'B-1003|||||CHECKUP^Checkup||||^^30^20270304110000',
      'P-803^^^CLINIC^MR||TATE^SUE||19950903|F',
    ),
  ].join('\r');
  const changes = await dropAndSettle(h, 'siu_20270301.hl7', `${feed}\r`);
  expect(changes.job.state, changes.job.reason).toBe('processed');
  expect(sentLines(changes.sent)).toEqual([
    'NEW B-1004 P-804 2027-03-01T20:00:00.000Z',
    'UPDATE B-1002 P-802 2027-03-02T17:30:00.000Z',
    // Its time kept, but the feed writes the visit's provider and type its own way: an update.
    'UPDATE B-1003 P-803 2027-03-04T17:00:00.000Z',
  ]);
  expect(portalLines(path.join(h.root, 'sandbox'), h.settings.practices[0]!.practiceId)).toEqual([
    'P-801 2027-03-01T15:00:00.000Z active',
    'P-802 2027-03-02T17:30:00.000Z active',
    'P-803 2027-03-04T17:00:00.000Z active',
    'P-804 2027-03-01T20:00:00.000Z active',
  ]);
});
