// When a report says it was made: the label words report writers print (`Printed:`, `Run Date`,
// `Date Printed`, Crystal's `Print Date` / `Print Time` and `Data Date`, `Report generated`, an XML
// root's `generated=` / `GeneratedOn=` / `exportDate=`), read in the practice's zone; a numeric
// date that reads both ways only in an order the file settled. Expected instants worked out by
// hand: Chicago is UTC-6 in winter, UTC-5 from 14 March 2027.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importExport } from '../../../main/import/import-export.ts';
import { statedPrintTime, type PrintTimeOptions } from '../../../main/import/read/stated-print-time.ts';

const settled: PrintTimeOptions = { order: 'MDY', orderSettled: true, timeZone: 'America/Chicago' };
const unsettled: PrintTimeOptions = { ...settled, orderSettled: false };
const read = (lines: string[], opts = settled) => {
  const s = statedPrintTime(lines, opts);
  return s && { from: s.from.toISOString(), to: s.to.toISOString(), text: s.text };
};
const at = (iso: string, text: string) => ({ from: iso, to: iso, text });

describe('a stated print time', () => {
  it.each([
    ['Printed: 12/01/2026 08:02 AM', at('2026-12-01T14:02:00.000Z', 'Printed: 12/01/2026 08:02 AM')],
    [
      'Report generated 2026-12-01 08:02',
      at('2026-12-01T14:02:00.000Z', 'Report generated: 2026-12-01 08:02'),
    ],
    [
      'Date Printed: 12/01/2026 8:02:15 PM',
      at('2026-12-02T02:02:15.000Z', 'Date Printed: 12/01/2026 8:02:15 PM'),
    ],
    // The user who printed it is left out of the text (it goes into the history).
    [
      'Printed by: tdavis 03/10/2027 04:55 PM - Page 1 of 2',
      at('2027-03-10T22:55:00.000Z', 'Printed: 03/10/2027 04:55 PM'),
    ],
    [
      'Summit Ridge Dental   Printed: 03/16/2027 7:00 AM',
      at('2027-03-16T12:00:00.000Z', 'Printed: 03/16/2027 7:00 AM'),
    ],
    // Microsoft Access's dataroot and other XML roots, as `name: value` (an offset is kept).
    ['generated: 2027-03-01T17:42:10', at('2027-03-01T23:42:10.000Z', 'generated: 2027-03-01T17:42:10')],
    [
      'GeneratedOn: 2026-12-01T08:02:00Z',
      at('2026-12-01T08:02:00.000Z', 'Generated On: 2026-12-01T08:02:00Z'),
    ],
  ])('%s', (line, expected) => {
    expect(read([line])).toEqual(expected);
  });

  it('a date alone states its whole day in the practice zone', () => {
    expect(read(['Run Date: 12/01/26'])).toEqual({
      from: '2026-12-01T06:00:00.000Z',
      to: '2026-12-02T05:59:59.999Z',
      text: 'Run Date: 12/01/26',
    });
    expect(read(['export Date: 2027-03-20'])).toEqual({
      from: '2027-03-20T05:00:00.000Z',
      to: '2027-03-21T04:59:59.999Z',
      text: 'export Date: 2027-03-20',
    });
  });

  it("Crystal's Print Date and Print Time make one instant; its Data Date wins over both", () => {
    expect(read(['Appointment Schedule', 'Print Date: 12/01/2026', 'Print Time: 8:02:15AM'])).toEqual(
      at('2026-12-01T14:02:15.000Z', 'Print Date: 12/01/2026, Print Time: 8:02:15AM'),
    );
    // Re-printed today from data saved on 1 December: as old as its data.
    expect(read(['Print Date: 12/08/2026', 'Data Date: 12/01/2026'])?.text).toBe('Data Date: 12/01/2026');
    // A label alone on its line (one object a line in Crystal's XML), its value on the next.
    expect(read(['Print Date:', '12/01/2026 8:02 AM'])).toEqual(
      at('2026-12-01T14:02:00.000Z', 'Print Date: 12/01/2026 8:02 AM'),
    );
  });

  it('a date that reads both ways is used only in the order the file settled', () => {
    expect(read(['Printed: 12/01/2026 08:02 AM'], unsettled)).toBeUndefined();
    expect(read(['Printed: 12/01/2026 08:02 AM'], { ...settled, order: 'DMY' })).toEqual(
      at('2026-01-12T14:02:00.000Z', 'Printed: 12/01/2026 08:02 AM'),
    );
    // 26 is no month: one reading, whatever the file's order.
    expect(read(['Printed 26/03/2027 16:05'], unsettled)).toEqual(
      at('2027-03-26T21:05:00.000Z', 'Printed: 26/03/2027 16:05'),
    );
  });

  it('a two-digit year where dates are written year first is unsure (26-12-05: 5 December 2026)', () => {
    const seoul = { ...settled, order: 'DMY' as const, timeZone: 'Asia/Seoul' };
    // Had been read as 26 December 2005 (and 27-01-01 as 27 January 2001: held as older).
    expect(read(['Printed: 26-12-05 08:02'], seoul)).toBeUndefined();
    expect(read(['Printed: 27/01/01'], seoul)).toBeUndefined();
    // Four digits say which part is the year: 08:02 in Seoul (UTC+9) is 23:02 UTC the day before.
    expect(read(['Printed: 2026-12-05 08:02'], seoul)).toEqual(
      at('2026-12-04T23:02:00.000Z', 'Printed: 2026-12-05 08:02'),
    );
  });

  it('a title stamp and a page footer a few seconds apart are one print run', () => {
    expect(read(['Printed: 03/11/2027 5:02 PM', 'Printed 3/11/2027 5:02:14 PM Page 1 of 1'])).toEqual({
      from: '2027-03-11T23:02:00.000Z',
      to: '2027-03-11T23:02:14.000Z',
      text: 'Printed: 03/11/2027 5:02 PM',
    });
  });

  it('a participle with its preposition is a label at the start of its line, indented or not', () => {
    expect(read(['    Printed on 12/05/2026'])?.text).toBe('Printed on: 12/05/2026');
    expect(read(['Printed on 12/05/2026'])?.text).toBe('Printed on: 12/05/2026');
  });

  it.each([
    [['Dates: 12/01/2026 - 12/05/2026']],
    // A day sheet's `Report Date` is the day it lists.
    [['Report Date: 12/01/2026']],
    [['Date: 12/01/2026']],
    // A filter on the day appointments were booked, and a range of such days.
    [['Appointments created 12/01/2026']],
    // The same filter with its preposition (had been read as made on 1 December: a report printed
    // on the 5th was held as older than one printed on the 3rd).
    [['Appointments created on 12/01/2026']],
    [['Created 12/01/2026 - 12/05/2026']],
    // A zone abbreviation the practice's zone may not be.
    [['Printed 12/01/2026 08:02 AM EST']],
    // Two runs: which one is unsure.
    [['Printed: 12/01/2026 08:02 AM', 'Printed: 12/02/2026 08:02 AM']],
  ])('%j states none', (lines) => {
    expect(read(lines)).toBeUndefined();
  });
});

