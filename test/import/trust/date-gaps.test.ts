// A report that prints each day's date once, on the day's first row, and leaves it empty under it
// (TheraBill-style schedule reports, layout 191): the rows under it cannot be read alone, and
// copying the date above would be a guess. The file is held and asked about once; confirmed, the
// rows without a date are row errors, never sent on another day. Expected outcomes by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('date-gaps');
const { write } = files;
const HEAD = 'Date,Time,Client,Chart #,DOB,Therapist,Status';
const PRINTED_ONCE = [
  HEAD,
  '03/08/2027,8:00 AM,"Price, Harold",A10455,02/06/1950,"Lopez, A. (PT)",Kept',
  ',9:00 AM,"Quinn, Maeve",A10872,10/15/1996,"Lopez, A. (PT)",Scheduled', // line 3
  ',10:00 AM,"Rossi, Marco",A10391,07/07/1971,"Lopez, A. (PT)",Cancelled',
  '03/09/2027,2:00 PM,"Singh, Harpreet",A11020,12/01/1983,"Dunn, K. (PTA)",Scheduled',
];
const NY = { timeZone: 'America/New_York' };

describe('a date printed once per day', () => {
  it('holds the file, naming the column, the count and the first row without a date', async () => {
    const r = await collect(write(PRINTED_ONCE), NY);
    const gaps = r.summary.doubts.filter((d) => d.check === 'date-gaps');
    expect(gaps).toMatchObject([{ kind: 'column', field: 'date', column: 'Date' }]);
    expect(gaps[0]!.message).toContain('empty on 2 of 4 appointments (the first on line 3)');
    expect(gaps[0]!.question).toContain('same day as the row above');
    // Nothing goes on a day the file does not write: the two rows are row errors.
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'Date'],
      [4, 'Date'],
    ]);
  });

  it('a date on every row is not asked about', async () => {
    const every = PRINTED_ONCE.map((l) => (l.startsWith(',') ? `03/08/2027${l}` : l));
    const r = await collect(write(every), NY);
    expect(r.summary.doubts.filter((d) => d.check === 'date-gaps')).toEqual([]);
    expect(r.errors).toEqual([]);
  });

  it('a row with neither date nor time is only its own row error, not asked about', async () => {
    const typedUnder = [
      ...PRINTED_ONCE.slice(0, 2),
      ',,"Quinn, Maeve",A10872,10/15/1996,"Lopez, A. (PT)",Scheduled',
    ];
    const r = await collect(write(typedUnder), NY);
    expect(r.summary.doubts.filter((d) => d.check === 'date-gaps')).toEqual([]);
    expect(r.errors.map((e) => e.line)).toEqual([3]);
  });

  it('once confirmed, is not asked again and still sends no row without a date', async () => {
    const profile = confirmedProfile(
      files,
      {
        date: 'Date',
        time: 'Time',
        patientName: 'Client',
        patientId: 'Chart #',
        dob: 'DOB',
        providerName: 'Therapist',
        status: 'Status',
      },
      HEAD.split(','),
    );
    const file = write(PRINTED_ONCE);
    await answerOn(profile, file, { ...NY, profile });
    const r = await collect(file, { ...NY, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['A10455', 'A11020']);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4]);
  });
});
