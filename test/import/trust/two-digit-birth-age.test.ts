// A birth date with a two-digit year (`07/02/19`) is read as 20xx unless that lies in the future,
// and the file was held since 19xx is as possible, even where an `Age` column beside it says which
// (`7`: 2019, not 1919). An age that agrees with the 20xx reading, at the visit (or on the day the
// report was run), now settles that row; a file where any such row's age disagrees, or is not
// written, is held as before. Expected ages worked out by hand for visits on 03/02/2027.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('two-digit-birth-age');
const NY = { timeZone: 'America/New_York' };
const HEAD = 'MRN,Patient Name,DOB,Age,Appt Date,Appt Time,Provider,Status';
const rows = (ages: [string, string]): string[] => [
  HEAD,
  '7001,Robert Brown,03/04/52,75,03/02/2027,9:00 AM,Dr Lee,Scheduled', // 1952 (2052 is ahead)
  `7002,Ann White,07/02/19,${ages[0]},03/02/2027,9:15 AM,Dr Lee,Scheduled`, // line 3
  `7003,Leo White,12/20/19,${ages[1]},03/02/2027,9:30 AM,Dr Lee,Scheduled`, // line 4
];

describe('an age column settles a two-digit birth year', () => {
  it('goes when every 20xx reading agrees with the age (7 years old on 03/02/2027)', async () => {
    const r = await collect(files.write(rows(['7', '7 yrs'])), NY);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.dob)).toEqual(['1952-03-04', '2019-07-02', '2019-12-20']);
  });

  it.each([
    [['107', '7'], 'line 3'], // 1919 by the age: the 20xx reading is wrong
    [['7', ''], 'line 4'], // no age: nothing settles it
    [['7', '17'], 'line 4'], // ten years off
  ] as [[string, string], string][])(
    'is held when an age disagrees or is missing: %j',
    async (ages, line) => {
      const r = await collect(files.write(rows(ages)), NY);
      expect(r.summary.doubts.map((d) => d.field)).toEqual(['dob']);
      expect(r.summary.doubts[0]!.message).toContain(`the first on ${line}`);
    },
  );

  it("a guarantor's age settles nothing", async () => {
    const r = await collect(
      files.write(rows(['7', '7']).map((l, i) => (i === 0 ? l.replace(',Age,', ',Guarantor Age,') : l))),
      NY,
    );
    expect(r.summary.doubts.map((d) => d.field)).toEqual(['dob']);
  });
});
