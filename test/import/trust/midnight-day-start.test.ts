// The appointment's day written as a database timestamp at midnight beside the start's date and
// time (SequelMed's FutureAppointments.csv: `appointment_date` 11/3/2014 00:00:00 beside
// `from_time` 11/3/2014 13:30:00, per github.com/kdtop/TMGLIB TMGSEQL6.m). Two date-time columns
// were a close call, held; the midnight one says only the start's own day. Expected instants
// worked out by hand: New York is EDT (UTC-4) on 5 November 2027, EST (UTC-5) on 8 November.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('midnight-day-start');
const head = 'provider_name,pat_name,patient_dob,reason_short_name';
const NY = { timeZone: 'America/New_York' };

const dateTimeDoubts = (doubts: readonly { field?: string }[]): unknown[] =>
  doubts.filter((d) => d.field === 'dateTime' || d.field === 'date');

describe('a day at midnight beside the start', () => {
  it('appointment_date at 00:00:00 beside from_time on the same days: no question, from_time is the start', async () => {
    const r = await collect(
      files.write([
        `${head},appointment_date,from_time`,
        'JHARMON,"LAWSON, EDNA",9/23/1948 00:00:00,F/U,11/5/2027 00:00:00,11/5/2027 08:15:00',
        'JHARMON,"MCNEESE, TRAVIS",12/11/1985 00:00:00,NEW PT,11/5/2027 00:00:00,11/5/2027 13:45:00',
        'DHOLT,"RAINES, ODELL",5/10/1961 00:00:00,F/U,11/8/2027 00:00:00,11/8/2027 14:15:00',
      ]),
      NY,
    );
    expect(dateTimeDoubts(r.summary.doubts)).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-11-05T12:15:00.000Z',
      '2027-11-05T17:45:00.000Z',
      '2027-11-08T19:15:00.000Z',
    ]);
  });

  it('the midnight written 12:00 AM is the same day as well', async () => {
    const r = await collect(
      files.write([
        `${head},Appt Day,Appt Start`,
        'JHARMON,"LAWSON, EDNA",9/23/1948,F/U,11/5/2027 12:00 AM,11/5/2027 8:15 AM',
        'DHOLT,"RAINES, ODELL",5/10/1961,F/U,11/8/2027 12:00 AM,11/8/2027 2:15 PM',
      ]),
      NY,
    );
    expect(dateTimeDoubts(r.summary.doubts)).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-11-05T12:15:00.000Z',
      '2027-11-08T19:15:00.000Z',
    ]);
  });

  it('a midnight column of another day on one row (a booking date) is still asked', async () => {
    const r = await collect(
      files.write([
        `${head},appointment_date,from_time`,
        'JHARMON,"LAWSON, EDNA",9/23/1948,F/U,11/5/2027 00:00:00,11/5/2027 08:15:00',
        'DHOLT,"RAINES, ODELL",5/10/1961,F/U,11/1/2027 00:00:00,11/8/2027 14:15:00',
      ]),
      NY,
    );
    expect(dateTimeDoubts(r.summary.doubts).length).toBeGreaterThan(0);
  });

  it('a rival with a time of day on one row is no day at midnight: still asked', async () => {
    const r = await collect(
      files.write([
        `${head},appointment_date,from_time`,
        'JHARMON,"LAWSON, EDNA",9/23/1948,F/U,11/5/2027 00:00:00,11/5/2027 08:15:00',
        'DHOLT,"RAINES, ODELL",5/10/1961,F/U,11/8/2027 07:45:00,11/8/2027 14:15:00',
      ]),
      NY,
    );
    expect(dateTimeDoubts(r.summary.doubts).length).toBeGreaterThan(0);
  });
});
