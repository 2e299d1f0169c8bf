// A patient name the report masked (a confidential or VIP record printed `CONFIDENTIAL, PATIENT`,
// `Anonymous`, as patient-privacy settings of schedulers and patient trackers show an alias in
// place of the name) is nobody's name: it had gone to the portal as patient 'Patient Confidential'
// under the real chart number. Each such row is refused; a real name beside such a word, or
// with the word in brackets after it, is a name. Expected values written by hand from the rows.
import { describe, expect, it } from 'vitest';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('withheld-names');

const WITHHELD =
  "the patient's name is withheld (a confidential record shown masked), not the patient's name";

describe('a masked patient name is refused, never sent as a name', () => {
  it('refuses CONFIDENTIAL, PATIENT and its kin; sends the real names around them', async () => {
    const names = [
      'CONFIDENTIAL, PATIENT', // line 2
      'Lopez, Maria', // line 3
      'RESTRICTED, PATIENT', // line 4
      'Patient, Anonymous', // line 5
      'Anonymous Patient', // line 6
      'Confidential', // line 7
      'Private, Anna', // line 8: a family name
      'Nguyen, Tam (CONFIDENTIAL)', // line 9: the flag in brackets is left out
    ];
    const file = files.write([
      'MRN,Appt Date,Appt Time,Patient Name,DOB,Provider,Status',
      ...names.map((n, i) => `${10231 + i},03/02/2027,${9 + i}:00,"${n}",04/05/${1950 + i},Dr Lee,Confirmed`),
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.value, e.message])).toEqual([
      [2, 'CONFIDENTIAL, PATIENT', WITHHELD],
      [4, 'RESTRICTED, PATIENT', WITHHELD],
      [5, 'Patient, Anonymous', WITHHELD],
      [6, 'Anonymous Patient', WITHHELD],
      [7, 'Confidential', WITHHELD],
    ]);
    expect(r.appointments.map((a) => [a.patient.patientId, a.patient.firstName, a.patient.lastName])).toEqual(
      [
        ['10232', 'Maria', 'Lopez'],
        ['10237', 'Anna', 'Private'],
        ['10238', 'Tam', 'Nguyen'],
      ],
    );
  });
});
