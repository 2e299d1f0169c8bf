// With no patient-id column recognised, an unmapped column whose values go one-to-one with the
// patients is offered as the patient id (asked once). A column whose header names a moment or a
// length of time (`End Time` of `0830`, `0900`…: each patient's own end) is never offered: the
// file went held with "Is 'End Time' the patient's id?". Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('patient-id-candidate');
const NY = { timeZone: 'America/New_York' };

const PATIENTS = [
  ['Smith, John', '01/02/1980'],
  ['Garcia, Maria', '06/11/1984'],
  ['Brennan, Mary', '11/30/1966'],
  ['Okafor, Chidi', '09/01/1990'],
] as const;
const STARTS = ['0800', '0830', '0900', '1000'];

/** One row per patient on 1 March 2027, `extra` the unmapped column's header and values. */
function schedule(extra: string, values: string[]): string {
  return files.write([
    `Appt ID,Patient,DOB,Appt Date,Start Time,${extra},Provider,Status`,
    ...PATIENTS.map(
      ([name, dob], i) =>
        `${9001 + i},"${name}",${dob},03/01/2027,${STARTS[i]},${values[i]},"Lee, Anna MD",Confirmed`,
    ),
  ]);
}

describe('a column of times or lengths is never the patient id', () => {
  it.each([
    ['End Time', ['0830', '0900', '0945', '1030']],
    ['Finish', ['0830', '0900', '0945', '1030']],
    ['Time Out', ['0831', '0902', '0950', '1033']],
    ['Slot Minutes', ['30', '45', '15', '20']],
  ])(
    "'%s' is not asked about; the appointments go with ids derived from the patients",
    async (header, values) => {
      const r = await collect(schedule(header, values), NY);
      expect(r.summary.doubts).toEqual([]);
      expect(r.errors).toEqual([]);
      // 08:00 in New York on 1 March 2027 (UTC-5) is 13:00 UTC.
      expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
        '2027-03-01T13:00:00.000Z',
        '2027-03-01T13:30:00.000Z',
        '2027-03-01T14:00:00.000Z',
        '2027-03-01T15:00:00.000Z',
      ]);
    },
  );

  it('an account number under a header that names no time is still asked about', async () => {
    const r = await collect(schedule('Acct', ['10452', '10460', '10471', '10480']), NY);
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'patientId', column: 'Acct' }]);
  });
});
