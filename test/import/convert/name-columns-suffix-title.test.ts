// Names in columns of their own are read as a one-column name is: a generational suffix is left
// out (`First Name` = `John Jr.`, `Last Name` = `Doe III` or `Grant, Jr.`: the portal has no field
// for it) and a title before the given name too (`First Name` = `Dr. Sam`, `Mrs Ann`). They had
// gone as first name 'John Jr.' and 'Dr. Sam', last name 'Doe III' and 'Grant, Jr.', where the
// same people written `Smith Jr, John` in one column go as John Smith; with ids made from the
// name, each would have been another patient. Expected values written by hand from the rows.
import { describe, expect, it } from 'vitest';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('name-columns-suffix-title');

describe('suffixes and titles in the first- and last-name columns', () => {
  it('are left out, as in a one-column name', async () => {
    const file = files.write([
      'Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status',
      '10231,Smith,John Jr.,03/04/1952,03/02/2027,9:00 AM,Dr. Lee,Confirmed',
      '10232,Doe III,Jane,11/21/1960,03/02/2027,9:30 AM,Dr. Lee,Confirmed',
      '10233,"Grant, Jr.",Alan,12/01/1971,03/02/2027,10:00 AM,Dr. Lee,Confirmed',
      '10234,Brown,Dr. Sam,12/02/1971,03/02/2027,10:30 AM,Dr. Lee,Confirmed',
      '10235,Jones,Mrs Ann,12/03/1971,03/02/2027,11:00 AM,Dr. Lee,Confirmed',
      '10236,SMITH JR,ROBERT,12/04/1971,03/02/2027,11:30 AM,Dr. Lee,Confirmed',
      '10237,Ii,Naoki,12/05/1971,03/02/2027,12:00 PM,Dr. Lee,Confirmed',
      '10238,Lee,Jr,12/06/1971,03/02/2027,1:00 PM,Dr. Lee,Confirmed',
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual([
      ['John', 'Smith'],
      ['Jane', 'Doe'],
      ['Alan', 'Grant'],
      ['Sam', 'Brown'],
      ['Ann', 'Jones'],
      ['Robert', 'Smith'],
      // a family name Ii and a given name Jr standing alone are names
      ['Naoki', 'Ii'],
      ['Jr', 'Lee'],
    ]);
  });

  it('a first-name column holding a title alone refuses its row, never sends first name Mrs', async () => {
    const file = files.write([
      'Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status',
      '10231,Smith,Dr.,03/04/1952,03/02/2027,9:00 AM,Dr. Lee,Confirmed',
      '10232,Doe,Mrs,11/21/1960,03/02/2027,9:30 AM,Dr. Lee,Confirmed',
      '10233,Grant,Alan,12/01/1971,03/02/2027,10:00 AM,Dr. Lee,Confirmed',
      '10234,Maldonado,Pastor,12/02/1971,03/02/2027,10:30 AM,Dr. Lee,Confirmed',
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'First Name', "the patient's given name is a title ('Dr.'), not a name"],
      [3, 'First Name', "the patient's given name is a title ('Mrs'), not a name"],
    ]);
    // Pastor is a given name by itself (Pastor Maldonado), as in one column
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual([
      ['Alan', 'Grant'],
      ['Pastor', 'Maldonado'],
    ]);
  });
});
