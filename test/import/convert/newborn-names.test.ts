// The temporary name a hospital gives a newborn before the parents name it (`Baby Boy Smith`,
// `Smith, Babygirl`, `BB Smith`, `BG Jones`, The Joint Commission's `Smith, Judy Girl`, AHIMA's
// `Smith, GirlMarie`, `Twin A Smith`, `Infant Jones`) had gone to the portal as the patient's name:
// `Baby Smith`, or the mother's first name as the baby's (`Judy Girl Smith`). A pediatric practice
// books the first visits under it. Each such row of a patient under a year old is refused with
// its line, column and value; an older patient's `Baby` or `Boy` (Filipino given names and
// nicknames) and names such as Boyd go. Expected values written by hand from the rows.
import { describe, expect, it } from 'vitest';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('newborn-names');
const NEWBORN =
  "the patient's name is a newborn's temporary name (given before the baby is named), not the patient's name";

describe("a newborn's temporary name is refused, never sent as the patient's name", () => {
  it('refuses the temporary names of babies under a year old; sends real names around them', async () => {
    // [name, birth date]: the visits are on 12/15/2026.
    const rows: [string, string][] = [
      ['Baby Boy Smith', '12/01/2026'], // line 2
      ['Smith, Baby Girl', '12/01/2026'], // line 3
      ['SMITH, BABYGIRL', '11/28/2026'], // line 4
      ['BB Smith', '11/30/2026'], // line 5
      ['BG Jones', '11/30/2026'], // line 6
      ['Boy Smith', '11/29/2026'], // line 7
      ['Newborn Smith', '12/02/2026'], // line 8
      ['Twin A Smith', '12/02/2026'], // line 9
      ['Baby 1 Smith', '12/02/2026'], // line 10
      ['Infant Jones', '11/15/2026'], // line 11
      ['Smith, Judy Girl', '12/03/2026'], // line 12: the mother's first name, then the sex
      ['Smith, Judy Baby Girl A', '12/03/2026'], // line 13
      ['Smith, GirlMarie', '12/03/2026'], // line 14
      ['Janegirl Stevens', '12/03/2026'], // line 15
      ['Liam Smith', '12/01/2026'], // line 16: a newborn already named
      ['Baby Santos', '04/05/1961'], // line 17: a grown woman's given name
      ['Smith, Boy', '02/11/1958'], // line 18: a nickname, 68 years old
      ['Boyd Harris', '11/20/2026'], // line 19: a name that starts like Boy
      ['Twin Smith', '06/02/2024'], // line 20: two years old, whatever the name
    ];
    const file = files.write([
      'MRN,Appt Date,Appt Time,Patient Name,DOB,Provider,Status',
      ...rows.map(
        ([n, dob], i) =>
          `${40100 + i},12/15/2026,${8 + Math.floor(i / 4)}:${String((i % 4) * 15).padStart(2, '0')},"${n}",${dob},Dr Lee,Scheduled`,
      ),
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.field, e.value, e.message])).toEqual(
      rows.slice(0, 14).map(([n], i) => [i + 2, 'patientName', n, NEWBORN]),
    );
    expect(r.appointments.map((a) => [a.patient.patientId, a.patient.firstName, a.patient.lastName])).toEqual(
      [
        ['40114', 'Liam', 'Smith'],
        ['40115', 'Baby', 'Santos'],
        ['40116', 'Boy', 'Smith'],
        ['40117', 'Boyd', 'Harris'],
        ['40118', 'Twin', 'Smith'],
      ],
    );
  });

  it('refuses a temporary name written in first- and last-name columns', async () => {
    const file = files.write([
      'Appt Date,Appt Time,First Name,Middle Name,Last Name,DOB,Provider,Status',
      '12/15/2026,9:00 AM,Baby Boy,A,Okafor,12/01/2026,Dr Lee,Scheduled', // line 2
      '12/15/2026,9:15 AM,BG,,Okafor,12/01/2026,Dr Lee,Scheduled', // line 3
      '12/15/2026,9:30 AM,Chidi,,Okafor,12/01/2026,Dr Lee,Scheduled',
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, NEWBORN],
      [3, NEWBORN],
    ]);
    expect(r.appointments.map((a) => a.patient.firstName)).toEqual(['Chidi']);
  });
});
