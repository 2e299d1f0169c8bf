// Column names a report engine makes from its text boxes (SSRS's CSV export names each column after
// the text box it came from): `Details_Patient` (the table's detail group, then the field) and
// `AppointmentDate1` (the same field shown a second time, as a clock time).
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { headerConcepts } from '../../../main/import/map/header-meaning.ts';
import { SURE } from '../../../main/import/trust/column-doubts.ts';

const NOW = new Date('2027-03-01T00:00:00Z');
const fieldsOf = (r: ReturnType<typeof recognizeColumns>) =>
  Object.fromEntries(r.fields.map((f) => [f.field, { column: f.column, confidence: f.confidence }]));

const HEADERS = [
  'Textbox12',
  'AppointmentDate',
  'AppointmentDate1',
  'PatientID',
  'Details_Patient',
  'DOB',
  'ApptStatus',
];
const ROWS = [
  ['Kim, Hannah MD', '3/15/2027', '8:00 AM', '100482', 'Nguyen, Bao', '4/9/2015', 'Checked Out'],
  ['Kim, Hannah MD', '3/15/2027', '8:20 AM', '100517', 'Alvarez, Sofia', '11/30/2019', 'No Show'],
  ['Osei, Kwame DO', '3/16/2027', '1:30 PM', '100611', 'Brooks, Jaylen', '7/17/2012', 'Confirmed'],
];

describe('SSRS text box names as column names', () => {
  it("'Details_Patient' is the patient's name, not a description (the detail group's name before the field)", () => {
    expect(headerConcepts('Details_Patient').has('patient')).toBe(true);
    expect(headerConcepts('Details_Patient').has('description')).toBe(false);
    // Written as words, the details are still a description of the visit.
    expect(headerConcepts('Appointment Details').has('description')).toBe(true);
    const f = fieldsOf(recognizeColumns(HEADERS, ROWS, { now: NOW }));
    expect(f.patientName?.column).toBe('Details_Patient');
    expect(f.description).toBeUndefined();
  });

  it("'AppointmentDate1' beside 'AppointmentDate' holding clock times is the start's time, sure enough to go", () => {
    const f = fieldsOf(recognizeColumns(HEADERS, ROWS, { now: NOW }));
    expect(f.date?.column).toBe('AppointmentDate');
    expect(f.time?.column).toBe('AppointmentDate1');
    expect(f.time!.confidence).toBeGreaterThanOrEqual(SURE);
  });

  it("a twin of four-digit clock times ('0800', '1330') is the start's time; one of month-days ('0315') or one year is not", () => {
    const withTwin = (twin: string[]) =>
      fieldsOf(
        recognizeColumns(
          HEADERS,
          ROWS.map((r, i) => [r[0]!, r[1]!, twin[i]!, ...r.slice(3)]),
          { now: NOW },
        ),
      );
    // 08:00, 08:20 and 13:30: no month has a day 00, and no year a month 13.
    expect(withTwin(['0800', '0820', '1330']).time?.column).toBe('AppointmentDate1');
    // The namesake's date as MMdd (March 15, March 15, March 16): no clock time, though each
    // would read as one (03:15, 03:16).
    expect(withTwin(['0315', '0315', '0316']).time).toBeUndefined();
    // The namesake's year on every row reads as 20:27: one value over a whole day is no schedule.
    expect(withTwin(['2027', '2027', '2027']).time).toBeUndefined();
  });

  it('a numbered column whose namesake holds no dates, or that holds no times, is no start time by its name', () => {
    // `Phone1` beside `Phone`: no date's twin.
    const phones = recognizeColumns(
      ['Date', 'Time', 'Patient', 'DOB', 'Phone', 'Phone1'],
      [
        ['3/15/2027', '8:00 AM', 'Nguyen, Bao', '4/9/2015', '555-0101', '8:00 AM'],
        ['3/16/2027', '9:00 AM', 'Brooks, Jaylen', '7/17/2012', '555-0102', '9:00 AM'],
      ],
      { now: NOW },
    );
    expect(fieldsOf(phones).time?.column).toBe('Time');
    // The twin holds dates too (the same date twice): it is no time at all.
    const dates = fieldsOf(
      recognizeColumns(
        ['AppointmentDate', 'AppointmentDate1', 'Patient', 'DOB'],
        [
          ['3/15/2027', '3/15/2027', 'Nguyen, Bao', '4/9/2015'],
          ['3/16/2027', '3/16/2027', 'Brooks, Jaylen', '7/17/2012'],
        ],
        { now: NOW },
      ),
    );
    expect(dates.time).toBeUndefined();
  });
});
