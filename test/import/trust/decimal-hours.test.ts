// A start time written as a number with a dot: H.MM (`13.30`, as the UK writes it) or hours with
// decimals (`8.50` = 8:30, as a spreadsheet or billing system keeps them). Minutes of only :00,
// :25 and :50 cannot tell them apart. Expected instants by hand: New York is UTC-5 on 2 March 2027.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('decimal-hours');

const schedule = (...times: string[]): string[] => [
  'Appt ID,Patient ID,Last Name,First Name,DOB,Provider,Appt Date,Appt Time,Status',
  ...times.map((t, i) => `${1001 + i},P${i + 1},Smith${i},John,01/02/1970,Dr. Lee,03/02/2027,${t},Scheduled`),
];

describe('dotted start times that may be hours with decimals', () => {
  it('half-hour slots as decimals (8.00, 8.50, 9.00, 9.50): held, never sent at 8:50', async () => {
    const r = await collect(files.write(schedule('8.00', '8.50', '9.00', '9.50', '13.50')), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toMatchObject([{ check: 'not-hhmm', field: 'time', samples: ['8.50'] }]);
    expect(r.summary.doubts[0]!.message).toContain('8.50 = 8:30');
  });

  it('quarter hours short of .75 (9.25, 10.00): held the same way', async () => {
    const r = await collect(files.write(schedule('9.25', '10.00')), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ check: 'not-hhmm' }]);
  });

  it('a minute decimal hours never make (8.30) says H.MM: sent as written', async () => {
    // (10.00 beside them: starts at 7–9 alone may be an evening clinic's, start-clock.ts)
    const r = await collect(files.write(schedule('8.30', '8.50', '10.00')), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T13:30:00.000Z',
      '2027-03-02T13:50:00.000Z',
      '2027-03-02T15:00:00.000Z',
    ]);
  });

  it('whole hours only (9.00, 13.00) read alike either way: sent', async () => {
    const r = await collect(files.write(schedule('9.00', '13.00')), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T18:00:00.000Z',
    ]);
  });

  it('colon times at :50 are no decimals (8:50): sent', async () => {
    const r = await collect(files.write(schedule('8:00', '8:50', '10:50')), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
  });
});
