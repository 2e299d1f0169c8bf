// A report grouped by provider, then day, that prints each group's lines above its own copy of the
// column header, the day under a `Date:` label (Exscribe's daily appointment schedule, corpus 356:
// `Physician: HALVERSEN, ERIK MD`, `Date: Mon 03/15/2027`, header, rows; `Date: Tue 03/16/2027`,
// header again, rows; page 2: `Physician: VANCE, LAUREN PA-C`, `Date: Mon 03/15/2027`, header,
// rows). The rows have a time and no date. Before, the first day and the first provider (above
// the first header, among the title lines) were never read: refused, "cannot find appointment
// date".
//
// The wrong send this could cause elsewhere: a report whose `Date:` line above the header is the
// day it was PRINTED (Friday's print of Monday's schedule) would put Monday's visits on Friday.
// The file rules it out as for a day alone (days-over-headers.test.ts): the header is printed
// again below, each time under a `Date:` line of its own, and at least two different days are
// seen; a print date is one day on every page. A provider line between two copies starts that
// provider's days again (the second physician's Monday), but never counts as a second day.
// Expected values worked out by hand: New York is EDT (UTC-4) from 14 March 2027.
import { describe, expect, it } from 'vitest';
import { daysOverHeaders } from '../../../main/import/read/day-lines.ts';
import { groupLine } from '../../../main/import/read/group-lines.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('labelled-days-over-headers');
const HEADER = 'Time,Patient,Chart No,DOB,Appt Type,Status';
const NY = { timeZone: 'America/New_York' };

const report = [
  'Daily Appointment Schedule,,,,,',
  'Coastal Orthopaedic Associates,,,,,',
  'Physician: HALVERSEN, ERIK MD,,,,,',
  'Date: Mon 03/15/2027,,,,,',
  HEADER,
  '8:00 AM,"MCALLISTER, DONNA",104233,07/11/1958,POST OP,Arrived',
  '8:30 AM,"OKAFOR, CHIDI",120455,10/03/1990,FOLLOW UP,Cancelled',
  'Date: Tue 03/16/2027,,,,,',
  HEADER,
  '9:30 AM,"ONEILL, PATRICK",111078,12/12/1948,CAST CHECK,Scheduled',
  'Physician: VANCE, LAUREN PA-C,,,,,',
  'Date: Mon 03/15/2027,,,,,',
  HEADER,
  '1:00 PM,"SANTIAGO, MARIBEL",121377,03/01/1984,FOLLOW UP,Scheduled',
];

describe('a labelled day printed above each copy of the header', () => {
  it("gives the rows under it their date and provider (the name the group line gives), the first group's too", async () => {
    const r = await collect(files.write(report), NY);
    expect(r.errors).toEqual([]);
    expect(
      r.appointments.map((a) => [
        a.patient.lastName,
        a.start.toISOString(),
        a.status,
        a.participant.providerName
          .toUpperCase()
          .includes(a.start.getUTCHours() === 17 ? 'VANCE' : 'HALVERSEN'),
      ]),
    ).toEqual([
      ['McAllister', '2027-03-15T12:00:00.000Z', 'NEW', true], // 8:00 EDT
      ['Okafor', '2027-03-15T12:30:00.000Z', 'CANCEL', true], // 8:30 EDT
      ['Oneill', '2027-03-16T13:30:00.000Z', 'NEW', true], // 9:30 EDT
      ['Santiago', '2027-03-15T17:00:00.000Z', 'NEW', true], // 1:00 PM EDT
    ]);
  });

  it('is not read when one labelled day heads every copy (a print date under each provider)', async () => {
    // Read as the 12th's, Monday's visits would go to the portal on the day they were printed.
    const lines = report.map((l) => (l.startsWith('Date:') ? 'Date: Fri 03/12/2027,,,,,' : l));
    await expect(collect(files.write(lines), NY)).rejects.toThrow(/appointment date/);
  });

  it('is not read over a header printed once', async () => {
    await expect(collect(files.write(report.slice(0, 7)), NY)).rejects.toThrow(/appointment date/);
  });
});

describe('daysOverHeaders with labelled days', () => {
  const records = (lines: string[]) => lines.map((l) => ({ values: l.split(',') }));
  const section = (values: readonly string[]) => groupLine(values, 6);

  it('counts a `Date:` line as a day, and a provider line starts the days again', () => {
    expect(daysOverHeaders(records(report), 4, section)).toBe(true);
    // Without the group-line reader only days alone count, as before.
    expect(daysOverHeaders(records(report), 4)).toBe(false);
  });

  it('never counts a print stamp, and still needs two different days', () => {
    const printed = report.map((l) => (l.startsWith('Date:') ? l.replace('Date:', 'Printed:') : l));
    expect(daysOverHeaders(records(printed), 4, section)).toBe(false);
    const oneDay = report.map((l) => (l.startsWith('Date: Tue') ? 'Date: Mon 03/15/2027,,,,,' : l));
    expect(daysOverHeaders(records(oneDay), 4, section)).toBe(false);
  });
});
