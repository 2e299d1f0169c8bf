// Red-team probes (round 58r4): a log of events (fixture 412's layout: a reminder's row, then the
// patient's cancellation of the same appointment, each with its event's instant) through a real
// engine. The importer sends such a log unasked when its event times prove the order
// (event-time-column.ts), and the engine plans an id's later row over its earlier one: the portal
// must end with each visit as its last event left it. Outcomes worked out by hand BEFORE the first
// run; a probe whose name starts with FAULT sent wrong before its fix.
//
// Monday 2027-03-01 in Chicago (CST, UTC-6): Smith (chart 1001) 08:00 = 14:00Z, Garcia (1002)
// 09:00 = 15:00Z, Nguyen (1003) 10:00 = 16:00Z; ids A1, A2, A3.
import { portal } from './support/portal-drops.ts';
import { lf } from './support/day-visits.ts';
import { start, sent, acts, put } from './support/sending-probes.ts';

const HEAD = 'Event Timestamp (UTC),Status,Appt Date,Appt Time,Patient,DOB,Patient ID,Provider,Appt ID';
const WHO = [
  ['8:00 AM', '"Smith, John"', '02/11/1961', '1001', 'A1'],
  ['9:00 AM', '"Garcia, Maria"', '03/12/1962', '1002', 'A2'],
  ['10:00 AM', '"Nguyen, Thanh"', '04/13/1963', '1003', 'A3'],
] as const;
/** One event of visit k (1…3) at `at`, the visit's status `st`. */
const ev = (at: string, st: string, k: 1 | 2 | 3): string => {
  const [time, patient, dob, chart, id] = WHO[k - 1]!;
  return [at, st, '03/01/2027', time, patient, dob, chart, '"Lee, Anna MD"', id].join(',');
};
const reminders = [
  ev('2027-02-26T14:00:01Z', 'Scheduled', 1),
  ev('2027-02-26T14:00:02Z', 'Scheduled', 2),
  ev('2027-02-26T14:00:03Z', 'Scheduled', 3),
];
const garciaCancels = ev('2027-02-26T16:30:00Z', 'Cancelled', 2);

describe.concurrent("a log of events: a visit's reminder, then its cancel", () => {
  it('FAULT: never sent before: Garcia goes nowhere (her booked row does not go under the cancel)', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    const a = await put(h, 'events.csv', lf([HEAD, ...reminders, garciaCancels]));
    // Before the fix: the reminder's row was planned NEW, the cancel (nothing to cancel) skipped,
    // and Garcia booked on the portal for a visit she had cancelled.
    expect(a.job.state).toBe('processed');
    expect(acts(a.sent).sort()).toEqual(['NEW A1', 'NEW A3']);
    expect(portal(h)).toEqual(['1001 03-01T14:00 active', '1003 03-01T16:00 active']);
  });

  it('control: sent booked the day before: the log cancels Garcia', async ({ onTestFinished }) => {
    const h = await start(onTestFinished);
    await put(h, 'day.csv', lf([HEAD, ...reminders]));
    const b = await put(h, 'events.csv', lf([HEAD, ...reminders, garciaCancels]));
    expect(acts(b.sent)).toEqual(['CANCEL A2']);
    expect(portal(h)).toEqual([
      '1001 03-01T14:00 active',
      '1002 03-01T15:00 cancelled',
      '1003 03-01T16:00 active',
    ]);
    expect(sent(h)).toHaveLength(4);
  });
});
