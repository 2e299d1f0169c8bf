// A schedule kept in Excel whose provider column is a VLOOKUP of the provider's code: a code the
// lookup table lacks gives `#N/A`, which Excel saves as that text into CSV (and marks
// ss:Type="Error" in XML Spreadsheet 2003). It was sent as a provider named "#n/a". Expected
// values by hand.
import fs from 'node:fs';
import path from 'node:path';
import { collect, tempDir } from '../convert/support.ts';
import { isSpreadsheetError } from '../../../main/import/map/spreadsheet-errors.ts';

const NY = { timeZone: 'America/New_York' };

describe('a spreadsheet error in the provider column', () => {
  const csv = (provider: string) =>
    [
      'Chart,Patient,DOB,Appt Date,Appt Time,Provider,Status',
      '10231,"Garcia, Maria",05/12/1980,03/04/2027,9:00 AM,"Lee, Anna MD",Scheduled',
      `10452,"Nguyen, Thanh",11/02/1975,03/04/2027,9:30 AM,${provider},Scheduled`,
      '10877,"Brown, James",01/30/1962,03/04/2027,10:15 AM,"Patel, Raj DO",Scheduled',
      '',
    ].join('\n');

  for (const error of ['#N/A', '#REF!', '#VALUE!']) {
    it(`${error} is a row error, never a provider; the other rows go`, async () => {
      const file = path.join(tempDir(), 'schedule.csv');
      fs.writeFileSync(file, csv(error));
      const r = await collect(file, NY);
      expect(r.errors.map((e) => [e.line, e.column])).toEqual([[3, 'Provider']]);
      expect(r.appointments.map((a) => [a.patient.lastName, a.start.toISOString()])).toEqual([
        ['Garcia', '2027-03-04T14:00:00.000Z'],
        ['Brown', '2027-03-04T15:15:00.000Z'],
      ]);
    });
  }

  it('in an XML Spreadsheet 2003 cell of type Error, the same', async () => {
    const cell = (v: string, type = 'String') => `<Cell><Data ss:Type="${type}">${v}</Data></Cell>`;
    const row = (cells: string[]) => `<Row>${cells.join('')}</Row>`;
    const file = path.join(tempDir(), 'schedule.xml');
    fs.writeFileSync(
      file,
      `<?xml version="1.0"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="Sheet1"><Table>
${row(['Chart', 'Patient', 'DOB', 'Appt Date', 'Appt Time', 'Provider'].map((h) => cell(h)))}
${row([cell('10231', 'Number'), cell('Garcia, Maria'), cell('05/12/1980'), cell('03/04/2027'), cell('9:00 AM'), cell('Lee, Anna MD')])}
${row([cell('10452', 'Number'), cell('Nguyen, Thanh'), cell('11/02/1975'), cell('03/04/2027'), cell('9:30 AM'), `<Cell ss:Formula="=VLOOKUP(RC[-5],Providers!C1:C2,2,FALSE)"><Data ss:Type="Error">#N/A</Data></Cell>`])}
${row([cell('10877', 'Number'), cell('Brown, James'), cell('01/30/1962'), cell('03/04/2027'), cell('10:15 AM'), cell('Patel, Raj DO')])}
</Table></Worksheet></Workbook>
`,
    );
    const r = await collect(file, NY);
    expect(r.errors.map((e) => e.column)).toEqual(['Provider']);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Garcia', 'Brown']);
  });

  it('only the error words themselves: a hashtag or a number sign in a name is no error', () => {
    expect(isSpreadsheetError(' #N/A ')).toBe(true);
    expect(isSpreadsheetError('#DIV/0!')).toBe(true);
    expect(isSpreadsheetError('#1 Family Dentistry')).toBe(false);
    expect(isSpreadsheetError('N/A')).toBe(false);
  });
});
