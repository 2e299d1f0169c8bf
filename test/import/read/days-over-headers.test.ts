// A day schedule of several days that prints each day above its own copy of the column header
// (PyraMed Health's daily schedule saved as CSV, corpus 329): `Friday, March 12, 2027`, header,
// rows; `Monday, March 15, 2027`, header again, rows. The rows have a time and no date, so the day
// above each header is their date. Before, the first day (above the first header, among the title
// lines) was never read and the file was refused ("cannot find appointment date").
//
// The wrong send this could cause elsewhere: a one-day report whose line above the header is the
// PRINT date (`Friday, March 12, 2027` printed on Friday for Monday's schedule) would put Monday's
// visits on Friday. The file rules it out only where the header is printed again below, each time
// under a day line of its own: a print date is the same on every page (a day line printed twice
// holds the file), and a one-day report prints its header once (still not read, as before).
// Expected values worked out by hand: New York is EST (UTC-5) on 12 March 2027 and EDT (UTC-4)
// from 14 March.
import { describe, expect, it } from 'vitest';
import { daysOverHeaders } from '../../../main/import/read/day-lines.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('days-over-headers');
const HEADER = 'Time,Provider,Patient,ID,DOB,Visit Type,Status';
const NY = { timeZone: 'America/New_York' };

const twoDays = [
  'Student Health Services - Daily Schedule',
  'Printed 3/12/2027 7:42 AM',
  '',
  'Friday, March 12, 2027',
  HEADER,
  '8:15 AM,"Greene, Paula NP","Gonzalez, Maria",S123456,05/19/2005,Sick Visit,Checked Out',
  '9:00 AM,"Greene, Paula NP","Abdi, Hodan",S131977,03/27/2006,Walk-In,Checked In',
  'Appointments: 2',
  '',
  'Monday, March 15, 2027',
  HEADER,
  '8:30 AM,"Greene, Paula NP","DeLuca, Sara",S127340,01/11/2005,Physical,Cancelled',
  'Appointments: 1',
];

describe('a day printed above each copy of the header', () => {
  it("gives the rows under it their date, the first day's too", async () => {
    const r = await collect(files.write(twoDays), NY);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.lastName, a.start.toISOString(), a.status])).toEqual([
      ['Gonzalez', '2027-03-12T13:15:00.000Z', 'NEW'], // 8:15 EST
      ['Abdi', '2027-03-12T14:00:00.000Z', 'NEW'], // 9:00 EST
      ['DeLuca', '2027-03-15T12:30:00.000Z', 'CANCEL'], // 8:30 EDT
    ]);
  });

  it('is the same with the day written as digits', async () => {
    const lines = twoDays.map((l) =>
      l === 'Friday, March 12, 2027' ? '03/12/2027' : l === 'Monday, March 15, 2027' ? '03/15/2027' : l,
    );
    const r = await collect(files.write(lines), NY);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-12T13:15:00.000Z',
      '2027-03-12T14:00:00.000Z',
      '2027-03-15T12:30:00.000Z',
    ]);
  });

  it('is not read when the same day heads every page (a print date, or one day on two pages)', async () => {
    // Read as Friday's, a schedule printed on Friday for Monday would go to the portal on Friday.
    const lines = twoDays.map((l) => (l === 'Monday, March 15, 2027' ? 'Friday, March 12, 2027' : l));
    await expect(collect(files.write(lines), NY)).rejects.toThrow(/appointment date/);
  });

  // Held: the file's doubts name the day line, and a held file sends nothing.

  it('holds the file when the day above the second header is earlier (a print date above the first)', async () => {
    const lines = twoDays.map((l) => (l === 'Monday, March 15, 2027' ? 'Thursday, March 11, 2027' : l));
    const r = await collect(files.write(lines), NY);
    expect(JSON.stringify(r.summary.doubts)).toMatch(/Thursday, March 11, 2027/);
  });

  it('is not read over a header printed once: a one-day report keeps being refused', async () => {
    // 'Friday, March 12, 2027' may be when this was printed, not the schedule's day.
    const oneDay = twoDays.slice(0, 8);
    await expect(collect(files.write(oneDay), NY)).rejects.toThrow(/appointment date/);
  });
});

describe('daysOverHeaders', () => {
  const rec = (line: string) => ({ values: line.split(',') });
  const records = (lines: string[]) => lines.map(rec);

  it('holds when every repeated header has a day just above it (blank lines aside)', () => {
    const lines = [
      'Friday, March 12, 2027',
      HEADER,
      '8:00 AM,a',
      '',
      'Monday, March 15, 2027',
      '',
      HEADER,
      '9:00 AM,b',
    ];
    expect(daysOverHeaders(records(lines), 1)).toBe(true);
  });

  it('does not when the header is printed once, a repeat has another line above it, or a day repeats', () => {
    const samePage = [
      'Friday, March 12, 2027',
      HEADER,
      '8:00 AM,a',
      'Friday, March 12, 2027',
      HEADER,
      '9:00 AM,b',
    ];
    expect(daysOverHeaders(records(samePage), 1)).toBe(false);
    expect(daysOverHeaders(records(['Friday, March 12, 2027', HEADER, '8:00 AM,a']), 1)).toBe(false);
    const paged = ['Friday, March 12, 2027', HEADER, '8:00 AM,a', 'Page 2 of 2', HEADER, '9:00 AM,b'];
    expect(daysOverHeaders(records(paged), 1)).toBe(false);
    const providers = ['Friday, March 12, 2027', HEADER, '8:00 AM,a', 'Provider: Lee', HEADER, '9:00 AM,b'];
    expect(daysOverHeaders(records(providers), 1)).toBe(false);
  });
});
