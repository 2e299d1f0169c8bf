// A header row that names a column twice (an Excel report's two `Notes`, a query joining two
// tables that both have `ID`) is still the header; the repeated columns are told apart by their
// place among the columns of that name. Expected names worked out by hand from the lines.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanHeaders } from '../../../main/import/read/detect-layout.ts';
import { readAll, tempDir } from './read-helpers.ts';

const tmp = tempDir();
afterAll(tmp.cleanup);

describe('a header row with a repeated name', () => {
  it('is the header, the second of a name numbered (2), its values in their own column', async () => {
    const file = tmp.write(
      'notes-twice.csv',
      'Appt Date,Time,Patient,Notes,Notes\r\n03/02/2027,9:00 AM,"Smith, John",bring films,copay 20\r\n',
    );
    const { info, rows } = await readAll(file);
    expect(info.headerLine).toBe(1);
    expect(info.headers).toEqual(['Appt Date', 'Time', 'Patient', 'Notes', 'Notes (2)']);
    expect(rows.map((r) => r.record)).toEqual([
      {
        'Appt Date': '03/02/2027',
        Time: '9:00 AM',
        Patient: 'Smith, John',
        Notes: 'bring films',
        'Notes (2)': 'copay 20',
      },
    ]);
  });

  it('with a key field named twice (Date) is the header too, no title line', async () => {
    const file = tmp.write(
      'date-twice.csv',
      'Appt ID,Date,Time,Last Name,First Name,Date\n5001,03/02/2027,9:00 AM,Smith,John,04/12/1970\n',
    );
    const { info, rows } = await readAll(file);
    expect(info.titleLines).toEqual([]);
    expect(info.headers).toEqual(['Appt ID', 'Date', 'Time', 'Last Name', 'First Name', 'Date (2)']);
    expect(rows[0]!.record!['Date (2)']).toBe('04/12/1970');
  });

  it('a line that is mostly one word again is a title, not the header', async () => {
    const file = tmp.write(
      'title-repeated.csv',
      'Schedule,Schedule,Schedule,Schedule\nAppt Date,Time,Patient,Notes\n03/02/2027,9:00 AM,"Smith, John",x\n',
    );
    const { info } = await readAll(file);
    expect(info.headerLine).toBe(2);
    expect(info.titleLines).toEqual(['Schedule Schedule Schedule Schedule']);
    expect(info.headers).toEqual(['Appt Date', 'Time', 'Patient', 'Notes']);
  });
});

describe('cleanHeaders', () => {
  it('numbers a name again by its place among the columns of that name, ignoring case', () => {
    expect(cleanHeaders(['ID', 'Name', 'id', 'ID'])).toEqual(['ID', 'Name', 'id (2)', 'ID (3)']);
  });

  it('never gives a number a header already has', () => {
    // The third `Notes` would be `Notes (2)`, the name the second column has itself.
    expect(cleanHeaders(['Notes', 'Notes (2)', 'Notes'])).toEqual(['Notes', 'Notes (2)', 'Notes (3)']);
  });

  it('names an empty header by its place', () => {
    expect(cleanHeaders(['Date', ' ', 'Date'])).toEqual(['Date', 'Column 2', 'Date (2)']);
  });
});

describe('a band of repeated names over the column names', () => {
  it('is a title line, and the distinct names under it the header (a two-level header)', async () => {
    const file = tmp.write(
      'two-level.csv',
      'Patient,Patient,Patient,Appointment,Appointment,Provider\n' +
        'Last Name,First Name,DOB,Date,Time,Provider Name\n' +
        'Smith,John,04/12/1970,03/02/2027,9:00 AM,Dr Lee\n',
    );
    const { info, rows } = await readAll(file);
    expect(info.headerLine).toBe(2);
    expect(info.titleLines).toEqual(['Patient Patient Patient Appointment Appointment Provider']);
    expect(info.headers).toEqual(['Last Name', 'First Name', 'DOB', 'Date', 'Time', 'Provider Name']);
    expect(rows).toHaveLength(1);
  });
});