describe('the importer carries it', () => {
  const HEADER = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
  const ROW = 'A-1,P-1,Ann,Lee,1980-02-03,03/15/2027,09:00,Dr Jane Smith,Checkup,Confirmed';

  async function summaryOf(name: string, text: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-time-'));
    try {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      const gen = importExport(file, { practiceId: 'p', timeZone: 'America/Chicago' });
      for (;;) {
        const r = await gen.next();
        if (r.done) return r.value;
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it("from a page footer after the rows (the rows' 03/15 settles month-first)", async () => {
    const s = await summaryOf(
      'list.csv',
      ['Appointment List', HEADER, ROW, 'Printed 3/11/2027 5:02:14 PM,,,,,,,,,Page 1 of 1', ''].join('\r\n'),
    );
    expect(s.statedPrintTime).toEqual({
      from: new Date('2027-03-11T23:02:14.000Z'),
      to: new Date('2027-03-11T23:02:14.000Z'),
      text: 'Printed: 3/11/2027 5:02:14 PM',
    });
  });

  it("from an XML root's attribute named for it", async () => {
    const s = await summaryOf(
      'export.xml',
      '<?xml version="1.0"?>\n<Schedule GeneratedOn="2027-03-11T17:02:00">\n' +
        '<Appt><ApptID>A-1</ApptID><PatientID>P-1</PatientID><FirstName>Ann</FirstName><LastName>Lee</LastName>' +
        '<DOB>1980-02-03</DOB><Start>2027-03-15T09:00:00</Start><Provider>Dr Jane Smith</Provider></Appt>\n</Schedule>\n',
    );
    expect(s.statedPrintTime?.from).toEqual(new Date('2027-03-11T23:02:00.000Z'));
    expect(s.statedPrintTime?.text).toBe('Generated On: 2027-03-11T17:02:00');
  });
});
