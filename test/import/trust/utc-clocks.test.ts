// Starts marked as UTC, read beside the practice's clock. Expected instants worked out by hand:
// New York is UTC-5 until 14 March 2027 (2 March: 9:00 AM is 14:00 UTC), Chicago UTC-6, Dubai
// UTC+4 all year.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('utc-clocks');

// A scheduler or booking API writes the start twice, on the practice's clock and in UTC, so each
// reader takes the one it needs. Two start columns were a close call, held; they are one start
// when every row agrees in the practice's zone.
describe('the start on the practice clock beside the same start in UTC', () => {
  const head = 'Appt ID,Patient ID,Last Name,First Name,DOB,Provider,';

  it('`Start UTC` beside `Start Local`, agreeing on every row in New York: sent, not held', async () => {
    const r = await collect(
      files.write([
        `${head}Start UTC,Start Local,Status`,
        '1001,P1,Smith,John,01/02/1970,Dr. Lee,2027-03-02T14:00:00Z,2027-03-02 09:00,Scheduled',
        '1002,P2,Doe,Jane,05/06/1980,Dr. Lee,2027-03-02T15:30:00Z,2027-03-02 10:30,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T15:30:00.000Z',
    ]);
  });

  it('`Appointment Time (Local)` beside `Appointment Time (UTC)`: sent at the local times', async () => {
    const r = await collect(
      files.write([
        `${head}Appointment Time (Local),Appointment Time (UTC),Status`,
        '1001,P1,Smith,John,01/02/1970,Dr. Lee,03/02/2027 09:00 AM,03/02/2027 02:00 PM,Scheduled',
        '1002,P2,Doe,Jane,05/06/1980,Dr. Lee,03/02/2027 10:30 AM,03/02/2027 03:30 PM,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T15:30:00.000Z',
    ]);
  });

  it('two time columns, `Start Local` and `Start UTC`, beside one date: sent', async () => {
    const r = await collect(
      files.write([
        `${head}Appt Date,Start Local,Start UTC,Status`,
        '1001,P1,Smith,John,01/02/1970,Dr. Lee,03/02/2027,09:00,14:00,Scheduled',
        // 7:30 PM in New York is 00:30 UTC the next day: only the time of day is written.
        '1002,P2,Doe,Jane,05/06/1980,Dr. Lee,03/02/2027,19:30,00:30,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-03T00:30:00.000Z',
    ]);
  });

  it('one row where the two clocks disagree: held, asking which column is the start', async () => {
    const r = await collect(
      files.write([
        `${head}Appointment Time (Local),Appointment Time (UTC),Status`,
        '1001,P1,Smith,John,01/02/1970,Dr. Lee,03/02/2027 09:00 AM,03/02/2027 02:00 PM,Scheduled',
        '1002,P2,Doe,Jane,05/06/1980,Dr. Lee,03/02/2027 10:30 AM,03/02/2027 04:30 PM,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'dateTime' }]);
  });

  it("New York's two clocks in a practice set to Chicago: held (the zone is not the practice's)", async () => {
    const r = await collect(
      files.write([
        `${head}Start UTC,Start Local,Status`,
        '1001,P1,Smith,John,01/02/1970,Dr. Lee,2027-03-02T14:00:00Z,2027-03-02 09:00,Scheduled',
        '1002,P2,Doe,Jane,05/06/1980,Dr. Lee,2027-03-02T15:30:00Z,2027-03-02 10:30,Scheduled',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'dateTime' }]);
  });
});

// The practice's own day marked as UTC: read as written every start is in office hours, read as
// UTC some land at 5 AM or 9 PM there. Before, only 22:00-04:59 held: 10:00 to 16:30 labelled UTC
// went to the portal as 5:00 AM to 11:30 AM in New York.
describe('a day schedule marked as UTC that converts to early or late hours', () => {
  const head = 'Appt ID,Patient ID,Last Name,First Name,DOB,Provider,Appt Date,Appt Time (UTC),Status';
  const rows = (date: string, ...times: string[]): string[] => [
    head,
    ...times.map((t, i) => `${5001 + i},${1001 + i},Lee${i},Ann,01/02/1970,Dr. Lee,${date},${t},Scheduled`),
  ];

  it('10:00 to 16:30 labelled UTC in New York (5:00 AM to 11:30 AM there): held, never sent at 5 AM', async () => {
    const r = await collect(files.write(rows('03/02/2027', '10:00', '11:30', '13:00', '16:30')), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night', samples: ['03/02/2027 10:00'] }]);
  });

  it('08:00 to 17:00 labelled UTC in Dubai (noon to 9 PM there): held', async () => {
    const r = await collect(files.write(rows('2027-03-02', '08:00', '09:30', '13:00', '17:00')), {
      timeZone: 'Asia/Dubai',
    });
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night', samples: ['2027-03-02 17:00'] }]);
  });

  it('10:00 to 16:30 labelled UTC in Dubai (2 PM to 8:30 PM there, an evening clinic): sent', async () => {
    const r = await collect(files.write(rows('2027-03-02', '10:00', '16:30')), { timeZone: 'Asia/Dubai' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T10:00:00.000Z',
      '2027-03-02T16:30:00.000Z',
    ]);
  });

  const zulu = (...starts: string[]): string[] => [
    'Appt ID,Patient ID,Last Name,First Name,DOB,Provider,Start,Status',
    ...starts.map((s, i) => `${5001 + i},${1001 + i},Lee${i},Ann,01/02/1970,Dr. Lee,${s},Scheduled`),
  ];

  it('a New York day really written in UTC (13:00Z to 21:30Z, 8 AM to 4:30 PM there): sent', async () => {
    const r = await collect(
      files.write(zulu('2027-03-02T13:00:00Z', '2027-03-02T15:30:00Z', '2027-03-02T21:30:00Z')),
      {
        timeZone: 'America/New_York',
      },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T13:00:00.000Z',
      '2027-03-02T15:30:00.000Z',
      '2027-03-02T21:30:00.000Z',
    ]);
  });

  it('an offset written with the time is not UTC as written: not read so (-05:00 in a New York winter)', async () => {
    const r = await collect(files.write(zulu('2027-03-02T09:00:00-05:00', '2027-03-02T11:30:00-05:00')), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T16:30:00.000Z',
    ]);
  });
});
