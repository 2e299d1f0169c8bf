// A chart or account number glued to the patient's name without brackets (`SMITH, JOHN 12347`,
// `12345 SMITH, JOHN`, `SMITH, JOHN MRN 12346`: a report field that joins the name and the
// number) had gone to the portal as first name 'John 12347', 'John Mrn 12346' or last name
// '12345 Smith'. Such a row is refused like any name holding a note; digits glued to letters
// (`Test0`) and a twin's single digit are left to the other rules. Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('number-in-name');
const MORE = "the patient's name has more than a name in it";

describe('a number standing alone in a patient name', () => {
  it('refuses the row, and sends the names around it', async () => {
    const names = [
      'Lopez, Maria', // line 2
      '12345 SMITH, JOHN', // line 3
      'SMITH, JOHN MRN 12346', // line 4
      'SMITH, JOHN 12347', // line 5
      'Nguyen, Tam', // line 6
      'Garcia, Ana', // line 7
      'Brown, Sam', // line 8
      'Patel, Nina', // line 9
    ];
    const file = files.write([
      'MRN,Appt Date,Appt Time,Patient Name,DOB,Provider,Status',
      ...names.map((n, i) => `${10231 + i},03/02/2027,${9 + i}:00,"${n}",04/05/${1950 + i},Dr Lee,Confirmed`),
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.value, e.message])).toEqual([
      [3, '12345 SMITH, JOHN', MORE],
      [4, 'SMITH, JOHN MRN 12346', MORE],
      [5, 'SMITH, JOHN 12347', MORE],
    ]);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'Maria Lopez',
      'Tam Nguyen',
      'Ana Garcia',
      'Sam Brown',
      'Nina Patel',
    ]);
  });

  it('in a first-name column too', async () => {
    const file = files.write([
      'Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider',
      '10231,Smith,John 12347,04/05/1950,03/02/2027,9:00 AM,Dr Lee',
      '10232,Lopez,Maria,04/06/1951,03/02/2027,9:30 AM,Dr Lee',
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.errors.map((e) => [e.line, e.value, e.message])).toEqual([[2, 'John 12347 Smith', MORE]]);
    expect(r.appointments.map((a) => a.patient.firstName)).toEqual(['Maria']);
  });
});
