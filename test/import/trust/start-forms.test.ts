// The start as one date-time column or as a date and a time column: when both read as well, the
// scores do not pick. An audit trail's `Date/Time` is when the entry was made, beside the
// appointment's own `Appt Date` and `Appt Time`; the form whose header names the appointment is
// the start, and when both or neither do the file is held. Denver is UTC-7 on 2 March 2027, so
// 9:00 and 1:00 PM there are 16:00Z and 20:00Z (worked out by hand).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('start-forms');
const denver = { timeZone: 'America/Denver' };
const rows = (entry: string, date: string, time: string): string[] => [
  `${entry},Action,${date},${time},Patient,DOB,Provider,Status`,
  '02/20/2027 3:12 PM,Created,03/02/2027,9:00 AM,"Smith, John",04/15/1980,Dr Rivera,Scheduled',
  '02/22/2027 10:01 AM,Created,03/02/2027,1:00 PM,"Doe, Jane",11/02/1975,Dr Rivera,Scheduled',
];

describe('a date-time column beside a date and a time column', () => {
  // Its `Action` column of `Created` says it is a log of changes, held for that alone
  // (change-log.test.ts): the start is still read from the appointment's own columns.
  it("reads 'Appt Date' with 'Appt Time', not the log's 'Date/Time'", async () => {
    const r = await collect(files.write(rows('Date/Time', 'Appt Date', 'Appt Time')), denver);
    expect(r.summary.doubts).toMatchObject([{ check: 'change-log', column: 'Action' }]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T16:00:00.000Z',
      '2027-03-02T20:00:00.000Z',
    ]);
  });

  it('holds the file when neither header names the appointment', async () => {
    const r = await collect(files.write(rows('Date/Time', 'Date', 'Time')), denver);
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        message: "two columns could be the start: 'Date/Time', or 'Date' with 'Time'",
        samples: ['02/20/2027 3:12 PM', '02/22/2027 10:01 AM', '03/02/2027'],
      },
      { check: 'change-log' },
    ]);
  });

  it('holds the file when both do', async () => {
    const r = await collect(files.write(rows('Appt Date/Time', 'Appt Date', 'Appt Time')), denver);
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        message: "two columns could be the start: 'Appt Date/Time', or 'Appt Date' with 'Appt Time'",
      },
      { check: 'change-log' },
    ]);
  });
});
