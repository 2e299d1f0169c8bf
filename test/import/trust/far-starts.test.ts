// Appointment dates after the year after next hold the file: no practice books that far ahead,
// and such a year is another calendar's (Nepal's Bikram Sambat writes 2083 for 2026; Thailand's
// Buddhist era 2570, or `70` for short, for 2027), or the column is not the appointment's date.
// A standing appointment next year still goes.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('far-starts');
const thisYear = new Date().getUTCFullYear();

describe('appointment dates far ahead', () => {
  it('holds Bikram Sambat years (2083/08/25) naming the values', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Patient Name,DOB,Doctor,Status',
        '2083/08/25,10:30,Ram Bahadur Thapa,2015/03/12,Dr. Sharma,Booked',
        '2083/08/26,14:15,Hari Prasad Koirala,2021/06/20,Dr. Sharma,Booked',
      ]),
      { timeZone: 'Asia/Kathmandu' },
    );
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        field: 'date',
        column: 'Appt Date',
        message: expect.stringMatching(/2 appointments start after \d{4}.*another calendar/),
        samples: ['2083/08/25', '2083/08/26'],
      },
      // Ram Bahadur Thapa: in Nepal the word between may be a given name (Ram Bahadur), so it is
      // asked too (name-regions.ts writesGivenNamesBetween, round 61c)
      { check: 'two-surnames', message: expect.stringMatching(/line 2/) },
    ]);
  });

  it('holds a two-digit Buddhist-era year (`15/03/70`, read as 2070)', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Time,HN,Patient Name,Birth Date,Doctor,Status',
        '15/03/70,09:30,650012,"Somchai Jaidee",12/05/1985,Dr Anan,Booked',
        '15/03/70,13:30,650013,"Malee Sukjai",03/11/1992,Dr Anan,Booked',
      ]),
      { timeZone: 'Asia/Bangkok' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'date', samples: ['15/03/70'] }]);
  });

  it('holds a date-time column far ahead too', async () => {
    const r = await collect(
      files.write([
        'Appointment ID,Start,Patient,DOB,Provider,Status',
        `A1,2083-08-25 10:30,"Thapa, Ram",2015-03-12,Dr. Sharma,Booked`,
      ]),
      { timeZone: 'Asia/Kathmandu' },
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', field: 'dateTime', samples: ['2083-08-25 10:30'] },
    ]);
  });

  it('sends a recurring series running into the year after next', async () => {
    const next = thisYear + 1;
    const after = thisYear + 2;
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Patient,DOB,Provider,Status',
        `${next}-03-02,09:00,"Smith, John",1980-04-15,Dr Lee,Booked`,
        `${after}-12-30,09:00,"Smith, John",1980-04-15,Dr Lee,Booked`,
      ]),
      { timeZone: 'Europe/London' },
    );
    expect(r.summary.doubts).toEqual([]);
    // London is on GMT in March and December: 09:00 is 09:00Z.
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      `${next}-03-02T09:00:00.000Z`,
      `${after}-12-30T09:00:00.000Z`,
    ]);
  });
});
