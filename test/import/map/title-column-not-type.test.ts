// A column of courtesy titles (`Title` = `Mr`, `Mrs`, `Ms`, `Master`) is the patient's title, never
// the kind of visit: an Australian appointment list with the patient's `Title` before `Given Name`
// and `Surname` (as Bp Premier's exports give a `Title` beside the surname and first name) had sent
// type 'Mr', even with a real `Appointment Type` column to its right. Expected values worked out
// by hand from the rows below.
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('title-column-not-type');
const NOW = new Date('2027-01-15T00:00:00Z');

const HEADER = 'Date,Time,Title,Given Name,Surname,Date of Birth,Practitioner,Appointment Type,Status';
const LINES = [
  '02/03/2027,09:00,Mr,John,Smith,04/03/1952,Dr Lee,Standard Consult,Booked',
  '02/03/2027,09:15,Mrs.,Jane,Doe,21/11/1960,Dr Lee,Standard Consult,Booked',
  '02/03/2027,09:30,Ms,Amy,Grant,01/12/1971,Dr Lee,Long Consult,Booked',
  '02/03/2027,09:45,Master,Sam,Brown,05/11/2015,Dr Lee,Standard Consult,Booked',
];
const rows = LINES.map((l) => l.split(','));

describe("a column of courtesy titles is the patient's title, not the type", () => {
  it("'Title' of Mr/Mrs/Ms/Master gives way to 'Appointment Type'", () => {
    const r = recognizeColumns(HEADER.split(','), rows, { now: NOW });
    expect(r.profile.columns.type).toBe('Appointment Type');
    expect(r.unmapped).toEqual(['Title']);
  });

  it('the appointments go with their own types', async () => {
    const r = await collect(files.write([HEADER, ...LINES]), { timeZone: 'Australia/Sydney' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.type)).toEqual([
      'Standard Consult',
      'Standard Consult',
      'Long Consult',
      'Standard Consult',
    ]);
  });

  it('alone, the titles are no type: the default type goes', async () => {
    const lines = [HEADER, ...LINES].map((l) => l.split(',').slice(0, 7).concat(l.split(',')[8]!).join(','));
    const r = await collect(files.write(lines), { timeZone: 'Australia/Sydney' });
    expect(r.appointments.map((a) => a.type)).toEqual([
      'APPOINTMENT',
      'APPOINTMENT',
      'APPOINTMENT',
      'APPOINTMENT',
    ]);
  });

  it("a 'Title' of words is still read as the type (a calendar event's title)", () => {
    const headers = ['Date', 'Time', 'Title', 'Given Name', 'Surname', 'Date of Birth', 'Practitioner'];
    const words = rows.map((r) => [r[0]!, r[1]!, 'Initial Consult', r[3]!, r[4]!, r[5]!, r[6]!]);
    expect(recognizeColumns(headers, words, { now: NOW }).profile.columns.type).toBe('Title');
  });
});
