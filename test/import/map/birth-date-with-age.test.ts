// A birth date with the patient's age printed after it in the same cell (`03/04/1970 (56 y)`), as
// day sheets and patient lists print it: the column is the birth date, the date goes, and an age
// that does not agree with the date refuses the row. Appointments on 03/15/2027: a patient born
// 03/04/1970 is 56 today (December 2026) and 57 at the visit.
import { collect } from '../convert/support.ts';
import { tempDir } from '../read/read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

async function convert(dobs: string[]) {
  const rows = dobs.map((d, i) => `03/15/2027,${9 + i}:00,"Smith, Ann${'abcdefgh'[i]}",${d},Dr Ng`);
  const text = ['Date,Time,Patient,DOB,Provider', ...rows].join('\r\n');
  return collect(t.write('dob.csv', text), { timeZone: 'America/New_York' });
}

describe('a birth date with the age beside it', () => {
  it.each([
    ['03/04/1970 (56 y)'],
    ['03/04/1970 (57 y)'],
    ['03/04/1970 57yo'],
    ['03/04/1970 57 y/o'],
    ['03/04/1970 (57 yrs)'],
    ['03/04/1970 (Age 57)'],
    ['03/04/1970 - 57 years'],
  ])('%s is the birth date 1970-03-04', async (cell) => {
    const r = await convert([cell, '05/14/1971 (55 y)']);
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => a.patient.dob)).toEqual(['1970-03-04', '1971-05-14']);
  });

  it('refuses the row whose age does not agree with the date, naming the cell', async () => {
    const r = await convert(['03/04/1970 (12 y)', '05/14/1971 (55 y)']);
    expect(r.appointments.map((a) => a.patient.dob)).toEqual(['1971-05-14']);
    expect(r.errors).toMatchObject([{ line: 2, column: 'DOB', value: '03/04/1970 (12 y)' }]);
    expect(r.errors[0]!.message).toContain('(12) does not agree');
  });

  it('does not take a bare number after the date for an age', async () => {
    await expect(convert(['03/04/1970 57', '05/14/1971 55', '06/01/1972 54'])).rejects.toThrow(
      /cannot find date of birth/,
    );
  });
});
